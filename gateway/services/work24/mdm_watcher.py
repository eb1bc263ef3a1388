"""How the gateway learns that Work24 created a member's MDM customer record.

Work24 finishes the record later (retrying until MDM answers) and publishes each change on
its sync feed (``GET /mdm/events?after=N``). A watcher polls the feed and publishes each change
on ``flowUpdated`` under the sign-up's id; the event bus (Redis with several replicas) carries
it to the subscriber whichever replica it is connected to. The watcher itself is the shared
one (`gateway.services.feed_watcher`); this module says how to read Work24's feed and publish
one of its changes.

Replicas: nothing a replica remembers is needed by another. A watcher runs in a replica only
while Work24 reports records pending; it is started by the replica that completed a sign-up
with a pending record, by any replica that shows a pending member and by any replica a client
resumes a pending sign-up on (``work24Signup(id:)``), so a restarted or new replica picks the
work up again; nothing needs starting with the app, and its shutdown calls `stop_all` (the
shared `feed_watcher.stop_all`, which stops every agency's watchers). Its cursor starts at the
feed's tail when it starts, so with several replicas watching the same change each publishes
it once: a subscriber may get the same update more than once (the stream ends at the first
final one), never none while some replica watches. The member record in Work24 is the truth;
`flowUpdated` is news of it.
"""

from __future__ import annotations

from connectors.work24 import MdmEvent, Work24Connector
from gateway.events import EventBus
from gateway.services.feed_watcher import Batch, Feed
from gateway.services.feed_watcher import stop_all as stop_all
from gateway.services.work24.flows import publish_mdm

POLL_SECONDS = 1.0
"""How often a running watcher reads the feed."""
MAX_FAILURES = 30
"""Consecutive failed polls after which a watcher gives up (the next start resumes)."""


async def _tail(connector: Work24Connector) -> int:
    return (await connector.mdm_events(after=0, limit=0)).last_seq


async def _read(connector: Work24Connector, after: int) -> Batch[MdmEvent]:
    feed = await connector.mdm_events(after=after)
    cursor = max((event.seq for event in feed.events), default=after)
    return Batch(feed.events, cursor, pending=feed.pending > 0)


async def _publish(events: EventBus, event: MdmEvent) -> None:
    if event.signup_id is not None:
        await publish_mdm(events, event.signup_id, event.status == "complete")


FEED: Feed[Work24Connector, MdmEvent] = Feed("work24-mdm", _tail, _read, _publish)
"""Work24's MDM sync feed."""


def watching(connector: Work24Connector) -> bool:
    """Whether this replica's watcher runs (in this event loop)."""
    return FEED.watching(connector)


async def ensure_watching(connector: Work24Connector, events: EventBus | None) -> None:
    """Start this replica's watcher unless it runs; the cursor is read before returning, so
    every change after the caller's own write is seen. A feed Work24 cannot serve now is left
    for the next start (the caller's operation is not failed for it)."""
    await FEED.ensure_watching(
        connector, events, poll_seconds=POLL_SECONDS, max_failures=MAX_FAILURES
    )
