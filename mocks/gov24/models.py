"""Tables of the gov24 mock."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase


class Gov24Base(DeclarativeBase):
    """The gov24 mock's own tables."""
