"""The applicant's flow: a department user's status as `flowUpdated` news under the
application's id, whoever changed it (the representative through the gateway, or on Hometax's
own site, heard through the status feed by `watcher`).

A status already published by this replica (same flow, status and change time) is not
published again, so a change the gateway made itself and then reads back from the feed is sent
once. Replicas do not share this memory: with several replicas a subscriber may get one change
twice; the stream ends at the first final status either way.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from datetime import datetime
from typing import Final

from connectors.hometax import DepartmentUserStatus
from gateway.events import EventBus
from gateway.events.flows import Agency, FlowStatus, FlowUpdate, publish_flow_update

FLOW_STATUS: Mapping[DepartmentUserStatus, FlowStatus] = {
    DepartmentUserStatus.PENDING: FlowStatus.PENDING,
    DepartmentUserStatus.NOT_APPROVED: FlowStatus.IN_PROGRESS,
    DepartmentUserStatus.ACTIVE: FlowStatus.SUCCEEDED,
    DepartmentUserStatus.WITHDRAWN: FlowStatus.FAILED,
}
"""How the applicant's flow reads each status: 사용 ends it well, 탈퇴 ends it; 미승인 may still
become 사용."""

REMEMBERED: Final = 4096
"""How many flows' last published status a replica remembers (least recent out first)."""

_published: OrderedDict[str, tuple[DepartmentUserStatus, datetime]] = OrderedDict()


async def publish_status(
    events: EventBus | None,
    flow_id: str,
    status: DepartmentUserStatus,
    label: str,
    changed_at: datetime,
) -> bool:
    """Tell the application's subscribers its status; False when this replica already did."""
    if events is None:
        return False
    seen = (status, changed_at)
    if _published.get(flow_id) == seen:
        return False
    _published[flow_id] = seen
    _published.move_to_end(flow_id)
    if len(_published) > REMEMBERED:
        _published.popitem(last=False)
    update = FlowUpdate(
        flow_id=flow_id,
        agency=Agency.HOMETAX,
        step=status.name,
        status=FLOW_STATUS[status],
        message=label,
    )
    await publish_flow_update(events, update)
    return True
