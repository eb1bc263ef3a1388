"""Kosme's fields under `viewer` (the logged-in session)."""

from __future__ import annotations

import strawberry


@strawberry.type
class KosmeViewerFields:
    """Mixed into `Viewer`."""
