"""The hometax mock's deterministic seed data (listed in the OpenAPI description)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mocks.framework import SEOUL, Clock
from mocks.framework.sealing import hash_secret, lookup_hash, seed_salt
from mocks.hometax.messages import USER_TYPE
from mocks.hometax.models import DepartmentUser, Taxpayer
from mocks.hometax.records import DepartmentUserRecord, HometaxSeed, TaxpayerRecord

SEED_PASSWORD: Final = "Etax2024!ok"
"""Password of every seeded department user."""


def _t(number: str, company: str, representative: str, born: date) -> TaxpayerRecord:
    return TaxpayerRecord(
        business_number=number,
        company_name=company,
        representative_name=representative,
        representative_birth_date=born,
    )


TAXPAYERS: Final = (
    # the NTS mock's hand-made businesses, representatives born as the identity mock has them
    _t("2148602348", "(주)서울물류", "박지훈", date(1983, 6, 30)),
    _t("6638501035", "(주)한국이디에스", "김형원", date(1972, 4, 15)),
    _t("2208100016", "(주)한빛소프트웨어", "이서준", date(1985, 3, 21)),
    _t("1208200275", "대한무역투자진흥공사", "유정열", date(1965, 8, 27)),
    _t("3148704565", "대전정밀(주)", "최민서", date(1988, 8, 8)),
    _t("2110101116", "행복한김밥", "김영희", date(1978, 9, 5)),
    _t("1234503335", "청솔세무회계", "윤서연", date(1995, 2, 3)),
    _t("1312200228", "소망문구", "노지현", date(1970, 3, 3)),  # 폐업 at the NTS
)
"""Taxpayers: (주)서울물류 (2148602348) has no department user yet — the walkthrough's."""

DEPARTMENT_USERS: Final = (
    # the manual's management screen: Test / 김철수 / 1팀 / 대기 / 2018-07-01 12:00:00
    DepartmentUserRecord(
        user_id="hanbit_test",
        business_number="2208100016",
        name="김철수",
        password=SEED_PASSWORD,
        department="1팀",
        mobile="01012341234",
        phone="0212344567",
        email="test@email.com",
        status="pending",
        applied_at=datetime(2018, 7, 1, 12, 0, tzinfo=SEOUL),
    ),
    DepartmentUserRecord(
        user_id="EdsTax01",
        business_number="6638501035",
        name="이영희",
        password=SEED_PASSWORD,
        department="재무팀",
        mobile="01055556666",
        email="etax@koreaeds.example",
        status="active",
        applied_at=datetime(2024, 3, 4, 9, 30, tzinfo=SEOUL),
    ),
)
"""Department users: hanbit_test (대기) for 2208100016, EdsTax01 (사용) for 6638501035."""


async def load_seed(session: AsyncSession, clock: Clock) -> None:
    """Load the default seed into an empty database."""
    await upsert(
        session,
        clock,
        HometaxSeed(taxpayers=list(TAXPAYERS), department_users=list(DEPARTMENT_USERS)),
    )


async def upsert(session: AsyncSession, clock: Clock, seed: HometaxSeed) -> dict[str, int]:
    """Insert or update taxpayers by number and department users by user ID."""
    for record in seed.taxpayers:
        taxpayer = await session.get(Taxpayer, record.business_number)
        if taxpayer is None:
            taxpayer = Taxpayer(business_number=record.business_number)
            session.add(taxpayer)
        taxpayer.company_name = record.company_name
        taxpayer.representative_name = record.representative_name
        taxpayer.representative_birth_date = record.representative_birth_date
    await session.flush()
    for user in seed.department_users:
        await _upsert_user(session, user)
    return {"taxpayers": len(seed.taxpayers), "department_users": len(seed.department_users)}


async def _upsert_user(session: AsyncSession, record: DepartmentUserRecord) -> None:
    found = await session.scalar(
        select(DepartmentUser).where(DepartmentUser.user_id == record.user_id)
    )
    user = found or DepartmentUser(
        id=f"dpu_seed_{record.user_id}", user_id=record.user_id, user_type=USER_TYPE
    )
    salt = seed_salt("hometax", record.user_id, record.password)
    user.business_number, user.name = record.business_number, record.name
    user.applicant_di_hash = lookup_hash(f"seed:{record.user_id}")
    user.department, user.mobile, user.phone = record.department, record.mobile, record.phone
    user.email, user.status = record.email, record.status
    user.password_hash = hash_secret(record.password, salt)
    user.must_change_password = False
    user.temporary_password_expires_at = None
    user.applied_at = user.changed_at = record.applied_at
    if found is None:
        session.add(user)
    await session.flush()
