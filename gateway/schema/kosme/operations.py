"""Root fields of this agency, merged into the one graph's Query and Mutation."""

from __future__ import annotations

import strawberry


@strawberry.type
class KosmeQueries:
    """Kosme's root query fields."""


@strawberry.type
class KosmeMutations:
    """Kosme's mutations (``kosme…``)."""
