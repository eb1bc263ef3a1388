"""MY KOTRA records of a company: 기업 신청 사업 내역 (services applied for in its name),
마일리지 내역 (the service mileage ledger; using mileage only for the member classes the
manual's matrix allows) and 사명 변경신청 (a name change request, reviewed by KOTRA: recorded as
pending, after a fresh 기업인증, one pending at a time)."""

from __future__ import annotations

from datetime import datetime
from typing import Final, Literal

from pydantic import BaseModel, Field
from sqlalchemy import Select, func, select

from mocks.framework import MockContext
from mocks.kotra import rules, tokens
from mocks.kotra.agency import query_route, route
from mocks.kotra.company_admin import require_certified
from mocks.kotra.errors import KotraError
from mocks.kotra.messages import KotraErrorCode as C
from mocks.kotra.models import Member, MileageEntry, NameChangeRequest, ServiceApplication
from mocks.kotra.schemas import Strict

PROGRAMMES: Final = {
    "online_consultation": "온라인 상담",
    "seminar": "설명회 신청",
    "other_services": "기타 서비스 신청",
}
"""Services whose application is recorded in the company's 기업 신청 사업 내역."""

ApplicationStatus = Literal["applied", "in_progress", "completed", "cancelled"]
NameChangeStatus = Literal["pending", "approved", "rejected"]


class PageQuery(BaseModel):
    first: int = Field(20, ge=1, le=100)
    after: int | None = Field(None, ge=0, description="the last id of the previous page")


class Application(BaseModel):
    id: int
    service: str
    programme: str = Field(description="사업명")
    applicant: str = Field(description="신청자 (the member who applied)")
    applied_at: datetime = Field(description="신청일")
    status: ApplicationStatus = Field(description="진행상태")


class ApplicationPage(BaseModel):
    applications: list[Application] = Field(description="newest first")
    total: int
    has_next_page: bool


class Mileage(BaseModel):
    id: int
    occurred_at: datetime = Field(description="일자")
    description: str = Field(description="내역")
    earned: int = Field(description="적립")
    used: int = Field(description="사용")
    balance: int = Field(description="잔여 마일리지 after this line")


class MileagePage(BaseModel):
    entries: list[Mileage] = Field(description="newest first")
    total: int
    balance: int = Field(description="the company's current balance")
    has_next_page: bool


class MileageUse(Strict):
    points: int = Field(ge=1, le=10_000_000, description="마일리지 to use")
    description: str = Field(min_length=1, max_length=200, description="사용 내역")


class NameChange(Strict):
    name: str = Field(min_length=1, max_length=100, description="기업명 *")
    name_en: str = Field(min_length=1, max_length=200, description="기업명(영문) *")
    reason: str = Field(min_length=1, max_length=500, description="변경사유 *")


class NameChangeView(BaseModel):
    id: int
    name: str
    name_en: str
    reason: str
    status: NameChangeStatus
    requested_at: datetime
    decided_at: datetime | None

    @classmethod
    def of(cls, row: NameChangeRequest) -> NameChangeView:
        return cls.model_validate(row, from_attributes=True)


class NameChangeList(BaseModel):
    requests: list[NameChangeView] = Field(description="newest first")


async def record_application(
    ctx: MockContext, member: Member, service: str, applied_at: datetime
) -> None:
    """Record an application in the member's company's history (when affiliated)."""
    if member.company_number is None or service not in PROGRAMMES:
        return
    (await ctx.session()).add(
        ServiceApplication(
            company_number=member.company_number,
            member_id=member.id,
            applicant=member.name,
            service=service,
            programme=PROGRAMMES[service],
            applied_at=applied_at,
            status="applied",
        )
    )


async def balance_of(ctx: MockContext, number: str) -> int:
    last = await (await ctx.session()).scalar(
        select(MileageEntry.balance)
        .where(MileageEntry.company_number == number)
        .order_by(MileageEntry.id.desc())
        .limit(1)
    )
    return int(last or 0)


async def _count(ctx: MockContext, statement: Select[int]) -> int:
    return int(await (await ctx.session()).scalar(statement) or 0)


@query_route(
    "GET", "/company/service-history", query=PageQuery, ok=ApplicationPage, errors=(401,),
    summary="기업 신청 사업 내역 — services applied for in the company's name (newest first)",
)  # fmt: skip
async def service_history(ctx: MockContext) -> ApplicationPage:
    _, company = await tokens.current_company(ctx)
    query = ctx.query_as(PageQuery)
    statement = select(ServiceApplication).where(
        ServiceApplication.company_number == company.number
    )
    if query.after is not None:
        statement = statement.where(ServiceApplication.id < query.after)
    rows = list(
        await (await ctx.session()).scalars(
            statement.order_by(ServiceApplication.id.desc()).limit(query.first + 1)
        )
    )
    total = await _count(
        ctx,
        select(func.count())
        .select_from(ServiceApplication)
        .where(ServiceApplication.company_number == company.number),
    )
    return ApplicationPage(
        applications=[
            Application.model_validate(row, from_attributes=True) for row in rows[: query.first]
        ],
        total=total,
        has_next_page=len(rows) > query.first,
    )


@query_route(
    "GET", "/company/mileage", query=PageQuery, ok=MileagePage, errors=(401,),
    summary="마일리지 내역 — the company's service mileage ledger (newest first)",
)  # fmt: skip
async def mileage(ctx: MockContext) -> MileagePage:
    _, company = await tokens.current_company(ctx)
    query = ctx.query_as(PageQuery)
    statement = select(MileageEntry).where(MileageEntry.company_number == company.number)
    if query.after is not None:
        statement = statement.where(MileageEntry.id < query.after)
    rows = list(
        await (await ctx.session()).scalars(
            statement.order_by(MileageEntry.id.desc()).limit(query.first + 1)
        )
    )
    total = await _count(
        ctx,
        select(func.count())
        .select_from(MileageEntry)
        .where(MileageEntry.company_number == company.number),
    )
    return MileagePage(
        entries=[Mileage.model_validate(row, from_attributes=True) for row in rows[: query.first]],
        total=total,
        balance=await balance_of(ctx, company.number),
        has_next_page=len(rows) > query.first,
    )


@route(
    "POST", "/me/mileage-uses", body=MileageUse, ok=Mileage, status=201,
    errors=(401, 403, 422),
    summary="서비스 마일리지 사용 — only the member classes the manual's matrix allows "
    "(소속기업 범용인증서로 인증한 일반회원); from the company's balance",
)  # fmt: skip
async def use_mileage(ctx: MockContext, body: MileageUse) -> Mileage:
    member = await tokens.current_member(ctx)
    if "mileage_and_company_edit" not in rules.allowed_services(member):
        raise KotraError(403, C.SERVICE_NOT_ALLOWED, field="points")
    assert member.company_number is not None  # the matrix grants it only to affiliated members
    balance = await balance_of(ctx, member.company_number)
    if body.points > balance:
        raise KotraError(422, C.MILEAGE_INSUFFICIENT, field="points")
    entry = MileageEntry(
        company_number=member.company_number,
        member_id=member.id,
        occurred_at=ctx.clock.now(),
        description=body.description,
        earned=0,
        used=body.points,
        balance=balance - body.points,
    )
    session = await ctx.session()
    session.add(entry)
    await session.flush()
    return Mileage.model_validate(entry, from_attributes=True)


@route(
    "POST", "/company/name-change-requests", body=NameChange, ok=NameChangeView, status=201,
    errors=(401, 403, 409, 422),
    summary="사명 변경신청 — only after 기업인증; recorded as pending (the name is not changed "
    "until KOTRA approves); one pending request at a time",
)  # fmt: skip
async def request_name_change(ctx: MockContext, body: NameChange) -> NameChangeView:
    login, company = await tokens.current_company(ctx)
    require_certified(ctx, login)
    session = await ctx.session()
    pending = await session.scalar(
        select(NameChangeRequest.id).where(
            NameChangeRequest.company_number == company.number,
            NameChangeRequest.status == "pending",
        )
    )
    if pending is not None:
        raise KotraError(409, C.NAME_CHANGE_PENDING)
    if body.name == company.name and body.name_en == company.name_en:
        raise KotraError(422, C.NAME_UNCHANGED, field="name")
    row = NameChangeRequest(
        company_number=company.number,
        name=body.name,
        name_en=body.name_en,
        reason=body.reason,
        status="pending",
        requested_at=ctx.clock.now(),
    )
    session.add(row)
    await session.flush()
    return NameChangeView.of(row)


@route(
    "GET", "/company/name-change-requests", ok=NameChangeList, errors=(401,),
    summary="사명 변경신청 내역 — the company's requests with their status (newest first)",
)  # fmt: skip
async def name_change_requests(ctx: MockContext) -> NameChangeList:
    _, company = await tokens.current_company(ctx)
    rows = await (await ctx.session()).scalars(
        select(NameChangeRequest)
        .where(NameChangeRequest.company_number == company.number)
        .order_by(NameChangeRequest.id.desc())
    )
    return NameChangeList(requests=[NameChangeView.of(row) for row in rows])
