"""Types of a company's MY KOTRA records: 기업 신청 사업 내역, 마일리지 내역, 사명 변경신청."""

from __future__ import annotations

import enum
from datetime import datetime

import strawberry

from connectors.kotra import payloads as p
from gateway.schema.kotra.enums import KotraService
from gateway.schema.kotra.errors import KotraError
from gateway.schema.kotra.types import KotraPageInfo

_ERRORS = "Why it failed, if it did."


@strawberry.enum(description="진행상태 — the status of a service application.")
class KotraServiceApplicationStatus(enum.Enum):
    APPLIED = strawberry.enum_value("applied", description="신청완료 — applied.")
    IN_PROGRESS = strawberry.enum_value("in_progress", description="진행중 — in progress.")
    COMPLETED = strawberry.enum_value("completed", description="완료 — completed.")
    CANCELLED = strawberry.enum_value("cancelled", description="취소 — cancelled.")


@strawberry.enum(description="사명 변경신청 처리상태 — the status of a name change request.")
class KotraNameChangeStatus(enum.Enum):
    PENDING = strawberry.enum_value(
        "pending", description="접수 — pending KOTRA's review; the name is unchanged."
    )
    APPROVED = strawberry.enum_value("approved", description="승인 — approved and applied.")
    REJECTED = strawberry.enum_value("rejected", description="반려 — rejected.")


@strawberry.type(
    description="기업 신청 사업 내역 — a KOTRA service applied for in the company's name."
)
class KotraServiceApplication:
    service: KotraService = strawberry.field(description="The service (matrix row).")
    programme: str = strawberry.field(description="사업명 — the service or programme name.")
    applicant: str = strawberry.field(description="신청자 — the member who applied.")
    applied_at: datetime = strawberry.field(description="신청일 — when it was applied for.")
    status: KotraServiceApplicationStatus = strawberry.field(description="진행상태 — status.")

    @classmethod
    def of(cls, row: p.ServiceApplication) -> KotraServiceApplication:
        return cls(
            service=KotraService(row.service),
            programme=row.programme,
            applicant=row.applicant,
            applied_at=row.applied_at,
            status=KotraServiceApplicationStatus(row.status),
        )


@strawberry.type(description="An edge of `KotraServiceApplicationConnection`.")
class KotraServiceApplicationEdge:
    cursor: str = strawberry.field(description="Opaque cursor of this application.")
    node: KotraServiceApplication = strawberry.field(description="The application.")


@strawberry.type(description="기업 신청 사업 내역 — the company's applications, newest first.")
class KotraServiceApplicationConnection:
    edges: list[KotraServiceApplicationEdge] = strawberry.field(description="The page.")
    page_info: KotraPageInfo = strawberry.field(description="Paging.")
    total_count: int = strawberry.field(description="총 건수 — all applications.")


@strawberry.type(description="마일리지 내역 — one line of the company's service mileage ledger.")
class KotraMileageEntry:
    occurred_at: datetime = strawberry.field(description="일자 — date of the line.")
    description: str = strawberry.field(description="내역 — what earned or used the points.")
    earned: int = strawberry.field(description="적립 — points earned (0 when used).")
    used: int = strawberry.field(description="사용 — points used (0 when earned).")
    balance: int = strawberry.field(description="잔여 마일리지 — the balance after this line.")

    @classmethod
    def of(cls, row: p.MileageEntry) -> KotraMileageEntry:
        return cls(
            occurred_at=row.occurred_at,
            description=row.description,
            earned=row.earned,
            used=row.used,
            balance=row.balance,
        )


@strawberry.type(description="An edge of `KotraMileageConnection`.")
class KotraMileageEdge:
    cursor: str = strawberry.field(description="Opaque cursor of this line.")
    node: KotraMileageEntry = strawberry.field(description="The ledger line.")


@strawberry.type(description="마일리지 내역 — the company's mileage ledger, newest first.")
class KotraMileageConnection:
    edges: list[KotraMileageEdge] = strawberry.field(description="The page.")
    page_info: KotraPageInfo = strawberry.field(description="Paging.")
    total_count: int = strawberry.field(description="All ledger lines.")
    balance: int = strawberry.field(description="잔여 마일리지 — the company's current balance.")


@strawberry.type(description="사명 변경신청 — a request to change the company's name.")
class KotraNameChangeRequest:
    name: str = strawberry.field(description="변경할 기업명 — the requested Korean name.")
    name_en: str = strawberry.field(description="변경할 기업명(영문) — the requested English name.")
    reason: str = strawberry.field(description="변경사유 — the reason given.")
    status: KotraNameChangeStatus = strawberry.field(description="처리상태 — status.")
    requested_at: datetime = strawberry.field(description="신청일 — when it was filed.")
    decided_at: datetime | None = strawberry.field(description="처리일 — when KOTRA decided.")

    @classmethod
    def of(cls, row: p.NameChangeRequest) -> KotraNameChangeRequest:
        return cls(
            name=row.name,
            name_en=row.name_en,
            reason=row.reason,
            status=KotraNameChangeStatus(row.status),
            requested_at=row.requested_at,
            decided_at=row.decided_at,
        )


@strawberry.input(description="서비스 마일리지 사용 — points from the company's balance.")
class KotraMileageUseInput:
    points: int = strawberry.field(description="사용 마일리지 — points to use (1 or more).")
    description: str = strawberry.field(description="사용 내역 — what the points pay for.")


@strawberry.input(
    description="사명 변경신청 — the new Korean and English company name and the reason."
)
class KotraNameChangeRequestInput:
    name: str = strawberry.field(description="변경할 기업명 *.")
    name_en: str = strawberry.field(description="변경할 기업명(영문) *.")
    reason: str = strawberry.field(description="변경사유 *.")


@strawberry.type(description="Result of 서비스 마일리지 사용.")
class KotraMileageUsePayload:
    entry: KotraMileageEntry | None = strawberry.field(description="The ledger line written.")
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of 사명 변경신청.")
class KotraNameChangeRequestPayload:
    request: KotraNameChangeRequest | None = strawberry.field(
        description="The request, pending KOTRA's review."
    )
    errors: list[KotraError] = strawberry.field(description=_ERRORS)
