"""Root fields of KOTRA 무역투자24, merged into the one graph's Query and Mutation."""

from __future__ import annotations

import base64
from collections.abc import Awaitable
from typing import Annotated, TypeVar

import strawberry

from gateway.context import Info
from gateway.errors import UserError
from gateway.resolvers import kotra as r
from gateway.schema.kotra.company_mutations import KotraCompanyMutations
from gateway.schema.kotra.member_mutations import KotraMemberMutations
from gateway.schema.kotra.records import KotraRecordMutations
from gateway.schema.kotra.types import (
    KotraCompanyRegistration,
    KotraCompanySummary,
    KotraCountry,
    KotraHsCode,
    KotraHsCodeConnection,
    KotraHsCodeEdge,
    KotraPageInfo,
    KotraSignup,
)
from gateway.schema.scalars import BusinessNumber

T = TypeVar("T")


def _cursor(code: str) -> str:
    return base64.urlsafe_b64encode(f"hs:{code}".encode()).decode()


def _uncursor(cursor: str | None) -> str | None:
    if not cursor:
        return None
    try:
        return base64.urlsafe_b64decode(cursor.encode()).decode().removeprefix("hs:")
    except ValueError:
        return None


@strawberry.type
class KotraQueries:
    """Kotra's root query fields."""

    @strawberry.field(
        description="HS Code 검색 — HS2022 codes (2, 4, 6 digits) by code prefix or by English "
        "or Korean name, a page at a time."
    )
    async def kotra_hs_codes(
        self,
        info: Info,
        search: Annotated[str, strawberry.argument(description="HS CODE or 검색어.")] = "",
        first: Annotated[int, strawberry.argument(description="Page size, 1–100.")] = 20,
        after: Annotated[str | None, strawberry.argument(description="`endCursor`.")] = None,
    ) -> KotraHsCodeConnection:
        page = await r.hs_codes(info, search, max(1, min(first, 100)), _uncursor(after))
        edges = [
            KotraHsCodeEdge(
                cursor=_cursor(item.code),
                node=KotraHsCode(
                    code=item.code,
                    level=item.level,
                    section=item.section,
                    parent=item.parent,
                    name_en=item.name_en,
                    name_ko=item.name_ko or None,
                ),
            )
            for item in page.items
        ]
        return KotraHsCodeConnection(
            edges=edges,
            page_info=KotraPageInfo(
                has_next_page=page.has_next_page,
                end_cursor=edges[-1].cursor if edges else None,
            ),
            total_count=page.total,
        )

    @strawberry.field(
        description="일반회원 가입 in progress, by its `id` (how a client resumes); null when "
        "unknown, finished or expired."
    )
    async def kotra_signup(
        self, info: Info, id: Annotated[strawberry.ID, strawberry.argument(description="`id`.")]
    ) -> KotraSignup | None:
        flow = await _quiet(r.signup(info, str(id)))
        return KotraSignup.of(flow) if flow else None

    @strawberry.field(
        description="기업정보 등록 in progress, by its `id` (the logged-in member's own); null "
        "when unknown, finished or expired, or without a member login."
    )
    async def kotra_company_registration(
        self, info: Info, id: Annotated[strawberry.ID, strawberry.argument(description="`id`.")]
    ) -> KotraCompanyRegistration | None:
        flow = await _quiet(r.registration(info, str(id)))
        return KotraCompanyRegistration.of(flow) if flow else None

    @strawberry.field(description="관심지역 — the countries KOTRA lists for interests.")
    async def kotra_countries(self, info: Info) -> list[KotraCountry]:
        found = await r.countries(info)
        return [
            KotraCountry(code=c.code, name_ko=c.name_ko, name_en=c.name_en) for c in found.countries
        ]

    @strawberry.field(
        description="소속기업 조회 — a registered company by number (name, representative, "
        "Korean and English address, phone, fax filled in); null when none is registered."
    )
    async def kotra_company(
        self,
        info: Info,
        business_number: Annotated[
            BusinessNumber, strawberry.argument(description="사업자등록번호.")
        ],
    ) -> KotraCompanySummary | None:
        found = await r.company_lookup(info, str(business_number))
        return KotraCompanySummary.of(found) if found else None


@strawberry.type
class KotraMutations(KotraMemberMutations, KotraCompanyMutations, KotraRecordMutations):
    """Kotra's mutations (``kotra…``)."""


async def _quiet(awaited: Awaitable[T | None]) -> T | None:
    """A read that a user error (no login, not found) leaves empty."""
    try:
        return await awaited
    except UserError:
        return None
