"""Kotra's fields under `viewer` (the logged-in session)."""

from __future__ import annotations

import base64
from typing import Annotated

import strawberry

from gateway.context import Info
from gateway.errors import UserError
from gateway.resolvers import kotra as r
from gateway.schema.kotra.enums import KotraAffiliationMethod
from gateway.schema.kotra.records import KotraRecordViewerFields
from gateway.schema.kotra.types import (
    KotraCompany,
    KotraEmployee,
    KotraEmployeeConnection,
    KotraEmployeeEdge,
    KotraMember,
    KotraPageInfo,
)


def _cursor(member_id: int) -> str:
    return base64.urlsafe_b64encode(f"employee:{member_id}".encode()).decode()


def _after(cursor: str | None) -> str | None:
    if not cursor:
        return None
    try:
        value = base64.urlsafe_b64decode(cursor.encode()).decode().removeprefix("employee:")
    except ValueError:
        return None
    return value if value.isdigit() else None


@strawberry.type
class KotraViewerFields(KotraRecordViewerFields):
    """Mixed into `Viewer`."""

    @strawberry.field(
        description="My KOTRA — the logged-in KOTRA member; null without a member login."
    )
    async def kotra_member(self, info: Info) -> KotraMember | None:
        try:
            return KotraMember.of(await r.me(info))
        except UserError:
            return None

    @strawberry.field(
        description="기업정보 관리 — the company whose admin is logged in; null otherwise."
    )
    async def kotra_company(self, info: Info) -> KotraCompany | None:
        try:
            return KotraCompany.of_company(await r.own_company(info))
        except UserError:
            return None

    @strawberry.field(
        description="소속직원 관리 — the logged-in company's employees; null without a company "
        "admin login."
    )
    async def kotra_employees(
        self,
        info: Info,
        first: Annotated[int, strawberry.argument(description="Page size, 1–100.")] = 20,
        after: Annotated[str | None, strawberry.argument(description="`endCursor`.")] = None,
    ) -> KotraEmployeeConnection | None:
        try:
            page = await r.employees(info, max(1, min(first, 100)), _after(after))
        except UserError:
            return None
        edges = [
            KotraEmployeeEdge(
                cursor=_cursor(e.member_id),
                node=KotraEmployee(
                    member_id=e.member_id,
                    name=e.name,
                    login_id=e.login_id,
                    affiliation=KotraAffiliationMethod(e.affiliation) if e.affiliation else None,
                    affiliated_at=e.affiliated_at,
                ),
            )
            for e in page.employees
        ]
        return KotraEmployeeConnection(
            edges=edges,
            page_info=KotraPageInfo(
                has_next_page=page.has_next_page,
                end_cursor=edges[-1].cursor if edges else None,
            ),
            total_count=page.total,
        )
