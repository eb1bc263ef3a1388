"""Root fields of this agency, merged into the one graph's Query and Mutation."""

from __future__ import annotations

import strawberry


@strawberry.type
class HometaxQueries:
    """Hometax's root query fields."""


@strawberry.type
class HometaxMutations:
    """Hometax's mutations (``hometax…``)."""
