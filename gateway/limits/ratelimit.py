"""Per-client rate limiting with the ``limits`` library.

A client is its gateway session when it sends a valid ``Authorization: Bearer …`` (keyed by the
token's SHA-256, never the token), else its registered application (a valid ``X-Api-Key``),
else its IP address; made-up credentials count as none (:mod:`gateway.limits.callers`).
Each client has ``settings.rate_limit`` requests
(``limits`` notation, several separated by ``;``: ``"600/minute;20/second"``) in fixed windows:
one counter per client and window, one atomic ``INCR`` in Redis. Over the limit: 429 with
``Retry-After`` (seconds until the window resets) and a GraphQL-shaped body.

Counters live in memory (:mod:`gateway.limits.memory`), or in Redis when ``settings.redis_url``
is set so that every replica draws on one budget. When Redis fails the request is let through
and the failure logged: an outage of the limiter must not become an outage of the gateway.
"""

from __future__ import annotations

import logging
import math
import time

from limits import RateLimitItem, parse_many
from limits.aio.storage import RedisStorage, Storage
from limits.aio.strategies import FixedWindowRateLimiter
from limits.errors import StorageError
from redis.asyncio import ConnectionPool
from starlette.types import ASGIApp, Receive, Scope, Send

from gateway.errors import ErrorCode
from gateway.limits.callers import VerifiedCallers
from gateway.limits.http import refusal
from gateway.limits.memory import WindowCounters
from gateway.settings import Settings

log = logging.getLogger("gateway.limits")

KEY_PREFIX = "agency-gateway:rate"
"""Prefix of every counter key in Redis."""

EXEMPT_PATHS = frozenset({"/healthz", "/readyz", "/metrics"})
"""Probes and scrapers call these on a schedule; they are never limited."""


class RateLimiter:
    """The budget of every client; storage is opened on first use, inside the running loop."""

    def __init__(self, rate: str, redis_url: str | None, key_prefix: str = KEY_PREFIX) -> None:
        self.items: list[RateLimitItem] = parse_many(rate)
        self.redis_url = redis_url
        self.key_prefix = key_prefix
        self._pool: ConnectionPool | None = None
        self._limiter: FixedWindowRateLimiter | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> RateLimiter:
        return cls(settings.rate_limit, settings.redis_url, KEY_PREFIX)

    def _strategy(self) -> FixedWindowRateLimiter:
        if self._limiter is None:
            storage: Storage
            if self.redis_url is None:
                storage = WindowCounters()
            else:
                self._pool = ConnectionPool.from_url(self.redis_url)
                storage = RedisStorage(
                    self.redis_url,
                    wrap_exceptions=True,
                    implementation="redispy",
                    key_prefix=self.key_prefix,
                    connection_pool=self._pool,  # type: ignore[arg-type]  # ours, to close
                )
            self._limiter = FixedWindowRateLimiter(storage)
        return self._limiter

    async def hit(self, client: str) -> int | None:
        """Count one request of ``client``; ``None`` if within budget, else seconds to wait."""
        limiter = self._strategy()
        try:
            for item in self.items:
                if not await limiter.hit(item, client):
                    stats = await limiter.get_window_stats(item, client)
                    return max(1, math.ceil(stats.reset_time - time.time()))
        except StorageError:
            log.warning("rate limiter storage failed; request let through", exc_info=True)
        return None

    async def aclose(self) -> None:
        if self._pool is not None:
            await self._pool.aclose()
            self._pool = None
        self._limiter = None


class RateLimitMiddleware:
    """Refuses a client over its budget with 429 before anything else runs."""

    def __init__(self, app: ASGIApp, limiter: RateLimiter) -> None:
        self.app = app
        self.limiter = limiter
        self.callers = VerifiedCallers()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in EXEMPT_PATHS:
            await self.app(scope, receive, send)
            return
        retry_after = await self.limiter.hit(await self.callers.key(scope, self.limiter.hit))
        if retry_after is None:
            await self.app(scope, receive, send)
            return
        code = ErrorCode.RATE_LIMITED
        headers = {"Retry-After": str(retry_after)}
        response = refusal(scope, 429, code, headers, retry_after=retry_after)
        await response(scope, receive, send)
