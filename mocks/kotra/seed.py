"""The kotra mock's deterministic seed data (documented in the OpenAPI description).

홍길동's CI is the identity mock's CI of the same synthetic person, so a real-name verification
of 홍길동 at the identity mock finds this member (중복가입 확인, 아이디 찾기).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from sqlalchemy.ext.asyncio import AsyncSession

from mocks.framework import Clock
from mocks.framework.linking import ci_of
from mocks.framework.sealing import hash_secret, lookup_hash, seed_salt
from mocks.identity import people
from mocks.kotra.models import Company, LegacyAccount, Member
from mocks.kotra.records_seed import eds_records

SEED_PASSWORD: Final = "Kotra-pass-1234!"
"""Password of every seeded general member."""
EDS_NUMBER: Final = "6638501035"
EDS_COMPANY_PASSWORD: Final = "Eds-company-2023!"
EDS_APPROVAL_PASSWORD: Final = "347369"
KOTRA_NUMBER: Final = "1208200275"
"""In KOTRA's directory from the old system, not registered in the integrated membership."""
LEGACY_PASSWORD: Final = "Legacy-pass-01"
HONG_LOGIN_ID: Final = "kotra12345"
EDS_STAFF_LOGIN_ID: Final = "edsstaff01"


def _hash(secret: str, *salt: str) -> str:
    return hash_secret(secret, seed_salt("kotra", *salt))


def _companies() -> list[Company]:
    eds = Company(
        number=EDS_NUMBER,
        name="(주)한국이디에스",
        name_en="Korea Enterprise Data System Co.,Ltd.",
        representative="김형원",
        representative_en="kimhw",
        corporate_number="1101111611056",
        business_type="기타",
        business_item="소프트웨어 자문,개발,공급,자료 처리,인력 공급",
        company_type="법인",
        company_class="중소기업",
        trade_kind="기타",
        main_product="소프트웨어",
        phone="02-3473-6973",
        email="contact@eds.example.com",
        zip_code="06643",
        address="서울 서초구 서초중앙로 149-5",
        address_en="149-5 Seochojungang-ro, Seocho-gu, Seoul",
        login_password_hash=_hash(EDS_COMPANY_PASSWORD, EDS_NUMBER),
        approval_password_hash=_hash(EDS_APPROVAL_PASSWORD, EDS_NUMBER, "approval"),
    )
    kotra = Company(
        number=KOTRA_NUMBER,
        name="대한무역투자진흥공사",
        name_en="Korea Trade Investment Promotion Agency",
        representative="유정열",
        corporate_number="1146710004418",
        company_type="정부",
        trade_kind="기타",
        main_product="기타",
        phone="1600-7119",
        fax="02-3460-7744",
        email="parkyj@kotra.or.kr",
        homepage="www.kotra.or.kr",
        zip_code="137170",
        address="서울 서초구 헌릉로 13",
        address_en="13 Heolleung-ro, Seocho-gu, Seoul",
    )
    return [eds, kotra]


async def load_seed(session: AsyncSession, clock: Clock) -> None:
    """Load the default seed into an empty database."""
    now = clock.now()
    companies = _companies()
    for company in companies:
        company.registered_at = now - timedelta(days=400) if company.login_password_hash else None
    session.add_all(companies)
    await session.flush()
    session.add_all(eds_records(EDS_NUMBER, now))
    hong = people.HONG_GILDONG
    session.add_all(
        [
            Member(
                kind="general",
                login_id=HONG_LOGIN_ID,
                password_hash=_hash(SEED_PASSWORD, HONG_LOGIN_ID),
                name=hong.name,
                name_en="HONG GILDONG",
                birth_date=date(1980, 12, 10),
                mobile="01012345678",
                email="hong.gildong@example.com",
                ci_hash=lookup_hash(ci_of(hong.resident_number)),
                verification_method="phone",
                interests=["843820"],
                regions=["TR"],
                company_number=EDS_NUMBER,
                affiliation="certificate",
                affiliated_at=now - timedelta(days=400),
                joined_at=now - timedelta(days=400),
                last_login_at=now - timedelta(days=1),
                consented_at=now - timedelta(days=400),
            ),
            Member(
                kind="general",
                login_id=EDS_STAFF_LOGIN_ID,
                password_hash=_hash(SEED_PASSWORD, EDS_STAFF_LOGIN_ID),
                name="김형원",
                birth_date=date(1972, 4, 15),
                mobile="01034736973",
                email="kimhw@eds.example.com",
                ci_hash=lookup_hash(ci_of(people.KIM_HYEONGWON.resident_number)),
                verification_method="phone",
                company_number=EDS_NUMBER,
                affiliation="approval_password",
                affiliated_at=now - timedelta(days=200),
                joined_at=now - timedelta(days=300),
                last_login_at=now - timedelta(days=3),
                consented_at=now - timedelta(days=300),
            ),
        ]
    )
    session.add_all(
        [
            LegacyAccount(
                login_id=login_id,
                password_hash=_hash(LEGACY_PASSWORD, "legacy", login_id),
                name="윤하림",
                person_key="legacy-person-1",
                member_class=member_class,
                homepage="무역투자24",
                company_name=company,
                mobile="01055550000",
                email="harim.yoon@example.com",
                joined_on=joined,
            )
            for login_id, member_class, company, joined in (
                ("yoonharim", "기업 정회원", "대한무역투자진흥공사", date(2021, 4, 26)),
                ("yoonharim2", "개인회원", "", date(2019, 1, 7)),
            )
        ]
    )
