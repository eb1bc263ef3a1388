"""`Business.hometax`: the business as Hometax sees it."""

from __future__ import annotations

import strawberry


@strawberry.type
class HometaxBusinessFields:
    """Mixed into `Business` (which holds ``number``)."""
