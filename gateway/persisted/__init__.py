"""Persisted queries: Apollo's automatic persisted queries and an allow-list of operations.

* :mod:`~gateway.persisted.protocol`: the rules (APQ, allow-list mode);
* :mod:`~gateway.persisted.store`: memory LRU → Redis → database;
* :mod:`~gateway.persisted.http`: how the GraphQL view applies them;
* :mod:`~gateway.persisted.websocket`: the same for operations started over WebSocket;
* :mod:`~gateway.persisted.documents`: hashes and the operations of a ``.graphql`` file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from gateway.observability.metrics import GatewayMetrics
from gateway.persisted.protocol import PersistedQueries, PersistedQueryError
from gateway.persisted.store import PersistedQueryStore, StoredQuery
from gateway.settings import Settings

__all__ = [
    "PersistedQueries",
    "PersistedQueryError",
    "PersistedQueryStore",
    "StoredQuery",
    "open_persisted_queries",
]


@asynccontextmanager
async def open_persisted_queries(
    settings: Settings,
    sessions: async_sessionmaker[AsyncSession],
    metrics: GatewayMetrics | None = None,
) -> AsyncIterator[PersistedQueries]:
    """The persisted queries of an app, with a Redis connection when ``redis_url`` is set."""
    redis = Redis.from_url(settings.redis_url) if settings.redis_url else None
    store = PersistedQueryStore(sessions, redis, metrics, listed_only=settings.allow_list_only)
    try:
        yield PersistedQueries(
            store,
            enabled=settings.persisted_queries,
            allow_list_only=settings.allow_list_only,
            max_tokens=settings.max_tokens,
        )
    finally:
        if redis is not None:
            await redis.aclose()
