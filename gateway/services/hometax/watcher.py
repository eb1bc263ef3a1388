"""How the gateway hears of status changes made at Hometax itself (the representative saving
사용 on hometax.go.kr rather than through the gateway).

Hometax lists every status change on its feed (``GET /department-users/status-events?after=N``).
While some department user is still 대기 or 미승인, a watcher in this replica polls the feed
and publishes each change on ``flowUpdated`` under the application's id (`flows.publish_status`,
which skips what this replica already sent).

It is started when an application is made through the gateway and whenever an undecided
application is read (`hometaxDepartmentUserApplication`, which a subscriber reads once after
subscribing), so a restarted or new replica takes the work up again. Its cursor starts at the
feed's tail: what changed before it started is what that read reports. It stops when nothing is
undecided, when the connector closes, or after `MAX_FAILURES` failed polls in a row.
"""

from __future__ import annotations

import asyncio
import logging
import weakref

from connectors.errors import UpstreamError
from connectors.hometax import HometaxConnector
from gateway.events import EventBus
from gateway.services.hometax.flows import publish_status

log = logging.getLogger("gateway.hometax.watcher")

POLL_SECONDS = 1.0
"""How often a running watcher reads the feed."""
MAX_FAILURES = 30
"""Consecutive failed polls after which a watcher gives up (the next start resumes)."""

_watchers: weakref.WeakKeyDictionary[HometaxConnector, asyncio.Task[None]] = (
    weakref.WeakKeyDictionary()
)
"""Each connector's watcher (a connector is one gateway app's client of Hometax)."""


def watching(connector: HometaxConnector) -> bool:
    """Whether the connector's watcher runs, in this event loop."""
    task = _watchers.get(connector)
    return task is not None and not task.done() and task.get_loop() is asyncio.get_running_loop()


async def ensure_watching(connector: HometaxConnector, events: EventBus | None) -> None:
    """Start this replica's watcher unless it runs. The cursor is read before returning, so
    every change after the caller's own read or write is seen. A feed Hometax cannot serve
    now is left for the next start (the caller's operation is not failed for it)."""
    if events is None or watching(connector):
        return
    try:
        tail = (await connector.status_events(after=0, limit=0)).last_seq
    except UpstreamError:
        log.warning("hometax status feed unavailable; watcher not started", exc_info=True)
        return
    if watching(connector):  # another request started it meanwhile
        return
    task = asyncio.create_task(_watch(connector, events, tail), name="hometax-status-watcher")
    _watchers[connector] = task


async def _watch(connector: HometaxConnector, events: EventBus, cursor: int) -> None:
    failures = 0
    while not connector.client.is_closed and failures < MAX_FAILURES:
        await asyncio.sleep(POLL_SECONDS)
        try:
            feed = await connector.status_events(after=cursor)
        except UpstreamError:
            failures += 1
            continue
        except RuntimeError:  # the client closed under the call (shutdown)
            break
        failures = 0
        for event in feed.events:
            cursor = max(cursor, event.seq)
            await publish_status(
                events, event.id, event.status, event.status_label, event.changed_at
            )
        if not feed.events and feed.undecided == 0:
            break
    log.info("hometax status watcher stopped", extra={"cursor": cursor, "failures": failures})
