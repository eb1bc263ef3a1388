"""A read cache of business rows for an in-memory NTS mock, so that a benchmark measures the
gateway rather than SQLAlchemy and aiosqlite (about 60 % of the mock's CPU per lookup).

Only an in-memory database is cached: it lives on the mock's one connection, so every write
reaches it through the mock's engine, where a listener drops the whole cache before any
statement other than a ``SELECT`` runs (inserts, updates, deletes, DDL, whatever their origin:
admin seed, reset, tests). A SQLite file may be written by another process and is always read.
Answers are the same either way: rows are detached ORM objects holding every column, and
entries are stored only if no write happened while they were being read.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession

from mocks.framework import MockContext
from mocks.framework.db import Database
from mocks.nts.models import Business

MAX_ENTRIES = 10_000

Finder = Callable[[AsyncSession, Iterable[str]], Awaitable[dict[str, Business]]]


class BusinessCache:
    """Numbers already looked up (``None``: not registered), valid until the next write."""

    def __init__(self, db: Database) -> None:
        self.generation = 0
        self.rows: dict[str, Business | None] = {}
        event.listen(db.engine.sync_engine, "before_cursor_execute", self._on_execute)

    def _on_execute(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not statement.lstrip()[:6].upper().startswith("SELECT"):
            self.generation += 1
            self.rows.clear()

    def lookup(self, numbers: Iterable[str]) -> dict[str, Business] | None:
        """Every registered business among ``numbers``, or None when one is not cached."""
        rows = self.rows
        found: dict[str, Business] = {}
        for number in numbers:
            if number not in rows:
                return None
            business = rows[number]
            if business is not None:
                found[number] = business
        return found

    def store(self, generation: int, numbers: Iterable[str], found: dict[str, Business]) -> None:
        if generation != self.generation:
            return  # a write ran meanwhile: what was read may be stale
        if len(self.rows) > MAX_ENTRIES:
            self.rows.clear()
        for number in numbers:
            self.rows[number] = found.get(number)


_CACHES: WeakKeyDictionary[Database, BusinessCache] = WeakKeyDictionary()


def _cache_of(ctx: MockContext) -> BusinessCache | None:
    runtime = getattr(ctx.request.app.state, "mock", None)
    db: Database | None = getattr(runtime, "database", None)
    if db is None or not db.in_memory:
        return None
    cache = _CACHES.get(db)
    if cache is None:
        cache = _CACHES[db] = BusinessCache(db)
    return cache


async def find_businesses(
    ctx: MockContext, numbers: list[str], find: Finder
) -> dict[str, Business]:
    """``find(session, numbers)``, answered from the cache when every number is in it."""
    cache = _cache_of(ctx)
    if cache is None:
        return await find(await ctx.session(), numbers)
    found = cache.lookup(numbers)
    if found is not None:
        return found
    generation = cache.generation
    found = await find(await ctx.session(), numbers)
    cache.store(generation, numbers, found)
    return found
