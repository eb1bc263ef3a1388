"""Build the async engine from a URL: SQLite file or memory, or PostgreSQL through asyncpg."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import StaticPool


def create_engine(url: str, *, search_path: str | None = None) -> AsyncEngine:
    """An engine for ``url``; ``postgresql://`` is read as asyncpg, SQLite gets WAL and FKs.

    ``search_path`` (PostgreSQL only) puts every table in that schema; tests use it to get a
    fresh database each.
    """
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+asyncpg")
    if not parsed.drivername.startswith("sqlite"):
        settings = {"server_settings": {"search_path": search_path}} if search_path else {}
        return create_async_engine(parsed, pool_pre_ping=True, connect_args=settings)
    if parsed.database in (None, "", ":memory:"):
        engine = create_async_engine(parsed, poolclass=StaticPool)
    else:
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(parsed)
    event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


async def ping(engine: AsyncEngine) -> None:
    """Raise if the database cannot answer a trivial query."""
    async with engine.connect() as connection:
        await connection.execute(text("SELECT 1"))
