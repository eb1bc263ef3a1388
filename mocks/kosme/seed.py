"""The kosme mock's deterministic seed: one general member with one résumé.

JOHN SMITH (the identity mock's foreign representative, 외국인등록번호 750620-5123456, also
Digital OnePass ``johnsmith``) joined generally as ``johnsmith01`` / ``Test-pass-1234!``; his CI
and DI are the identity provider's (computed as it does), so his Digital OnePass login finds him.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Final

from sqlalchemy.ext.asyncio import AsyncSession

from mocks.framework import SEOUL, Clock
from mocks.framework.linking import ci_of, di_of
from mocks.framework.sealing import hash_secret, seal, seed_salt
from mocks.identity.people import JOHN_SMITH, SEED_PASSWORD
from mocks.kosme.models import Career, Education, Member, Resume

SEED_MEMBER_ID: Final = "mem_johnsmith01"
SEED_LOGIN_ID: Final = "johnsmith01"
SEED_RESUME_ID: Final = "res_johnsmith01_1"
_JOINED: Final = datetime(2025, 3, 2, 10, 0, tzinfo=SEOUL)


def _member() -> Member:
    number = JOHN_SMITH.resident_number
    return Member(
        id=SEED_MEMBER_ID,
        kind="general",
        name=JOHN_SMITH.name,
        login_id=SEED_LOGIN_ID,
        password_hash=hash_secret(SEED_PASSWORD, seed_salt("kosme", SEED_LOGIN_ID)),
        ci=ci_of(number),
        di=di_of(number, "kosme"),
        mobile="01090909026",
        email="john.smith@example.com",
        referral="internet",
        sns_message_notices=True,
        email_notices=False,
        address="경상남도 진주시 초북로 77 진주초정 오피스타운 더 이스턴파크 306동 602호",
        job_seeker_type="general",
        programme_type="large_sme",
        terms_agreed_at=_JOINED,
        created_at=_JOINED,
    )


def _resume() -> Resume:
    number = JOHN_SMITH.resident_number
    return Resume(
        id=SEED_RESUME_ID,
        member_id=SEED_MEMBER_ID,
        title="Overseas sales manager (해외영업)",
        name_en="JOHN SMITH",
        foreigner_number_sealed=seal(number),
        foreigner_number_masked=f"{number[:6]}-{number[6]}******",
        mobile="01090909026",
        email="john.smith@example.com",
        nationality="US",
        visa_type="E-7",
        visa_expires_on=date(2028, 6, 30),
        address="경상남도 진주시 초북로 77 진주초정 오피스타운 더 이스턴파크 306동 602호",
        job_seeker_type="general",
        programme_type="large_sme",
        unique_id_consent_at=_JOINED,
        real_name_checked_at=_JOINED,
        career_kind="experienced",
        created_at=_JOINED,
        updated_at=_JOINED,
    )


async def load_seed(session: AsyncSession, clock: Clock) -> None:
    """Load the default seed into an empty database."""
    session.add(_member())
    await session.flush()
    session.add(_resume())
    await session.flush()
    session.add_all(
        [
            Education(
                resume_id=SEED_RESUME_ID,
                position=0,
                kind="foreign",
                school_name="University of Texas at Austin",
                school_type="4년제",
                region="US",
                major="Business Administration",
                entered="2013-09",
                entry_status="admitted",
                graduated="2017-05",
                graduation_status="graduated",
                courses="International marketing; a capstone on Korean SME exports.",
                project_urls="https://example.com/capstone",
            ),
            Career(
                resume_id=SEED_RESUME_ID,
                company="(주)한국이디에스",
                industry="제조업",
                industry_detail="전자부품",
                region="경상남도",
                district="진주시",
                started="2021-03",
                current=True,
                department="해외영업팀",
                position="과장",
                duties="북미 거래처 관리, 수출 계약",
            ),
            Career(
                resume_id=SEED_RESUME_ID,
                company="Austin Trading LLC",
                industry="도소매업",
                region="해외",
                started="2017-07",
                ended="2020-12",
                department="Sales",
                position="Associate",
                duties="B2B sales to Asian buyers",
                leaving_reason="이직",
            ),
        ]
    )
