"""Tables of the work24 mock."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase


class Work24Base(DeclarativeBase):
    """The work24 mock's own tables."""
