"""`Business.work24`: the business as Work24 sees it."""

from __future__ import annotations

import strawberry


@strawberry.type
class Work24BusinessFields:
    """Mixed into `Business` (which holds ``number``)."""
