"""Deterministic seed of the NTS mock, and the admin upsert of business records.

Constants name seeded numbers by category so tests elsewhere can use them. Every number passes
the check digit. Seeded rows are dated 30 days before the clock's now at seeding time, so
another mock's "NTS data is linked overnight" rule treats them as long linked; an admin upsert
dates its rows now.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Final

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mocks.framework import Clock
from mocks.nts.generated import generate_businesses
from mocks.nts.handmade import HANDMADE
from mocks.nts.models import Business
from mocks.nts.records import BusinessRecord, NtsSeed
from mocks.nts.rules import status_response
from mocks.nts.schemas import StatusResponse

CONTINUING_EXAMPLE: Final = "1208200275"  # 대한무역투자진흥공사 (KOTRA), 82 비영리법인, 계속
KOREA_EDS_EXAMPLE: Final = "6638501035"  # (주)한국이디에스, 대표 김형원, 계속
CORPORATION_EXAMPLE: Final = "2208100016"  # (주)한빛소프트웨어, 81 영리법인 본점
SOLE_PROPRIETOR_EXAMPLE: Final = "1234503335"  # 청솔세무회계, 개인 일반과세자
SIMPLIFIED_TAX_EXAMPLE: Final = "2110101116"  # 행복한김밥, 간이과세자 (was 일반)
INVOICE_SIMPLIFIED_EXAMPLE: Final = "1070202225"  # 정원꽃집, 07 간이(세금계산서 발급)
TAX_EXEMPT_EXAMPLE: Final = "2159006664"  # 미소치과의원, 90 개인 면세사업자
NON_PROFIT_EXAMPLE: Final = "1108209997"  # (사)한국전통문화협회, tax type 05
FOREIGN_REPRESENTATIVE_EXAMPLE: Final = "1058410026"  # 84 외국법인; p_nm JOHN SMITH, p_nm2 존스미스
SUSPENDED_EXAMPLE: Final = "2018610046"  # (주)동해수산, 02 휴업자
CLOSED_EXAMPLE: Final = "1312200228"  # 소망문구, 03 폐업자 since 20231231
CLOSED_CORPORATION_EXAMPLE: Final = "6178100336"  # (주)태평양건설, 폐업 20220630
UNREGISTERED_VALID_EXAMPLE: Final = "9999900776"  # valid check digit, never seeded
INVALID_CHECKSUM_EXAMPLE: Final = "1208200274"  # KOTRA's number with a wrong check digit

GENERATED: Final[tuple[BusinessRecord, ...]] = generate_businesses(
    count=300, exclude={r.b_no for r in HANDMADE} | {UNREGISTERED_VALID_EXAMPLE}
)
GENERATED_NUMBERS: Final[tuple[str, ...]] = tuple(r.b_no for r in GENERATED)
"""300 generated businesses (mostly 계속사업자), for benchmarks that need 100 known numbers."""

SEED: Final[tuple[BusinessRecord, ...]] = HANDMADE + GENERATED
SEEDED_NUMBERS: Final[tuple[str, ...]] = tuple(r.b_no for r in SEED)
NUMBERS_BY_STATUS: Final[Mapping[str, tuple[str, ...]]] = {
    code: tuple(r.b_no for r in SEED if r.b_stt_cd == code) for code in ("01", "02", "03")
}
"""Seeded numbers by b_stt_cd: "01" 계속사업자, "02" 휴업자, "03" 폐업자."""
HANDMADE_BY_STATUS: Final[Mapping[str, tuple[str, ...]]] = {
    code: tuple(r.b_no for r in HANDMADE if r.b_stt_cd == code) for code in ("01", "02", "03")
}

SEED_AGE: Final = timedelta(days=30)


def seeded_status(numbers: Sequence[str]) -> StatusResponse:
    """What ``POST /status`` answers for ``numbers`` on the default seed, built without a
    database: the canned answer of an in-process transport (benchmarks, tests)."""
    records = {record.b_no: record for record in SEED}
    found = {n: Business(**records[n].model_dump()) for n in numbers if n in records}
    return status_response(numbers, found)


async def load_seed(session: AsyncSession, clock: Clock) -> None:
    """Insert the default seed into empty tables."""
    updated_at = clock.now() - SEED_AGE
    session.add_all(Business(**r.model_dump(), updated_at=updated_at) for r in SEED)


async def upsert_businesses(session: AsyncSession, clock: Clock, seed: NtsSeed) -> dict[str, int]:
    """Insert new numbers, update known ones with the fields given; all dated ``clock.now()``.

    Raises:
        ValueError: a new number without ``b_nm``, ``p_nm`` or ``start_dt``.
    """
    numbers = [r.b_no for r in seed.businesses]
    found = await session.scalars(select(Business).where(Business.b_no.in_(numbers)))
    existing = {business.b_no: business for business in found}
    now = clock.now()
    for record in seed.businesses:
        business = existing.get(record.b_no)
        if business is None:
            missing = [f for f in ("b_nm", "p_nm", "start_dt") if not getattr(record, f)]
            if missing:
                raise ValueError(f"new business {record.b_no} needs {', '.join(missing)}")
            business = existing[record.b_no] = Business(**record.model_dump(), updated_at=now)
            session.add(business)
            continue
        for name in record.model_fields_set - {"b_no"}:
            setattr(business, name, getattr(record, name))
        business.updated_at = now
    return {"businesses": len(seed.businesses)}
