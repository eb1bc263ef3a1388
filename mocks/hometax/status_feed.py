"""The status feed (``GET /department-users/status-events?after=N``): every status a department
user took, in order, wherever the change was made (the representative on Hometax's own site, or
through a relying system). Relying systems (the gateway) poll it to tell applicants at once."""

from __future__ import annotations

from datetime import datetime
from typing import Final

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select

from mocks.framework import MockContext
from mocks.hometax.agency import route
from mocks.hometax.errors import HometaxError
from mocks.hometax.messages import STATUS_LABELS
from mocks.hometax.messages import HometaxErrorCode as C
from mocks.hometax.models import DepartmentUser, StatusEvent
from mocks.hometax.records import Status

FEED_LIMIT: Final = 100
UNDECIDED: Final = ("pending", "not_approved")
"""Statuses an applicant still waits on (대기, 미승인)."""


async def record(ctx: MockContext, user: DepartmentUser) -> None:
    """Append the user's current status to the feed."""
    (await ctx.session()).add(
        StatusEvent(
            department_user_id=user.id,
            user_id=user.user_id,
            status=user.status,
            changed_at=user.changed_at,
        )
    )


class FeedQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    after: int = Field(0, ge=0, description="events after this seq")
    limit: int = Field(FEED_LIMIT, ge=0, le=FEED_LIMIT)


class StatusEventView(BaseModel):
    seq: int
    id: str = Field(description="the application's public id")
    user_id: str
    status: Status
    status_label: str = Field(description="대기, 사용, 탈퇴, 미승인")
    changed_at: datetime


class StatusFeed(BaseModel):
    events: list[StatusEventView]
    last_seq: int = Field(description="the feed's newest seq (0 when empty)")
    undecided: int = Field(description="department users still 대기 or 미승인")


@route(
    "GET",
    "/department-users/status-events",
    ok=StatusFeed,
    errors=(400,),
    summary="상태 변경 내역 — the department users' status feed (events after a seq)",
    description=(
        "Each status a department user took (대기 on applying, then every change saved on "
        "부서사용자 아이디 관리), oldest first; `undecided` counts users still 대기 or 미승인."
    ),
)
async def status_events(ctx: MockContext) -> StatusFeed:
    try:
        query = FeedQuery.model_validate(dict(ctx.request.query_params))
    except ValueError:
        raise HometaxError(400, C.INVALID_REQUEST, field="after") from None
    db = await ctx.session()
    rows = await db.scalars(
        select(StatusEvent)
        .where(StatusEvent.seq > query.after)
        .order_by(StatusEvent.seq)
        .limit(query.limit)
    )
    last = await db.scalar(select(func.max(StatusEvent.seq))) or 0
    undecided = await db.scalar(select(func.count()).where(DepartmentUser.status.in_(UNDECIDED)))
    events = [
        StatusEventView(
            seq=row.seq,
            id=row.department_user_id,
            user_id=row.user_id,
            status=row.status,
            status_label=STATUS_LABELS[row.status],
            changed_at=row.changed_at,
        )
        for row in rows
    ]
    return StatusFeed(events=events, last_seq=int(last), undecided=int(undecided or 0))
