"""Mock of the NPKI certification authorities (test CAs, certificate shop, revocation, CRLs,
verification as a service) and of 금융결제원's cloud financial certificate (금융인증서).

Seeded 금융인증서 accounts are in `mocks.pki.seed`; `mocks.pki.assertion.verify_assertion`
checks the assertions it signs.
"""

from mocks.pki.app import create_app
from mocks.pki.authority import MockPki

__all__ = ["MockPki", "create_app"]
