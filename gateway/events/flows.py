"""Flow updates: what an agency flow that finishes later (Work24's customer-record sync,
Hometax approval) tells its subscribers.

Services publish with :func:`publish_flow_update` after storing the flow's new state; the
``flowUpdated`` subscription reads :func:`flow_updates`.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import AsyncGenerator
from datetime import UTC, datetime

from pydantic import AwareDatetime, Field

from gateway.events.bus import Event, EventBus, EventBusUnavailableError, Topic

log = logging.getLogger("gateway.events")

MAX_FLOW_ID_LENGTH = 200


class Agency(enum.Enum):
    """The upstreams the gateway talks to."""

    NTS = "nts"
    IDENTITY = "identity"
    PKI = "pki"
    WORK24 = "work24"
    KOSME = "kosme"
    KOTRA = "kotra"
    GOV24 = "gov24"
    HOMETAX = "hometax"


class FlowStatus(enum.Enum):
    """Where a flow stands; SUCCEEDED and FAILED are final."""

    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    SUCCEEDED = "succeeded"
    FAILED = "failed"

    @property
    def final(self) -> bool:
        return self in (FlowStatus.SUCCEEDED, FlowStatus.FAILED)


class FlowUpdate(Event):
    """A flow moved: a new step, a new status, or both."""

    flow_id: str = Field(min_length=1, max_length=MAX_FLOW_ID_LENGTH)
    agency: Agency
    step: str = Field(min_length=1, max_length=100)
    status: FlowStatus
    message: str | None = None
    occurred_at: AwareDatetime = Field(default_factory=lambda: datetime.now(UTC))


def flow_topic(flow_id: str) -> Topic[FlowUpdate]:
    return Topic(f"flow:{flow_id}", FlowUpdate)


async def publish_flow_update(events: EventBus, update: FlowUpdate) -> int:
    """Tell the flow's subscribers, on every replica; returns how many receivers it reached.

    Call it after the new state is stored: the store is the record, the event only news. A bus
    outage is logged, not raised, so it never fails the agency operation that caused it.
    """
    try:
        return await events.publish(flow_topic(update.flow_id), update)
    except EventBusUnavailableError:
        log.warning(
            "flow update not published",
            extra={"flow_id": update.flow_id, "status": update.status.value},
            exc_info=True,
        )
        return 0


async def flow_updates(events: EventBus, flow_id: str) -> AsyncGenerator[FlowUpdate, None]:
    """The flow's updates from now on, ending after the first final one.

    Raises:
        EventsMissedError: the subscriber fell behind or the bus lost Redis.
        EventBusUnavailableError: the bus cannot subscribe right now.
    """
    async with events.subscribe(flow_topic(flow_id)) as updates:
        async for update in updates:
            yield update
            if update.status.final:
                return
