"""How members and sign-ups are shown: company block, services, MDM state, the 가입완료 table."""

from __future__ import annotations

from collections.abc import Sequence

from koreakit import brn
from mocks.work24.industries import industries
from mocks.work24.messages import (
    AGREE,
    MDM_PENDING_NOTICE,
    MEMBER_TYPES,
    MEMBERSHIP_SERVICES,
    RECEIVE,
    SERVICES,
    SERVICES_BY_TYPE,
)
from mocks.work24.models import Member, NtsLink, RegisteredCertificate
from mocks.work24.schemas import (
    CertificateView,
    Company,
    Consents,
    MdmState,
    MemberView,
    Service,
    SummaryRow,
)


def dashed_date(digits: str) -> str:
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}" if len(digits) == 8 else digits


def company_of_link(link: NtsLink) -> Company:
    """기업정보 as the form shows it: the NTS registry, with the NTS's industry if listed."""
    industry = industries().get(link.industry_code)
    return Company(
        business_number=link.business_number,
        company_name=link.company_name,
        zip_code=link.zip_code,
        address=link.address,
        representative_name=link.representative_name,
        opening_date=dashed_date(link.opening_date),
        business_phone=link.business_phone,
        industry_code=industry.code if industry else None,
        industry_name=industry.name if industry else None,
    )


def company_of_member(member: Member) -> Company:
    return Company(
        business_number=member.business_number,
        company_name=member.company_name,
        zip_code=member.zip_code,
        address=member.address,
        representative_name=member.representative_name,
        opening_date=dashed_date(member.opening_date),
        business_phone=member.business_phone,
        industry_code=member.industry_code,
        industry_name=member.industry_name,
    )


def services(kind: str, membership: bool) -> list[Service]:
    """What a member of ``kind`` may use; 펌케어 and 맞춤 services need 고용 멤버십."""
    return [
        Service(code=code, name=SERVICES[code])
        for code in SERVICES_BY_TYPE[kind]
        if membership or code not in MEMBERSHIP_SERVICES
    ]


def mdm_state(member: Member) -> MdmState:
    return MdmState(
        status="complete" if member.mdm_status == "complete" else "pending",
        attempts=member.mdm_attempts,
        completed_at=member.mdm_completed_at,
        message=MDM_PENDING_NOTICE if member.mdm_status != "complete" else None,
    )


def consents(member: Member) -> Consents:
    return Consents(
        sms_progress=member.sms_progress,
        sms_promotion=member.sms_promotion,
        email_news=member.email_news,
        e_notice_email=member.e_notice_email,
    )


def member_view(member: Member, certificates: Sequence[RegisteredCertificate]) -> MemberView:
    return MemberView(
        id=member.id,
        business_number=member.business_number,
        member_type="agency" if member.member_type == "agency" else "general",
        member_type_label=MEMBER_TYPES[member.member_type],
        company=company_of_member(member),
        contact_name=member.contact_name,
        contact_landline=member.contact_landline or None,
        contact_mobile=member.contact_mobile or None,
        contact_email=member.contact_email or None,
        consents=consents(member),
        employment_membership=member.employment_membership,
        services=services(member.member_type, member.employment_membership),
        joined_at=member.joined_at,
        signup_id=member.signup_id,
        mdm=mdm_state(member),
        certificates=[
            CertificateView(
                kind="fincert" if c.kind == "fincert" else "joint",
                label=c.label,
                registered_at=c.registered_at,
            )
            for c in certificates
        ],
    )


def _receive(flag: bool) -> str:
    return RECEIVE[0] if flag else RECEIVE[1]


def summary(member: Member) -> list[SummaryRow]:
    """The 가입 완료 table of seed §1.3.8, row by row, with the manual's labels."""
    address = member.address
    rows = [
        ("사업자등록번호", brn.format(member.business_number)),
        ("회사명", member.company_name),
        ("회사 주소", f"({member.zip_code}) {address}" if member.zip_code else address),
        ("회사 구분", MEMBER_TYPES[member.member_type]),
        ("대표자 성명", member.representative_name),
        ("개업일", dashed_date(member.opening_date)),
        ("업종", member.industry_name),
        ("사업장 일반전화", member.business_phone),
        ("담당자 성명", member.contact_name),
        ("담당자 일반전화", member.contact_landline),
        ("담당자 휴대전화", member.contact_mobile),
        ("담당자 이메일", member.contact_email),
        ("SMS/알림톡 수신여부 (민원처리연락)", _receive(member.sms_progress)),
        ("SMS/알림톡 수신여부 (홍보정보)", _receive(member.sms_promotion)),
        ("이메일 수신여부", _receive(member.email_news)),
        ("전자통지 서비스 수신여부", _receive(member.e_notice_email)),
        ("고용멤버십 이용 동의", AGREE[0] if member.employment_membership else AGREE[1]),
    ]
    return [SummaryRow(label=label, value=value) for label, value in rows]
