"""The department-user standing of up to 100 businesses in one call (the gateway's batch
lookup behind ``Business.hometax``)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mocks.framework import MockContext
from mocks.framework.read_cache import cached_rows
from mocks.hometax.accounts import view
from mocks.hometax.agency import route
from mocks.hometax.models import DepartmentUser, Taxpayer
from mocks.hometax.schemas import Standing, StandingList, StandingRequest


@route(
    "POST",
    "/businesses/standing",
    body=StandingRequest,
    ok=StandingList,
    summary="Department-user standing of 1–100 businesses, in request order",
    description="Per number: whether Hometax knows the business and its latest department user.",
)
async def standing(ctx: MockContext, body: StandingRequest) -> StandingList:
    numbers = list(dict.fromkeys(body.business_numbers))
    found = await cached_rows(ctx, "standing", numbers, _standing)
    return StandingList(businesses=[found[number] for number in body.business_numbers])


async def _standing(session: AsyncSession, numbers: Iterable[str]) -> dict[str, Standing]:
    """Each number's standing (every number has one: unknown businesses are not registered);
    a pure read, so the framework's read cache may keep it until the next write."""
    numbers = list(numbers)
    known = set(
        await session.scalars(
            select(Taxpayer.business_number).where(Taxpayer.business_number.in_(numbers))
        )
    )
    latest: dict[str, DepartmentUser] = {}
    users = await session.scalars(
        select(DepartmentUser)
        .where(DepartmentUser.business_number.in_(numbers))
        .order_by(DepartmentUser.applied_at)
    )
    for user in users:
        if user.status != "withdrawn" or latest.get(user.business_number) is None:
            latest[user.business_number] = user
    return {
        number: Standing(
            business_number=number,
            registered=number in known,
            department_user=view(latest[number]) if number in latest else None,
        )
        for number in numbers
    }
