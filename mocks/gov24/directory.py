"""Searches the issuance form uses: 주민등록 주소지 검색 and 수요기관(제출기관) 검색."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import func, or_, select

from mocks.framework import MockContext
from mocks.gov24.agency import route
from mocks.gov24.auth import login_of
from mocks.gov24.errors import Gov24Error
from mocks.gov24.messages import Gov24ErrorCode
from mocks.gov24.models import Address, Agency

Category = Literal[
    "central",
    "local",
    "affiliated",
    "public_institution",
    "local_corporation",
    "special",
    "school",
    "other",
]
CATEGORY_LABELS: dict[str, str] = {
    "central": "중앙행정기관",
    "local": "지방자치단체",
    "affiliated": "중앙행정기관·지방자치단체의 소속기관",
    "public_institution": "공공기관",
    "local_corporation": "지방공사·지방공단",
    "special": "특수법인",
    "school": "각급학교",
    "other": "제출 대상 아님",
}


class AddressView(BaseModel):
    id: str = Field(description="what the application's address_id takes")
    road_address: str = Field(description="도로명주소")
    jibun_address: str = Field(description="지번주소")
    postal_code: str = Field(description="우편번호 (5 digits)")


class AddressPage(BaseModel):
    addresses: list[AddressView]


class AgencyView(BaseModel):
    code: str = Field(description="기관코드 (synthetic)")
    name: str
    category: Category
    category_label: str
    eligible: bool = Field(description="whether a confirmation may be submitted to it")


class AgencyPage(BaseModel):
    total: int
    agencies: list[AgencyView]


class AgencyQuery(BaseModel):
    query: str = Field("", max_length=50)
    category: Category | None = None
    eligible_only: bool = True
    offset: int = Field(0, ge=0)
    limit: int = Field(20, ge=1, le=100)


def agency_view(row: Agency) -> AgencyView:
    return AgencyView(
        code=row.code,
        name=row.name,
        category=row.category,
        category_label=CATEGORY_LABELS[row.category],
        eligible=row.eligible,
    )


@route(
    "GET",
    "/addresses",
    ok=AddressPage,
    errors=(401, 403),
    summary="주민등록 주소지 검색 — `query` matches 도로명 or 지번 address (after login)",
)
async def search_addresses(ctx: MockContext) -> AddressPage:
    await login_of(ctx)
    text = ctx.request.query_params.get("query", "").strip()[:50]
    query = select(Address).order_by(Address.id).limit(20)
    for word in text.split():
        pattern = f"%{word}%"
        query = query.where(
            or_(Address.road_address.like(pattern), Address.jibun_address.like(pattern))
        )
    rows = await (await ctx.session()).scalars(query)
    return AddressPage(
        addresses=[AddressView.model_validate(r, from_attributes=True) for r in rows]
    )


@route(
    "GET",
    "/agencies",
    ok=AgencyPage,
    summary="수요기관 검색 — agencies a confirmation may be submitted to, by name and category",
    description=(
        "Query parameters: `query` (part of the name), `category`, `eligible_only` (default "
        "true), `offset`, `limit` (≤ 100). Eligible: central and local government, their "
        "affiliated agencies, public institutions, local public corporations, special "
        "corporations and schools."
    ),
)
async def search_agencies(ctx: MockContext) -> AgencyPage:
    try:
        params = AgencyQuery.model_validate(dict(ctx.request.query_params))
    except ValidationError:
        raise Gov24Error(400, Gov24ErrorCode.INVALID_REQUEST) from None
    query = select(Agency)
    for word in params.query.split():
        query = query.where(Agency.name.like(f"%{word}%"))
    if params.category is not None:
        query = query.where(Agency.category == params.category)
    if params.eligible_only:
        query = query.where(Agency.eligible.is_(True))
    session = await ctx.session()
    total = await session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = await session.scalars(
        query.order_by(Agency.name, Agency.code).offset(params.offset).limit(params.limit)
    )
    return AgencyPage(total=total, agencies=[agency_view(row) for row in rows])


@route(
    "GET",
    "/agencies/{code}",
    ok=AgencyView,
    errors=(404,),
    summary="One agency by its 기관코드",
)
async def agency_by_code(ctx: MockContext) -> AgencyView:
    row = await (await ctx.session()).get(Agency, ctx.request.path_params["code"])
    if row is None:
        raise Gov24Error(404, Gov24ErrorCode.AGENCY_NOT_FOUND, field="code")
    return agency_view(row)
