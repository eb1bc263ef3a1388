"""Mock of an identity-verification provider: phone (PASS/SMS), card, 간편인증, SNS login,
Digital OnePass and the foreigner real-name check, each yielding CI and DI.

Seed people to act as are in `mocks.identity.people`; site codes in `mocks.framework.sites`.
"""

from mocks.identity.app import create_app

__all__ = ["create_app"]
