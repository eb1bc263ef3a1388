"""Local fan-out: every subscriber of a topic in this process gets its own bounded buffer.

A publish never waits for a subscriber. When a subscriber's buffer is full (it has not taken
``max_pending`` events yet) it is cut off: removed from the topic, its buffer dropped, and its
stream raises :class:`EventsMissedError` at once, so memory stays bounded and the client learns
that it must resubscribe and refetch, instead of silently missing updates.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import AsyncIterator
from typing import Any, Generic, TypeVar

from gateway.events.bus import Event, EventsMissedError

log = logging.getLogger("gateway.events")

E = TypeVar("E", bound=Event)


class Subscriber(Generic[E]):
    """One subscription's buffer; iterate it to receive events."""

    def __init__(self, topic: str, max_pending: int) -> None:
        self.topic = topic
        self._max_pending = max_pending
        self._pending: deque[E] = deque()
        self._wakeup = asyncio.Event()
        self._error: EventsMissedError | None = None
        self._ended = False

    def offer(self, event: E) -> bool:
        """Buffer ``event``; False when the buffer is full (the caller cuts us off)."""
        if len(self._pending) >= self._max_pending:
            return False
        self._pending.append(event)
        self._wakeup.set()
        return True

    def fail(self, error: EventsMissedError) -> None:
        """End the stream with ``error`` now, dropping what is pending."""
        self._error = error
        self._pending.clear()
        self._wakeup.set()

    def end(self) -> None:
        """End the stream after the pending events."""
        self._ended = True
        self._wakeup.set()

    def __aiter__(self) -> AsyncIterator[E]:
        return self

    async def __anext__(self) -> E:
        while True:
            if self._error is not None:
                raise self._error
            if self._pending:
                return self._pending.popleft()
            if self._ended:
                raise StopAsyncIteration
            self._wakeup.clear()
            await self._wakeup.wait()


class FanOut:
    """The subscribers of each topic name in this process."""

    def __init__(self, max_pending: int) -> None:
        if max_pending < 1:
            raise ValueError("max_pending must be at least 1")
        self.max_pending = max_pending
        self._topics: dict[str, set[Subscriber[Any]]] = {}

    def add(self, topic: str) -> Subscriber[Any]:
        subscriber: Subscriber[Any] = Subscriber(topic, self.max_pending)
        self._topics.setdefault(topic, set()).add(subscriber)
        return subscriber

    def remove(self, subscriber: Subscriber[Any]) -> None:
        subscribers = self._topics.get(subscriber.topic)
        if subscribers is not None:
            subscribers.discard(subscriber)
            if not subscribers:
                del self._topics[subscriber.topic]

    def count(self, topic: str) -> int:
        return len(self._topics.get(topic, ()))

    def deliver(self, topic: str, event: Event) -> int:
        """Offer ``event`` to every subscriber of ``topic``; cut off the full ones."""
        delivered = 0
        for subscriber in list(self._topics.get(topic, ())):
            if subscriber.offer(event):
                delivered += 1
                continue
            self.remove(subscriber)
            subscriber.fail(
                EventsMissedError(f"more than {self.max_pending} events pending on {topic!r}")
            )
            log.warning("slow subscriber cut off", extra={"topic": topic})
        return delivered

    def fail_all(self, reason: str) -> None:
        """Cut off every subscriber (the shared bus lost events they may have wanted)."""
        for subscribers in list(self._topics.values()):
            for subscriber in list(subscribers):
                self.remove(subscriber)
                subscriber.fail(EventsMissedError(reason))

    def end_all(self) -> None:
        """End every stream after its pending events (the bus is closing)."""
        for subscribers in list(self._topics.values()):
            for subscriber in list(subscribers):
                self.remove(subscriber)
                subscriber.end()
