"""Seed data of the company records (기업 신청 사업 내역, 마일리지 내역) and the records
``POST /__admin/seed`` accepts to add more."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mocks.framework import Clock
from mocks.kotra.models import Company, MileageEntry, ServiceApplication

EDS_HISTORY: Final = (
    # (days ago, service, programme, applicant, status)
    (120, "other_services", "2026 해외전시회 단체참가 지원사업", "홍길동", "completed"),
    (45, "seminar", "글로벌 디지털 수출 설명회", "김형원", "completed"),
    (10, "online_consultation", "해외시장 진출 온라인 상담", "홍길동", "in_progress"),
)
"""(주)한국이디에스's 기업 신청 사업 내역, oldest first."""
EDS_MILEAGE: Final = (
    # (days ago, description, earned, used)
    (110, "2026 해외전시회 단체참가 지원사업 참여 적립", 5000, 0),
    (40, "글로벌 디지털 수출 설명회 참여 적립", 2000, 0),
    (20, "해외시장조사 서비스 마일리지 사용", 0, 3000),
)
"""(주)한국이디에스's 마일리지 내역, oldest first: balance 4,000."""


def eds_records(number: str, now: datetime) -> list[ServiceApplication | MileageEntry]:
    """The seeded company's history and ledger, dated relative to the mock clock."""
    rows: list[ServiceApplication | MileageEntry] = [
        ServiceApplication(
            company_number=number,
            applicant=applicant,
            service=service,
            programme=programme,
            applied_at=now - timedelta(days=days),
            status=status,
        )
        for days, service, programme, applicant, status in EDS_HISTORY
    ]
    balance = 0
    for days, description, earned, used in EDS_MILEAGE:
        balance += earned - used
        rows.append(
            MileageEntry(
                company_number=number,
                occurred_at=now - timedelta(days=days),
                description=description,
                earned=earned,
                used=used,
                balance=balance,
            )
        )
    return rows


class SeedApplication(BaseModel):
    model_config = ConfigDict(extra="forbid")

    company_number: str = Field(pattern=r"^[0-9]{10}$")
    service: Literal["online_consultation", "seminar", "other_services"]
    programme: str = Field(min_length=1, max_length=200)
    applicant: str = Field(min_length=1, max_length=60)
    applied_at: datetime | None = Field(None, description="default: the mock clock's now")
    status: Literal["applied", "in_progress", "completed", "cancelled"] = "applied"


class SeedMileage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    company_number: str = Field(pattern=r"^[0-9]{10}$")
    description: str = Field(min_length=1, max_length=200)
    earned: int = Field(0, ge=0)
    used: int = Field(0, ge=0)
    occurred_at: datetime | None = Field(None, description="default: the mock clock's now")


class SeedRecords(BaseModel):
    """``POST /__admin/seed`` body: company records appended to registered companies."""

    model_config = ConfigDict(extra="forbid")

    service_history: list[SeedApplication] = Field(default_factory=list)
    mileage: list[SeedMileage] = Field(default_factory=list)


async def upsert(session: AsyncSession, clock: Clock, records: SeedRecords) -> Mapping[str, int]:
    """Append the records; an unknown company or a ledger going below zero is refused."""
    now = clock.now()
    numbers = {r.company_number for r in records.service_history} | {
        r.company_number for r in records.mileage
    }
    for number in sorted(numbers):
        if await session.get(Company, number) is None:
            raise ValueError(f"unknown company {number}")
    for application in records.service_history:
        session.add(
            ServiceApplication(
                **application.model_dump(exclude={"applied_at"}),
                applied_at=application.applied_at or now,
            )
        )
    for line in records.mileage:
        last = await session.scalar(
            select(MileageEntry.balance)
            .where(MileageEntry.company_number == line.company_number)
            .order_by(MileageEntry.id.desc())
            .limit(1)
        )
        balance = int(last or 0) + line.earned - line.used
        if balance < 0:
            raise ValueError(f"mileage of {line.company_number} would go below zero")
        session.add(
            MileageEntry(
                **line.model_dump(exclude={"occurred_at"}),
                occurred_at=line.occurred_at or now,
                balance=balance,
            )
        )
        await session.flush()
    return {"service_history": len(records.service_history), "mileage": len(records.mileage)}
