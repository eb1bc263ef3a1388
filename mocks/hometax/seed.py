"""The hometax mock's deterministic seed data."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from mocks.framework import Clock


async def load_seed(session: AsyncSession, clock: Clock) -> None:
    """Load the default seed into an empty database."""
