"""The background watcher of an agency's change feed, shared by every agency that has one.

Some agencies finish work after the gateway's call returns and list each change on a feed
(``GET …?after=N``): Work24's MDM sync feed (`gateway.services.work24.mdm_watcher`), Hometax's
department-user status feed (`gateway.services.hometax.watcher`). While the agency reports
something still pending, a watcher polls the feed and publishes each change (on
``flowUpdated``); the event bus carries it to the subscriber whichever replica it is connected
to. What is the agency's own, how to read its feed and how to publish one event, is a `Feed`;
the rest is here, the same for every feed:

- One watcher per (feed, connector) in an event loop, started on demand by
  `Feed.ensure_watching` (nothing starts with the app, so a restarted or new replica takes the
  work up at its first start). A task of another event loop does not count.
- Its cursor is the feed's tail, read before `Feed.ensure_watching` returns, so every change
  after the caller's own read or write is seen; what changed before is what that read reports.
  A tail the agency cannot serve now starts nothing and does not fail the caller (the next
  start resumes).
- It reads the feed every ``poll_seconds`` and publishes its events in order. It stops when a
  read brings nothing and nothing is pending, when the connector's client closes, or after
  ``max_failures`` failed reads in a row (the next start resumes).
- `stop_all` (an app's shutdown, before its event bus and upstream clients close) stops every
  watcher of every feed in this event loop; a feed read in flight is let finish (never cut off
  mid-call, which could break an in-process mock) for up to `STOP_GRACE_SECONDS`. Idempotent.

Replicas share nothing: with several replicas watching, each publishes a change, so a
subscriber may get one update more than once, never none while some replica watches.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

import httpx

from connectors.errors import UpstreamError
from gateway.events import EventBus

log = logging.getLogger("gateway.feed_watcher")

POLL_SECONDS = 1.0
"""How often a running watcher reads its feed, unless its start says otherwise."""
MAX_FAILURES = 30
"""Consecutive failed reads after which a watcher gives up, unless its start says otherwise."""
STOP_GRACE_SECONDS = 10.0
"""How long `stop_all` lets a watcher finish the read it is making before cancelling it."""


class Connector(Protocol):
    """An upstream client (`connectors.base.BaseConnector`): a watcher ends when it closes."""

    @property
    def client(self) -> httpx.AsyncClient: ...


C = TypeVar("C", bound=Connector)
E = TypeVar("E")


@dataclass(frozen=True)
class Batch(Generic[E]):
    """One read of a feed."""

    events: Sequence[E]
    """The changes after the cursor read from, oldest first."""
    cursor: int
    """Where the next read starts (the last of ``events``, or the cursor read from)."""
    pending: bool
    """Whether the agency still has anything to report (the watcher stops when not, once a
    read brings nothing)."""


@dataclass(frozen=True)
class Feed(Generic[C, E]):
    """An agency's feed: how to read it and how to publish one of its events."""

    name: str
    """Names the watcher's task (``{name}-watcher``) and its log lines; unique per feed."""
    tail: Callable[[C], Awaitable[int]]
    """The feed's newest cursor, where a new watcher starts."""
    read: Callable[[C, int], Awaitable[Batch[E]]]
    """The events after a cursor."""
    publish: Callable[[EventBus, E], Awaitable[object]]
    """Tell the subscribers of one event."""

    def watching(self, connector: C) -> bool:
        """Whether the connector's watcher of this feed runs (and is not stopping), in the
        running event loop."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return False
        watcher = _watchers.get(_key(loop, self, connector))
        return (
            watcher is not None
            and watcher.task.get_loop() is loop
            and not watcher.task.done()
            and not watcher.stop.is_set()
        )

    async def ensure_watching(
        self,
        connector: C,
        events: EventBus | None,
        *,
        poll_seconds: float = POLL_SECONDS,
        max_failures: int = MAX_FAILURES,
    ) -> None:
        """Start this replica's watcher unless it runs (nothing without an event bus). The
        cursor is read before returning, so every change after the caller's own read or write
        is seen. A tail the agency cannot serve now is left for the next start (the caller's
        operation is not failed for it)."""
        if events is None or self.watching(connector):
            return
        try:
            cursor = await self.tail(connector)
        except UpstreamError:
            log.warning(
                "%s feed unavailable; watcher not started",
                self.name,
                extra={"feed": self.name},
                exc_info=True,
            )
            return
        if self.watching(connector):  # another request started it meanwhile
            return
        _prune()
        loop = asyncio.get_running_loop()
        key = _key(loop, self, connector)
        stop = asyncio.Event()
        poll = _Poll(self, connector, events, stop, poll_seconds, max_failures)
        task = loop.create_task(_watch(key, poll, cursor), name=f"{self.name}-watcher")
        _watchers[key] = _Watcher(task, stop)


async def stop_all(grace_seconds: float | None = None) -> None:
    """Stop every watcher of every feed in this event loop and wait for them to end (an app's
    shutdown, before its event bus and upstream clients close; the next start resumes from the
    agency's feed).

    A watcher is told to stop and ends at once unless it is reading its feed: that read is let
    finish (never cut off mid-call) and its events published, for up to ``grace_seconds``
    (`STOP_GRACE_SECONDS` by default), then it is cancelled. Idempotent: with no watcher
    running it does nothing, so it may be called twice."""
    grace = STOP_GRACE_SECONDS if grace_seconds is None else grace_seconds
    loop = asyncio.get_running_loop()
    _prune()
    # a task of another event loop cannot be awaited here
    watchers = [w for w in _watchers.values() if w.task.get_loop() is loop]
    if not watchers:
        return
    for watcher in watchers:
        watcher.stop.set()
    _, late = await asyncio.wait([w.task for w in watchers], timeout=grace)
    for task in late:
        task.cancel()
    if late:
        await asyncio.wait(late)
    _prune()


@dataclass(frozen=True)
class _Watcher:
    task: asyncio.Task[None]
    stop: asyncio.Event


_Key = tuple[int, str, int]
_watchers: dict[_Key, _Watcher] = {}
"""Every running watcher, by (event loop, feed name, connector) identity. A running watcher
holds its connector and loop, so neither identity is reused while its entry lives."""


def _key(loop: asyncio.AbstractEventLoop, feed: Feed[C, E], connector: C) -> _Key:
    return (id(loop), feed.name, id(connector))


def _prune() -> None:
    """Forget watchers that ended, or whose event loop closed under them."""
    for key, watcher in list(_watchers.items()):
        if watcher.task.done() or watcher.task.get_loop().is_closed():
            del _watchers[key]


@dataclass(frozen=True)
class _Poll(Generic[C, E]):
    feed: Feed[C, E]
    connector: C
    events: EventBus
    stop: asyncio.Event
    seconds: float
    max_failures: int


async def _watch(key: _Key, poll: _Poll[C, E], cursor: int) -> None:
    try:
        await _poll(poll, cursor)
    except Exception:  # a background task has no caller to tell; the next start resumes
        log.exception("%s watcher failed", poll.feed.name, extra={"feed": poll.feed.name})
    finally:
        held = _watchers.get(key)
        if held is not None and held.task is asyncio.current_task():
            del _watchers[key]


async def _stopped(stop: asyncio.Event, seconds: float) -> bool:
    """Wait ``seconds``; True as soon as the watcher is told to stop."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await stop.wait()
    return stop.is_set()


async def _poll(poll: _Poll[C, E], cursor: int) -> None:
    feed, connector = poll.feed, poll.connector
    failures = 0
    while not connector.client.is_closed and failures < poll.max_failures:
        if await _stopped(poll.stop, poll.seconds):
            return
        try:
            batch = await feed.read(connector, cursor)
        except UpstreamError:
            failures += 1
            continue
        except RuntimeError:
            if connector.client.is_closed:  # the client closed under the call (shutdown)
                break
            raise
        failures = 0
        for event in batch.events:
            await feed.publish(poll.events, event)
        cursor = max(cursor, batch.cursor)
        if not batch.events and not batch.pending:
            break
    log.info(
        "%s watcher stopped",
        feed.name,
        extra={"feed": feed.name, "cursor": cursor, "failures": failures},
    )
