"""Root fields of this agency, merged into the one graph's Query and Mutation."""

from __future__ import annotations

import strawberry


@strawberry.type
class KotraQueries:
    """Kotra's root query fields."""


@strawberry.type
class KotraMutations:
    """Kotra's mutations (``kotra…``)."""
