"""The work24 mock's deterministic seed data: two members and no certificate registered.

* 대한무역투자진흥공사 (120-82-00275), 일반사업자, MDM record complete;
* 청솔세무회계 (123-45-03335), 고용보험 사무대행기관, MDM record complete.

Their company details are the NTS mock's seed records. Neither has a certificate registered,
so their first login answers 등록된 인증서 정보가 없습니다 until `인증서 등록`. Every other NTS
seed business can sign up.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from mocks.framework import Clock
from mocks.work24.models import MdmCustomer, Member

SEED_AGE = timedelta(days=10)

_MEMBERS: tuple[dict[str, Any], ...] = (
    {
        "id": "w24m_seed_kotra",
        "business_number": "1208200275",
        "member_type": "general",
        "company_name": "대한무역투자진흥공사",
        "zip_code": "06792",
        "address": "서울 서초구 헌릉로 13",
        "representative_name": "유정열",
        "opening_date": "19620621",
        "business_phone": "1600-7119",
        "industry_code": "751200",
        "industry_name": "무역 진흥 및 투자 유치 지원 서비스업",
        "contact_name": "김담당",
        "contact_landline": "02-3460-7114",
        "contact_mobile": "010-2000-0275",
        "contact_email": "hr@kotra.example",
        "sms_progress": True,
        "sms_promotion": False,
        "email_news": False,
        "e_notice_email": True,
        "employment_membership": True,
    },
    {
        "id": "w24m_seed_cheongsol",
        "business_number": "1234503335",
        "member_type": "agency",
        "company_name": "청솔세무회계",
        "zip_code": "",
        "address": "경기 수원시 팔달구 효원로 1",
        "representative_name": "윤서연",
        "opening_date": "20120102",
        "business_phone": "",
        "industry_code": "741201",
        "industry_name": "세무 관련 서비스업",
        "contact_name": "윤서연",
        "contact_landline": "031-228-3335",
        "contact_mobile": "",
        "contact_email": "",
        "sms_progress": False,
        "sms_promotion": False,
        "email_news": False,
        "e_notice_email": False,
        "employment_membership": False,
    },
)


async def load_seed(session: AsyncSession, clock: Clock) -> None:
    """Load the default seed into an empty database."""
    joined = clock.now() - SEED_AGE
    for fields in _MEMBERS:
        member = Member(
            **fields,
            signup_id=None,
            joined_at=joined,
            mdm_status="complete",
            mdm_attempts=1,
            mdm_completed_at=joined,
        )
        session.add(member)
        session.add(
            MdmCustomer(
                id=f"mdm_seed_{fields['business_number']}",
                member_id=member.id,
                business_number=member.business_number,
                company_name=member.company_name,
                created_at=joined,
            )
        )
