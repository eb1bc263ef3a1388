"""The in-process bus: one gateway process, no Redis. Events are passed as the same frozen
objects; nothing leaves the process."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from gateway.events.bus import E, EventBus, Topic
from gateway.events.fanout import FanOut

DEFAULT_MAX_PENDING = 100


class MemoryEventBus(EventBus):
    """Fan-out within this process (see :mod:`gateway.events.fanout` for overflow)."""

    def __init__(self, *, max_pending: int = DEFAULT_MAX_PENDING) -> None:
        self._local = FanOut(max_pending)
        self.max_pending = max_pending
        self._closed = False

    async def start(self) -> None:
        self._closed = False

    async def aclose(self) -> None:
        self._closed = True
        self._local.end_all()

    async def publish(self, topic: Topic[E], event: E) -> int:
        return self._local.deliver(topic.name, event)

    @asynccontextmanager
    async def subscribe(self, topic: Topic[E]) -> AsyncIterator[AsyncIterator[E]]:
        subscriber = self._local.add(topic.name)
        if self._closed:
            subscriber.end()
        try:
            yield subscriber
        finally:
            self._local.remove(subscriber)

    async def receivers(self, topic: Topic[E]) -> int:
        return self._local.count(topic.name)
