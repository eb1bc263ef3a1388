"""Tables of the kosme mock."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase


class KosmeBase(DeclarativeBase):
    """The kosme mock's own tables."""
