"""Root fields of this agency, merged into the one graph's Query and Mutation."""

from __future__ import annotations

import strawberry


@strawberry.type
class Work24Queries:
    """Work24's root query fields."""


@strawberry.type
class Work24Mutations:
    """Work24's mutations (``work24…``)."""
