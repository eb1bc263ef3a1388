"""The gov24 mock's deterministic seed: 수요기관 and addresses from ``data/``, and four usage
approvals dated relative to the mock clock (see the agency description)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any, Final

from sqlalchemy.ext.asyncio import AsyncSession

from koreakit import rrn
from mocks.framework import Clock
from mocks.gov24 import membership
from mocks.gov24.errors import Gov24Error
from mocks.gov24.granting import grant
from mocks.gov24.messages import APPROVAL_VALIDITY_YEARS
from mocks.gov24.models import Address, Agency
from mocks.gov24.records import ApprovalRequest, Gov24Seed, GuardianRequest, MemberRequest

DATA: Final = Path(__file__).parent / "data"


def _rrn(first12: str) -> str:
    return first12 + str(rrn.check_digit(first12))


HONG_GILDONG_NUMBER: Final = _rrn("801210123456")
"""The identity mock's 홍길동 (KOTRA manual's example)."""
KIM_YOUNGHEE_NUMBER: Final = _rrn("780905212345")
LEE_SEOJUN_NUMBER: Final = _rrn("850321154321")
KIM_HANEUL_NUMBER: Final = _rrn("120315412345")
"""A minor (born 2012), with 김영희 as legal representative."""
TOKEN_SERIAL: Final = "GOV-TKN-0001"
HONG_USER_ID: Final = "hong1210"
HONG_PASSWORD: Final = "Gov24-hong!1210"
"""홍길동's 정부24 회원 ID and password (test data, documented in the OpenAPI description)."""


@cache
def _json(name: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return rows


def seed_approvals(clock: Clock) -> list[ApprovalRequest]:
    now = clock.now()
    two_years = timedelta(days=365 * 2)
    return [
        ApprovalRequest(
            name="홍길동",
            resident_number=HONG_GILDONG_NUMBER,
            method="mobile",
            phone="010-1234-5678",
            approved_at=now - timedelta(days=100),
        ),
        ApprovalRequest(
            name="김영희",
            resident_number=KIM_YOUNGHEE_NUMBER,
            id_document="driver_license",
            office="대구광역시 중구 동인동 행정복지센터",
            method="landline",
            phone="02-2100-1234",
            approved_at=now - two_years + timedelta(days=10),
        ),
        ApprovalRequest(
            name="이서준",
            resident_number=LEE_SEOJUN_NUMBER,
            id_document="passport",
            method="security_token",
            token_serial=TOKEN_SERIAL,
            approved_at=now - two_years - timedelta(days=5),
        ),
        ApprovalRequest(
            name="김하늘",
            resident_number=KIM_HANEUL_NUMBER,
            method="mobile",
            phone="010-5555-0001",
            guardian=GuardianRequest(
                role="legal_representative",
                name="김영희",
                resident_number=KIM_YOUNGHEE_NUMBER,
                id_document="driver_license",
                document="가족관계증명서",
                consent_signed=True,
            ),
            approved_at=now - timedelta(days=30),
        ),
    ]


def seed_members() -> list[MemberRequest]:
    return [
        MemberRequest(
            user_id=HONG_USER_ID,
            password=HONG_PASSWORD,
            name="홍길동",
            resident_number=HONG_GILDONG_NUMBER,
        )
    ]


async def load_seed(session: AsyncSession, clock: Clock) -> None:
    """Load the default seed into an empty database."""
    session.add_all(Agency(**row) for row in _json("agencies.json"))
    session.add_all(Address(**row) for row in _json("addresses.json"))
    await session.flush()
    seed = Gov24Seed(approvals=seed_approvals(clock), members=seed_members())
    await upsert_approvals(session, clock, seed)


async def upsert_approvals(session: AsyncSession, clock: Clock, payload: Any) -> Mapping[str, int]:
    """Record the approvals and members of ``POST /__admin/seed`` (a refused one refuses the
    whole body)."""
    seed = Gov24Seed.model_validate(payload)
    try:
        for request in seed.approvals:
            await grant(session, request, clock.now(), APPROVAL_VALIDITY_YEARS)
        for member in seed.members:
            await membership.record(session, member, clock.now())
    except Gov24Error as refusal:
        raise ValueError(f"{refusal.code}: {refusal.body().message_en}") from None
    return {"approvals": len(seed.approvals), "members": len(seed.members)}
