"""Where persisted queries live: an in-process LRU, then Redis (shared by replicas), then the
database (the record). A hash found in a lower tier is copied into the tiers above it, so a
known hash costs a dict lookup: no I/O on the hot path.

Redis and the database failing are not the client's problem: a lookup that cannot be answered
is a miss (an APQ client then simply sends the text again), and a document that cannot be
stored is logged and forgotten.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass

import orjson
from redis.asyncio import Redis
from redis.exceptions import RedisError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from gateway.db.repositories import PersistedQueryRepository
from gateway.observability.metrics import GatewayMetrics

log = logging.getLogger("gateway.persisted")

REDIS_PREFIX = "gateway:pq:"
REDIS_TTL = 7 * 24 * 3600  # Redis is a cache of the database: let cold documents expire


@dataclass(frozen=True)
class StoredQuery:
    """A document known by its hash, and who may run it in allow-list mode."""

    hash: str
    query: str
    allow_listed: bool = False
    client_kind: str | None = None

    def allows(self, client_kind: str | None) -> bool:
        """Whether a client of ``client_kind`` (None: anonymous) may run it in allow-list mode."""
        return self.allow_listed and self.client_kind in (None, client_kind)

    def encode(self) -> bytes:
        return orjson.dumps([self.query, self.allow_listed, self.client_kind])

    @classmethod
    def decode(cls, sha256: str, raw: bytes | str) -> StoredQuery:
        query, allow_listed, client_kind = orjson.loads(raw)
        return cls(sha256, query, bool(allow_listed), client_kind)


def redis_key(sha256: str) -> str:
    return REDIS_PREFIX + sha256


class PersistedQueryStore:
    """The three tiers. In allow-list mode (``listed_only``) documents that are not allow-listed
    are never kept in memory, so one the CLI lists later is seen at once."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        redis: Redis | None = None,
        metrics: GatewayMetrics | None = None,
        *,
        listed_only: bool = False,
        memory_size: int = 2048,
    ) -> None:
        self.sessions = sessions
        self.redis = redis
        self.metrics = metrics
        self.listed_only = listed_only
        self.memory_size = memory_size
        self._memory: OrderedDict[str, StoredQuery] = OrderedDict()

    def cached(self, sha256: str) -> StoredQuery | None:
        """The in-memory entry, without I/O and without counting a lookup."""
        found = self._memory.get(sha256)
        if found is not None:
            self._memory.move_to_end(sha256)
        return found

    def remember(self, sha256: str, entry: StoredQuery) -> None:
        """Keep ``entry`` in memory under ``sha256`` (its own hash, or an alias of it)."""
        if self.listed_only and not entry.allow_listed:
            return
        self._memory[sha256] = entry
        self._memory.move_to_end(sha256)
        if len(self._memory) > self.memory_size:
            self._memory.popitem(last=False)

    async def get(self, sha256: str) -> StoredQuery | None:
        """The document with this hash from the first tier that has it, or None."""
        tier = "memory"
        found = self.cached(sha256)
        if found is None:
            tier, found = "redis", await self._from_redis(sha256)
        if found is None:
            tier, found = "database", await self._from_database(sha256)
            if found is not None:
                await self._to_redis(found)
        if found is not None:
            self.remember(sha256, found)
        if self.metrics is not None:
            self.metrics.persisted_lookup(tier if found is not None else None)
        return found

    async def learn(self, sha256: str, query: str) -> None:
        """Store a document learnt through APQ in every tier (an existing entry is kept)."""
        entry = StoredQuery(sha256, query)
        self.remember(sha256, entry)
        try:
            async with self.sessions() as session, session.begin():
                await PersistedQueryRepository(session).add(sha256, query)
        except Exception:  # the query ran; failing to keep it only costs a later resend
            log.warning("persisted query %s not stored", sha256, exc_info=True)
            return
        await self._to_redis(entry, only_if_absent=True)

    async def _from_database(self, sha256: str) -> StoredQuery | None:
        async with self.sessions() as session:
            row = await PersistedQueryRepository(session).get_by_hash(sha256)
        if row is None:
            return None
        return StoredQuery(row.hash, row.query, row.allow_listed, row.client_kind)

    async def _from_redis(self, sha256: str) -> StoredQuery | None:
        if self.redis is None:
            return None
        try:
            raw = await self.redis.get(redis_key(sha256))
        except (RedisError, OSError):
            log.warning("redis unavailable for persisted queries", exc_info=True)
            return None
        return StoredQuery.decode(sha256, raw) if raw is not None else None

    async def _to_redis(self, entry: StoredQuery, *, only_if_absent: bool = False) -> None:
        if self.redis is None:
            return
        try:
            await self.redis.set(
                redis_key(entry.hash), entry.encode(), ex=REDIS_TTL, nx=only_if_absent
            )
        except (RedisError, OSError):
            log.warning("redis unavailable for persisted queries", exc_info=True)
