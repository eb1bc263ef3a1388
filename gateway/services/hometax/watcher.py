"""How the gateway hears of status changes made at Hometax itself (the representative saving
사용 on hometax.go.kr rather than through the gateway).

Hometax lists every status change on its feed (``GET /department-users/status-events?after=N``).
While some department user is still 대기 or 미승인, a watcher in this replica polls the feed
and publishes each change on ``flowUpdated`` under the application's id (`flows.publish_status`,
which skips what this replica already sent). The watcher itself is the shared one
(`gateway.services.feed_watcher`, whose `stop_all` stops it at the app's shutdown); this module
says how to read Hometax's feed and publish one of its changes.

It is started when an application is made through the gateway and whenever an undecided
application is read (`hometaxDepartmentUserApplication`, which a subscriber reads once after
subscribing), so a restarted or new replica takes the work up again. Its cursor starts at the
feed's tail: what changed before it started is what that read reports. It stops when nothing is
undecided, when the connector closes, or after `MAX_FAILURES` failed polls in a row.
"""

from __future__ import annotations

from connectors.hometax import HometaxConnector, StatusEvent
from gateway.events import EventBus
from gateway.services.feed_watcher import Batch, Feed
from gateway.services.hometax.flows import publish_status

POLL_SECONDS = 1.0
"""How often a running watcher reads the feed."""
MAX_FAILURES = 30
"""Consecutive failed polls after which a watcher gives up (the next start resumes)."""


async def _tail(connector: HometaxConnector) -> int:
    return (await connector.status_events(after=0, limit=0)).last_seq


async def _read(connector: HometaxConnector, after: int) -> Batch[StatusEvent]:
    feed = await connector.status_events(after=after)
    cursor = max((event.seq for event in feed.events), default=after)
    return Batch(feed.events, cursor, pending=feed.undecided > 0)


async def _publish(events: EventBus, event: StatusEvent) -> None:
    await publish_status(events, event.id, event.status, event.status_label, event.changed_at)


FEED: Feed[HometaxConnector, StatusEvent] = Feed("hometax-status", _tail, _read, _publish)
"""Hometax's department-user status feed."""


def watching(connector: HometaxConnector) -> bool:
    """Whether the connector's watcher runs, in this event loop."""
    return FEED.watching(connector)


async def ensure_watching(connector: HometaxConnector, events: EventBus | None) -> None:
    """Start this replica's watcher unless it runs. The cursor is read before returning, so
    every change after the caller's own read or write is seen. A feed Hometax cannot serve
    now is left for the next start (the caller's operation is not failed for it)."""
    await FEED.ensure_watching(
        connector, events, poll_seconds=POLL_SECONDS, max_failures=MAX_FAILURES
    )
