"""Korean identifiers: parse, validate, format and mask.

One module per identifier, each a handful of plain functions:

* `koreakit.brn` — 사업자등록번호 (business registration number)
* `koreakit.corpno` — 법인등록번호 (corporate registration number)
* `koreakit.rrn` — 주민등록번호 and 외국인등록번호 (resident / foreigner registration number)
* `koreakit.phone` — Korean telephone numbers
* `koreakit.postal` — 5-digit postal codes (국가기초구역번호)
* `koreakit.masking` — display masks for personal data

Every validation failure raises `InvalidIdentifierError`, which carries a stable machine `code`
and a Korean and an English message. This package imports nothing from `gateway`, `connectors`
or `mocks`, so each of them can use it.
"""

from koreakit.errors import IdentifierErrorCode, InvalidIdentifierError

__all__ = ["IdentifierErrorCode", "InvalidIdentifierError"]
