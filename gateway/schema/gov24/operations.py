"""Root fields of this agency, merged into the one graph's Query and Mutation."""

from __future__ import annotations

import strawberry


@strawberry.type
class Gov24Queries:
    """Gov24's root query fields."""


@strawberry.type
class Gov24Mutations:
    """Gov24's mutations (``gov24…``)."""
