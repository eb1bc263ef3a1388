"""Persistence of one mock agency: engine, units of work, schema creation."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import DateTime, MetaData, inspect
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.pool import StaticPool
from sqlalchemy.types import TypeDecorator

from mocks.framework.clock import SEOUL

IN_MEMORY_URL = "sqlite+aiosqlite://"


class FrameworkBase(DeclarativeBase):
    """Tables every mock has (the outbox), kept apart from the agency's own metadata."""


class KstDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetime stored as naive UTC (SQLite keeps no offset), read as Seoul time."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("KstDateTime needs a timezone-aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC).astimezone(SEOUL)


def _is_in_memory(url: str) -> bool:
    parsed = make_url(url)
    return parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:")


class Database:
    """Engine plus session factory of one mock.

    An in-memory SQLite database lives on one shared connection (``StaticPool``), so units of
    work are serialised with a lock there: two interleaved transactions on one connection would
    commit or roll back each other's writes.
    """

    def __init__(self, url: str, metadata: tuple[MetaData, ...]) -> None:
        self.url = url
        self.metadata = metadata
        self.in_memory = _is_in_memory(url)
        if self.in_memory:
            self.engine = create_async_engine(url, poolclass=StaticPool)
        else:
            database = make_url(url).database
            if make_url(url).get_backend_name() == "sqlite" and database:
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            self.engine = create_async_engine(url)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        self._lock = asyncio.Lock()

    def _serialised(self) -> AbstractAsyncContextManager[object]:
        return self._lock if self.in_memory else nullcontext()

    @asynccontextmanager
    async def unit_of_work(self) -> AsyncIterator[AsyncSession]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        async with self._serialised(), self.sessions() as session, session.begin():
            yield session

    async def has_tables(self, metadata: MetaData) -> bool:
        """True when every table of ``metadata`` already exists (a database from an earlier run)."""
        async with self._serialised(), self.engine.connect() as conn:
            names = await conn.run_sync(lambda sync: set(inspect(sync).get_table_names()))
        return set(metadata.tables) <= names

    async def create_all(self) -> None:
        async with self._serialised(), self.engine.begin() as conn:
            for metadata in self.metadata:
                await conn.run_sync(metadata.create_all)

    async def recreate(self, metadata: tuple[MetaData, ...] | None = None) -> None:
        """Drop and create the tables of ``metadata`` (default: all of this mock's tables)."""
        async with self._serialised(), self.engine.begin() as conn:
            for meta in metadata or self.metadata:
                await conn.run_sync(meta.drop_all)
                await conn.run_sync(meta.create_all)

    async def dispose(self) -> None:
        await self.engine.dispose()
