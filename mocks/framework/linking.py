"""The identity provider's linking information, CI and DI, derived as it derives them, so that an
agency mock can seed members the identity mock's logins find without importing that mock.

* CI (연계정보) is base64 of HMAC-SHA-512 over the number: 88 characters, the same for one
  person at every site.
* DI (중복가입확인정보) is hex of HMAC-SHA-256 over the number and the relying site's code:
  64 characters, different at each site.

The keys are fixed constants (`mocks.framework.sealing.derive_key`), so CI and DI stay stable
across restarts and tests can compute them (`ci_of`, `di_of`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Final

from mocks.framework.sealing import derive_key

CI_KEY: Final = derive_key("CI")
DI_KEY: Final = derive_key("DI")


def ci_of(number: str) -> str:
    """연계정보: 88 characters, one per person (13-digit number without hyphen)."""
    digest = hmac.new(CI_KEY, _digits(number).encode(), hashlib.sha512).digest()
    return base64.b64encode(digest).decode("ascii")


def di_of(number: str, site_code: str) -> str:
    """중복가입확인정보: 64 hex characters, one per person and relying site."""
    message = f"{_digits(number)}|{site_code}".encode()
    return hmac.new(DI_KEY, message, hashlib.sha256).hexdigest()


def _digits(number: str) -> str:
    return "".join(c for c in number if c.isdigit())
