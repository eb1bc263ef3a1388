"""The rate limiter's counters in this process, when no Redis is configured.

``limits``' own async memory storage starts a new asyncio task on every hit whose previous
expiry task has finished (``MemoryStorage.__schedule_expiry``), which under load is every hit:
about 20 µs of a 450 µs request (bench/README.md, 2026-11-30). Fixed windows need less: a count
and an expiry per key, reset when a hit finds its window over, and a sweep at most once a
``sweep_interval`` that drops the keys of windows past, so that a crowd of addresses seen once
does not stay in memory. Nothing here awaits, so no lock is needed on one event loop.

Only the fixed-window strategy (the one :class:`gateway.limits.ratelimit.RateLimiter` uses)
calls this storage; it registers no ``limits`` URI scheme.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from limits.aio.storage import Storage


class WindowCounters(Storage):
    STORAGE_SCHEME = None

    def __init__(self, sweep_interval: float = 1.0, clock: Callable[[], float] = time.time) -> None:
        super().__init__()
        self.sweep_interval = sweep_interval
        self.clock = clock  # wall time: limits computes Retry-After against time.time()
        self.counts: dict[str, int] = {}
        self.expirations: dict[str, float] = {}
        self._next_sweep = 0.0

    @property
    def base_exceptions(self) -> type[Exception]:
        return ValueError

    async def incr(self, key: str, expiry: float, amount: int = 1) -> int:
        now = self.clock()
        if now >= self._next_sweep:
            self._sweep(now)
        if self.expirations.get(key, 0.0) <= now:  # a new window
            self.counts[key] = amount
            self.expirations[key] = now + expiry
            return amount
        count = self.counts[key] = self.counts[key] + amount
        return count

    async def get(self, key: str) -> int:
        if self.expirations.get(key, 0.0) <= self.clock():
            return 0
        return self.counts.get(key, 0)

    async def get_expiry(self, key: str) -> float:
        now = self.clock()
        expiry = self.expirations.get(key, now)
        return expiry if expiry > now else now

    async def check(self) -> bool:
        return True

    async def reset(self) -> int | None:
        cleared = len(self.counts)
        self.counts.clear()
        self.expirations.clear()
        return cleared

    async def clear(self, key: str) -> None:
        self.counts.pop(key, None)
        self.expirations.pop(key, None)

    def _sweep(self, now: float) -> None:
        self._next_sweep = now + self.sweep_interval
        past = [key for key, expiry in self.expirations.items() if expiry <= now]
        for key in past:
            del self.expirations[key]
            self.counts.pop(key, None)
