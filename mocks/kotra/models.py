"""Tables of the kotra mock."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase


class KotraBase(DeclarativeBase):
    """The kotra mock's own tables."""
