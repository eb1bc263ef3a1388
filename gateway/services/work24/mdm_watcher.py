"""How the gateway learns that Work24 created a member's MDM customer record.

Work24 finishes the record later (retrying until MDM answers) and publishes each change on
its sync feed (``GET /mdm/events?after=N``). A watcher polls the feed and publishes each change
on ``flowUpdated`` under the sign-up's id; the event bus (Redis with several replicas) carries
it to the subscriber whichever replica it is connected to.

Replicas: nothing a replica remembers is needed by another. A watcher runs in a replica only
while Work24 reports records pending; it is started by the replica that completed a sign-up
with a pending record, by any replica that shows a pending member and by any replica a client
resumes a pending sign-up on (``work24Signup(id:)``), so a restarted or new replica picks the
work up again; nothing needs starting with the app, and its shutdown calls `stop_all`. Its
cursor starts at the feed's tail when it starts, so with several replicas watching the same
change each publishes it once: a subscriber may get the same update more than once (the
stream ends at the first final one), never none while some replica watches. The member
record in Work24 is the truth; `flowUpdated` is news of it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass

from connectors.errors import UpstreamError
from connectors.work24 import Work24Connector
from gateway.events import EventBus
from gateway.services.work24.flows import publish_mdm

log = logging.getLogger("gateway.work24.mdm")

POLL_SECONDS = 1.0
"""How often a running watcher reads the feed."""
MAX_FAILURES = 30
"""Consecutive failed polls after which a watcher gives up (the next start resumes)."""

STOP_GRACE_SECONDS = 10.0
"""How long `stop_all` lets a watcher finish the poll it is making before cancelling it."""


@dataclass(frozen=True)
class _Watcher:
    task: asyncio.Task[None]
    stop: asyncio.Event


_watchers: dict[int, _Watcher] = {}


def watching(connector: Work24Connector) -> bool:
    watcher = _watchers.get(id(connector))
    return watcher is not None and not watcher.task.done() and not watcher.stop.is_set()


async def ensure_watching(connector: Work24Connector, events: EventBus | None) -> None:
    """Start this replica's watcher unless it runs; the cursor is read before returning, so
    every change after the caller's own write is seen."""
    if events is None or watching(connector):
        return
    tail = (await connector.mdm_events(after=0, limit=0)).last_seq
    if watching(connector):  # another request started it meanwhile
        return
    stop = asyncio.Event()
    task = asyncio.create_task(_watch(connector, events, tail, stop), name="work24-mdm-watcher")
    _watchers[id(connector)] = _Watcher(task, stop)


async def stop_all() -> None:
    """Stop every watcher of this process and wait for them to end (an app's shutdown, before
    its event bus and upstream clients close; the next start resumes from Work24's feed).

    A watcher is told to stop and ends at once unless it is reading the feed: that read is
    let finish (never cut off mid-call) for up to `STOP_GRACE_SECONDS`, then it is cancelled.
    Idempotent: with no watcher running it does nothing, so it may be called twice."""
    loop = asyncio.get_running_loop()
    # a task of another (closed) event loop cannot be awaited here; it died with its loop
    watchers = [w for w in _watchers.values() if not w.task.done() and w.task.get_loop() is loop]
    _watchers.clear()
    if not watchers:
        return
    for watcher in watchers:
        watcher.stop.set()
    tasks = [watcher.task for watcher in watchers]
    _, late = await asyncio.wait(tasks, timeout=STOP_GRACE_SECONDS)
    for task in late:
        task.cancel()
    for task in late:
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def _watch(
    connector: Work24Connector, events: EventBus, cursor: int, stop: asyncio.Event
) -> None:
    try:
        await _poll(connector, events, cursor, stop)
    finally:
        held = _watchers.get(id(connector))
        if held is not None and held.task is asyncio.current_task():
            del _watchers[id(connector)]


async def _stopped(stop: asyncio.Event, seconds: float) -> bool:
    """Wait ``seconds``; True as soon as the watcher is told to stop."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await stop.wait()
    return stop.is_set()


async def _poll(
    connector: Work24Connector, events: EventBus, cursor: int, stop: asyncio.Event
) -> None:
    failures = 0
    while not connector.client.is_closed and failures < MAX_FAILURES:
        if await _stopped(stop, POLL_SECONDS):
            return
        try:
            feed = await connector.mdm_events(after=cursor)
        except UpstreamError:
            failures += 1
            continue
        failures = 0
        for event in feed.events:
            cursor = max(cursor, event.seq)
            if event.signup_id is not None:
                await publish_mdm(events, event.signup_id, event.status == "complete")
        if not feed.events and feed.pending == 0:
            return
    log.info("work24 MDM watcher stopped", extra={"cursor": cursor, "failures": failures})
