"""The event bus interface: typed events published on topics, fanned out to subscribers.

Exceptions::

    EventBusError
    ├── EventsMissedError          a subscriber may have missed events: its stream ends
    └── EventBusUnavailableError   the shared bus (Redis) cannot be reached

Delivery is at most once and live only: a subscriber sees the events published after it
subscribed, in the order one publisher sent them, and nothing is replayed. Whatever must not be
lost (a flow's state) is stored elsewhere; the bus only says that it changed.
"""

from __future__ import annotations

import abc
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from types import TracebackType
from typing import Generic, Self, TypeVar

import orjson
from pydantic import BaseModel, ConfigDict


class Event(BaseModel):
    """Base of every event: immutable, validated, and JSON (orjson) on the wire."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def encode(self) -> bytes:
        return orjson.dumps(self.model_dump(mode="json"))

    @classmethod
    def decode(cls, data: bytes | str) -> Self:
        return cls.model_validate(orjson.loads(data))


E = TypeVar("E", bound=Event)


@dataclass(frozen=True)
class Topic(Generic[E]):
    """A named stream of one event type, e.g. ``Topic("flow:f-1", FlowUpdate)``."""

    name: str
    event_type: type[E]


class EventBusError(Exception):
    """Root of the bus's errors."""


class EventsMissedError(EventBusError):
    """The subscriber may have missed events (it fell behind, or the bus lost Redis).

    Its stream ends with this error; subscribe again and read the current state.
    """


class EventBusUnavailableError(EventBusError):
    """The bus cannot publish or subscribe right now (Redis unreachable)."""


class EventBus(abc.ABC):
    """Publish typed events on topics; subscribe to a topic's live events.

    Use as an async context manager (``async with bus:``) or call :meth:`start` and
    :meth:`aclose`. Every method must be called from the loop the bus was started in.
    """

    #: events a subscriber may have pending before it is cut off (see :class:`EventsMissedError`)
    max_pending: int

    @abc.abstractmethod
    async def start(self) -> None:
        """Open connections (Redis must answer); nothing to do in process."""

    @abc.abstractmethod
    async def aclose(self) -> None:
        """Stop: every open subscription ends (after its pending events) and no more arrive."""

    @abc.abstractmethod
    async def publish(self, topic: Topic[E], event: E) -> int:
        """Send ``event`` to the topic's subscribers; returns how many receivers it reached
        (local subscribers in memory, subscribed replicas on Redis)."""

    @abc.abstractmethod
    def subscribe(self, topic: Topic[E]) -> AbstractAsyncContextManager[AsyncIterator[E]]:
        """``async with bus.subscribe(topic) as events: async for event in events: …``

        The subscription is in place when the block is entered, so a caller may read the current
        state after entering and miss nothing; it ends when the block is left. The iterator
        raises :class:`EventsMissedError` if the subscriber falls more than ``max_pending``
        events behind, and stops when the bus closes.
        """

    @abc.abstractmethod
    async def receivers(self, topic: Topic[E]) -> int:
        """How many receivers a publish on ``topic`` would reach now (as :meth:`publish`)."""

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
