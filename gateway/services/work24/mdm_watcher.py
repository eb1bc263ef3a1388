"""How the gateway learns that Work24 created a member's MDM customer record.

Work24 finishes the record later (retrying until MDM answers) and publishes each change on
its sync feed (``GET /mdm/events?after=N``). A watcher polls the feed and publishes each change
on ``flowUpdated`` under the sign-up's id; the event bus (Redis with several replicas) carries
it to the subscriber whichever replica it is connected to.

Replicas: nothing a replica remembers is needed by another. A watcher runs in a replica only
while Work24 reports records pending; it is started by the replica that completed a sign-up
with a pending record, and by any replica that shows a pending member, so a restarted or new
replica picks the work up again. Its cursor starts at the feed's tail when it starts, so with
several replicas watching the same change each publishes it once: a subscriber may get the
same update more than once (the stream ends at the first final one), never none while some
replica watches. The member record in Work24 is the truth; `flowUpdated` is news of it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from connectors.errors import UpstreamError
from connectors.work24 import Work24Connector
from gateway.events import EventBus
from gateway.services.work24.flows import publish_mdm

log = logging.getLogger("gateway.work24.mdm")

POLL_SECONDS = 1.0
"""How often a running watcher reads the feed."""
MAX_FAILURES = 30
"""Consecutive failed polls after which a watcher gives up (the next start resumes)."""

_watchers: dict[int, asyncio.Task[None]] = {}


def watching(connector: Work24Connector) -> bool:
    task = _watchers.get(id(connector))
    return task is not None and not task.done()


async def ensure_watching(connector: Work24Connector, events: EventBus | None) -> None:
    """Start this replica's watcher unless it runs; the cursor is read before returning, so
    every change after the caller's own write is seen."""
    if events is None or watching(connector):
        return
    tail = (await connector.mdm_events(after=0, limit=0)).last_seq
    if watching(connector):  # another request started it meanwhile
        return
    task = asyncio.create_task(_watch(connector, events, tail), name="work24-mdm-watcher")
    _watchers[id(connector)] = task


async def stop_all() -> None:
    """Cancel every watcher of this process (an app's shutdown; the next start resumes)."""
    tasks = [task for task in _watchers.values() if not task.done()]
    _watchers.clear()
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def _watch(connector: Work24Connector, events: EventBus, cursor: int) -> None:
    try:
        await _poll(connector, events, cursor)
    finally:
        if _watchers.get(id(connector)) is asyncio.current_task():
            del _watchers[id(connector)]


async def _poll(connector: Work24Connector, events: EventBus, cursor: int) -> None:
    failures = 0
    while not connector.client.is_closed and failures < MAX_FAILURES:
        await asyncio.sleep(POLL_SECONDS)
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
