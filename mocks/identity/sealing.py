"""The identity provider's linking information: CI and DI.

* CI (연계정보) is base64 of HMAC-SHA-512 over the number: 88 characters, the same for one
  person at every site.
* DI (중복가입확인정보) is hex of HMAC-SHA-256 over the number and the relying site's code:
  64 characters, different at each site.

The derivation lives in `mocks.framework.linking` (agency mocks seed members with it); it is
re-exported here unchanged. How numbers and secrets are sealed and hashed is
`mocks.framework.sealing`.
"""

from __future__ import annotations

from mocks.framework.linking import CI_KEY, DI_KEY, ci_of, di_of

__all__ = ["CI_KEY", "DI_KEY", "ci_of", "di_of"]
