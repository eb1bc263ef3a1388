"""A read cache of rows by key for an in-memory mock, so that a benchmark measures the gateway
rather than SQLAlchemy and aiosqlite (most of a mock's CPU per lookup).

Only an in-memory database is cached: it lives on the mock's one connection, so every write
reaches it through the mock's engine, where a listener drops every cache of that database
before any statement other than a ``SELECT`` runs (inserts, updates, deletes, DDL, whatever
their origin: admin seed, reset, tests, the mock's own flows). A SQLite file may be written by
another process and is always read. Answers are the same either way: rows are detached ORM
objects holding every column (the mock's sessions do not expire them on commit), and entries
are stored only if no write happened while they were being read. Use it for routes that only
read what they look up: a cached row is detached, so a change made to it would be lost.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Generic, TypeVar
from weakref import WeakKeyDictionary

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession

from mocks.framework.context import MockContext
from mocks.framework.db import Database

MAX_ENTRIES = 10_000

Row = TypeVar("Row")
Finder = Callable[[AsyncSession, Iterable[str]], Awaitable[dict[str, Row]]]


class RowCache(Generic[Row]):
    """Keys already looked up (``None``: no such row), valid until the next write."""

    def __init__(self) -> None:
        self.generation = 0
        self.rows: dict[str, Row | None] = {}

    def clear(self) -> None:
        self.generation += 1
        self.rows.clear()

    def lookup(self, keys: Iterable[str]) -> dict[str, Row] | None:
        """Every existing row among ``keys``, or None when one is not cached."""
        rows = self.rows
        found: dict[str, Row] = {}
        for key in keys:
            if key not in rows:
                return None
            row = rows[key]
            if row is not None:
                found[key] = row
        return found

    def store(self, generation: int, keys: Iterable[str], found: dict[str, Row]) -> None:
        if generation != self.generation:
            return  # a write ran meanwhile: what was read may be stale
        if len(self.rows) > MAX_ENTRIES:
            self.rows.clear()
        for key in keys:
            self.rows[key] = found.get(key)


class _DatabaseCaches:
    """The caches of one database, all dropped by any write to it."""

    def __init__(self, db: Database) -> None:
        self.caches: dict[str, RowCache[Any]] = {}
        event.listen(db.engine.sync_engine, "before_cursor_execute", self._on_execute)

    def _on_execute(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not statement.lstrip()[:6].upper().startswith("SELECT"):
            for cache in self.caches.values():
                cache.clear()


_DATABASES: WeakKeyDictionary[Database, _DatabaseCaches] = WeakKeyDictionary()


def _cache_of(ctx: MockContext, name: str) -> RowCache[Any] | None:
    runtime = getattr(ctx.request.app.state, "mock", None)
    db: Database | None = getattr(runtime, "database", None)
    if db is None or not db.in_memory:
        return None
    caches = _DATABASES.get(db)
    if caches is None:
        caches = _DATABASES[db] = _DatabaseCaches(db)
    cache = caches.caches.get(name)
    if cache is None:
        cache = caches.caches[name] = RowCache()
    return cache


async def cached_rows(
    ctx: MockContext, name: str, keys: list[str], find: Finder[Row]
) -> dict[str, Row]:
    """``find(session, keys)``, answered from the cache ``name`` when every key is in it."""
    cache: RowCache[Row] | None = _cache_of(ctx, name)
    if cache is None:
        return await find(await ctx.session(), keys)
    found = cache.lookup(keys)
    if found is not None:
        return found
    generation = cache.generation
    found = await find(await ctx.session(), keys)
    cache.store(generation, keys, found)
    return found
