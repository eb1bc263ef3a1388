"""The MDM customer master record (일자리플랫폼 고객정보) and its periodic retry.

Seed 000 §1.3.4.3: when the record cannot be created (MDM down, a program error) sign-up still
completes with the delay notice, and "오류건은 성공시까지 주기적으로 반영(연동)작업 자동 진행".
Here an attempt fails while an injected fault matches ``POST /mdm/customers``; a failed member
is retried once `MDM_RETRY_INTERVAL` of mock time has passed, by the app's ticker or
``POST /__admin/mdm/retry``. The record is unique per member and per business number, so two
overlapping retries can never create it twice (the loser's transaction is rolled back), and it
is only marked complete in the same transaction that creates it, so it is never lost (a retry
that cannot write is rolled back and leaves the member pending for the next one).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from mocks.framework import AgencyRuntime, FaultRegistry, MockContext
from mocks.framework.identifiers import new_id
from mocks.work24.agency import route
from mocks.work24.errors import Work24Error
from mocks.work24.messages import MDM_RETRY_INTERVAL, Work24ErrorCode
from mocks.work24.models import MdmCustomer, MdmEvent, Member
from mocks.work24.schemas import MdmEventView, MdmFeed, MdmRun

log = logging.getLogger("mocks.work24.mdm")
MDM_ROUTE = "/mdm/customers"
"""The MDM operation a fault targets (``{"route": "/mdm/customers"}``)."""
FEED_LIMIT = 100


def runtime_of(ctx: MockContext) -> AgencyRuntime:
    runtime: AgencyRuntime = ctx.request.app.state.mock
    return runtime


def _event(db: AsyncSession, member: Member, now: datetime) -> None:
    db.add(
        MdmEvent(
            member_id=member.id,
            business_number=member.business_number,
            signup_id=member.signup_id,
            status=member.mdm_status,
            attempts=member.mdm_attempts,
            occurred_at=now,
        )
    )


async def attempt(db: AsyncSession, faults: FaultRegistry, member: Member, now: datetime) -> bool:
    """Try to create ``member``'s customer record once; True when this attempt created it.

    Completion is a conditional update (``… WHERE mdm_status <> 'complete'``): of overlapping
    attempts exactly one changes the row and goes on to create the record (itself unique per
    member); the others change nothing.
    """
    decision = faults.decide("POST", MDM_ROUTE)
    if decision.status is not None:
        first = member.mdm_status != "pending"
        member.mdm_attempts += 1
        member.mdm_status, member.mdm_last_error = "pending", f"MDM HTTP {decision.status}"
        member.mdm_next_attempt_at = now + MDM_RETRY_INTERVAL
        if first:
            _event(db, member, now)
        return False
    changed = await db.execute(
        update(Member)
        .where(Member.id == member.id, Member.mdm_status != "complete")
        .values(
            mdm_status="complete",
            mdm_completed_at=now,
            mdm_attempts=Member.mdm_attempts + 1,
            mdm_next_attempt_at=None,
            mdm_last_error=None,
        )
    )
    if getattr(changed, "rowcount", 0) != 1:
        return False  # another attempt completed it
    db.add(
        MdmCustomer(
            id=new_id("mdm"),
            member_id=member.id,
            business_number=member.business_number,
            company_name=member.company_name,
            created_at=now,
        )
    )
    await db.refresh(member)
    _event(db, member, now)
    return True


async def run_due(runtime: AgencyRuntime) -> MdmRun:
    """Retry every pending record that is due now (mock clock), each in its own transaction."""
    now = runtime.clock.now()
    async with runtime.db.unit_of_work() as db:
        due = list(
            await db.scalars(
                select(Member.id).where(
                    Member.mdm_status == "pending", Member.mdm_next_attempt_at <= now
                )
            )
        )
    completed = 0
    for member_id in due:
        try:
            async with runtime.db.unit_of_work() as db:
                member = await db.get(Member, member_id)
                if member is None or member.mdm_status != "pending":
                    continue  # another retry got there first
                completed += await attempt(db, runtime.faults, member, now)
        except IntegrityError:  # an overlapping retry created it: it exists once
            log.info("MDM record of %s created by another retry", member_id)
        except OperationalError:  # the database was busy: rolled back, still pending, retried
            log.info("MDM retry of %s deferred: database busy", member_id)
    return MdmRun(attempted=len(due), completed=completed)


async def ticker(runtime: AgencyRuntime, every: float) -> None:
    """Run due retries forever (the app's lifespan starts and cancels it)."""
    while True:
        await asyncio.sleep(every)
        with contextlib.suppress(Exception):
            await run_due(runtime)


class FeedQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    after: int = Field(0, ge=0, description="events after this seq")
    limit: int = Field(FEED_LIMIT, ge=0, le=FEED_LIMIT)


@route(
    "GET",
    "/mdm/events",
    ok=MdmFeed,
    summary="MDM 연동 현황 — the customer-record sync feed (events after a seq)",
    description="Relying systems poll it: each change of a member's sync state, in order.",
)
async def mdm_events(ctx: MockContext) -> MdmFeed:
    try:
        query = FeedQuery.model_validate(dict(ctx.request.query_params))
    except ValueError:
        raise Work24Error(400, Work24ErrorCode.INVALID_REQUEST) from None
    db = await ctx.session()
    rows = await db.scalars(
        select(MdmEvent).where(MdmEvent.seq > query.after).order_by(MdmEvent.seq).limit(query.limit)
    )
    last = await db.scalar(select(func.max(MdmEvent.seq))) or 0
    pending = await db.scalar(select(func.count()).where(Member.mdm_status == "pending")) or 0
    events = [
        MdmEventView(
            seq=row.seq,
            member_id=row.member_id,
            business_number=row.business_number,
            signup_id=row.signup_id,
            status="complete" if row.status == "complete" else "pending",
            attempts=row.attempts,
            occurred_at=row.occurred_at,
        )
        for row in rows
    ]
    return MdmFeed(events=events, last_seq=int(last), pending=int(pending))


class MdmCustomerView(BaseModel):
    id: str
    business_number: str
    company_name: str
    created_at: datetime


@route(
    "GET",
    "/mdm/customers/{number}",
    ok=MdmCustomerView,
    errors=(404,),
    summary="MDM 고객정보 — the customer master record of a member's business",
)
async def mdm_customer(ctx: MockContext) -> MdmCustomerView:
    number = ctx.request.path_params["number"]
    db = await ctx.session()
    row = await db.scalar(select(MdmCustomer).where(MdmCustomer.business_number == number))
    if row is None:
        raise Work24Error(404, Work24ErrorCode.NOT_MEMBER)
    return MdmCustomerView(
        id=row.id,
        business_number=row.business_number,
        company_name=row.company_name,
        created_at=row.created_at,
    )


@route(
    "POST",
    "/__admin/mdm/retry",
    ok=MdmRun,
    summary="Test control: run the MDM retries that are due now (mock clock)",
)
async def mdm_retry(ctx: MockContext) -> MdmRun:
    return await run_due(runtime_of(ctx))
