"""A company's MY KOTRA records through the gateway: 기업 신청 사업 내역 and 마일리지 내역 (the
company admin's view, as connections), 사명 변경신청 (the admin, after 기업인증) and 서비스
마일리지 사용 (a member whose class the matrix allows)."""

from __future__ import annotations

import base64
from typing import Annotated

import strawberry

from gateway.context import Info
from gateway.errors import UserError
from gateway.resolvers import kotra as r
from gateway.schema.kotra.record_types import (
    KotraMileageConnection,
    KotraMileageEdge,
    KotraMileageEntry,
    KotraMileageUseInput,
    KotraMileageUsePayload,
    KotraNameChangeRequest,
    KotraNameChangeRequestInput,
    KotraNameChangeRequestPayload,
    KotraServiceApplication,
    KotraServiceApplicationConnection,
    KotraServiceApplicationEdge,
)
from gateway.schema.kotra.shared import attempt
from gateway.schema.kotra.types import KotraPageInfo

_FIRST = Annotated[int, strawberry.argument(description="Page size, 1–100.")]
_AFTER = Annotated[str | None, strawberry.argument(description="`endCursor`.")]


def cursor(kind: str, row_id: int) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{row_id}".encode()).decode()


def uncursor(kind: str, value: str | None) -> str | None:
    """The row id in a cursor of ``kind``; None for no or a foreign cursor."""
    if not value:
        return None
    try:
        decoded = base64.urlsafe_b64decode(value.encode()).decode()
    except ValueError:
        return None
    prefix, _, row_id = decoded.partition(":")
    return row_id if prefix == kind and row_id.isdigit() else None


@strawberry.type
class KotraRecordViewerFields:
    """Mixed into `Viewer` through `KotraViewerFields`."""

    @strawberry.field(
        description="기업 신청 사업 내역 — KOTRA services applied for in the logged-in "
        "company's name (newest first); null without a company admin login."
    )
    async def kotra_company_service_history(
        self, info: Info, first: _FIRST = 20, after: _AFTER = None
    ) -> KotraServiceApplicationConnection | None:
        try:
            page = await r.service_history(
                info, max(1, min(first, 100)), uncursor("application", after)
            )
        except UserError:
            return None
        edges = [
            KotraServiceApplicationEdge(
                cursor=cursor("application", a.id), node=KotraServiceApplication.of(a)
            )
            for a in page.applications
        ]
        return KotraServiceApplicationConnection(
            edges=edges,
            page_info=KotraPageInfo(
                has_next_page=page.has_next_page,
                end_cursor=edges[-1].cursor if edges else None,
            ),
            total_count=page.total,
        )

    @strawberry.field(
        description="마일리지 내역 — the logged-in company's service mileage ledger (newest "
        "first) and balance; null without a company admin login."
    )
    async def kotra_company_mileage(
        self, info: Info, first: _FIRST = 20, after: _AFTER = None
    ) -> KotraMileageConnection | None:
        try:
            page = await r.mileage(info, max(1, min(first, 100)), uncursor("mileage", after))
        except UserError:
            return None
        edges = [
            KotraMileageEdge(cursor=cursor("mileage", e.id), node=KotraMileageEntry.of(e))
            for e in page.entries
        ]
        return KotraMileageConnection(
            edges=edges,
            page_info=KotraPageInfo(
                has_next_page=page.has_next_page,
                end_cursor=edges[-1].cursor if edges else None,
            ),
            total_count=page.total,
            balance=page.balance,
        )

    @strawberry.field(
        description="사명 변경신청 내역 — the logged-in company's name change requests with "
        "their status (newest first); null without a company admin login."
    )
    async def kotra_company_name_change_requests(
        self, info: Info
    ) -> list[KotraNameChangeRequest] | None:
        try:
            found = await r.name_change_requests(info)
        except UserError:
            return None
        return [KotraNameChangeRequest.of(row) for row in found.requests]


@strawberry.type
class KotraRecordMutations:
    """서비스 마일리지 사용 and 사명 변경신청."""

    @strawberry.mutation(
        description="서비스 마일리지 사용 — the logged-in member uses the company's mileage; "
        "only a member affiliated by the company's 범용인증서 may (the manual's matrix)."
    )
    async def kotra_mileage_use(
        self, info: Info, input: KotraMileageUseInput
    ) -> KotraMileageUsePayload | None:
        body = {"points": input.points, "description": input.description}
        entry, errors = await attempt(info, lambda: r.use_mileage(info, body))
        used = KotraMileageEntry.of(entry) if entry else None
        return KotraMileageUsePayload(entry=used, errors=errors)

    @strawberry.mutation(
        description="사명 변경신청 — the company admin, after 기업인증, asks KOTRA to change the "
        "company name (기업명 itself is not editable); recorded as pending, one at a time."
    )
    async def kotra_company_name_change_request(
        self, info: Info, input: KotraNameChangeRequestInput
    ) -> KotraNameChangeRequestPayload | None:
        body = {"name": input.name, "name_en": input.name_en, "reason": input.reason}
        request, errors = await attempt(info, lambda: r.request_name_change(info, body))
        asked = KotraNameChangeRequest.of(request) if request else None
        return KotraNameChangeRequestPayload(request=asked, errors=errors)
