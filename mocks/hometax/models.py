"""Tables of the hometax mock."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase


class HometaxBase(DeclarativeBase):
    """The hometax mock's own tables."""
