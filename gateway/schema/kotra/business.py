"""`Business.kotra`: the business as Kotra sees it."""

from __future__ import annotations

import strawberry


@strawberry.type
class KotraBusinessFields:
    """Mixed into `Business` (which holds ``number``)."""
