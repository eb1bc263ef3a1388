"""Types of a 고용24 (Work24) corporate member: company, contact, consents, services, the
MDM sync state and the member itself (a Relay node, refetched by 사업자등록번호)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import strawberry
from strawberry import relay

from connectors.work24 import Company, Industry, MdmState, Member
from gateway.schema.work24.enums import Work24CertificateKind, Work24MdmStatus, Work24MemberType
from koreakit import masking


@strawberry.type(description="업종 — an industry of Work24's industry search (업종 검색).")
class Work24Industry:
    code: str = strawberry.field(description="업종코드 — industry code.")
    name: str = strawberry.field(description="업종명 — industry name.")

    @classmethod
    def of(cls, industry: Industry) -> Work24Industry:
        return cls(code=industry.code, name=industry.name)


@strawberry.type(description="기업정보 — the company as the NTS registers it (read-only).")
class Work24Company:
    registration_number: str = strawberry.field(description="사업자등록번호, 10 digits.")
    company_name: str = strawberry.field(description="회사명 — trade name.")
    zip_code: str | None = strawberry.field(description="우편번호 — postal code.")
    address: str = strawberry.field(description="주소 — place of business.")
    representative_name: str = strawberry.field(description="대표자 성명 — representative.")
    opened_on: date = strawberry.field(description="개업일 — opening date (NTS).")
    business_phone: str | None = strawberry.field(description="사업장 일반전화 — business phone.")
    industry: Work24Industry | None = strawberry.field(
        description="업종 — industry (chosen by search; the NTS's when it is on the list)."
    )

    @classmethod
    def of(cls, company: Company) -> Work24Company:
        return cls(
            registration_number=company.business_number,
            company_name=company.company_name,
            zip_code=company.zip_code or None,
            address=company.address,
            representative_name=company.representative_name,
            opened_on=date.fromisoformat(company.opening_date),
            business_phone=company.business_phone or None,
            industry=Work24Industry.of(company.industry) if company.industry else None,
        )


@strawberry.type(
    description=(
        "MDM 고객정보 — the member's customer master record at 일자리플랫폼: created as a "
        "separate step after sign-up, retried by Work24 until it exists. Subscribe to "
        "`flowUpdated(id: flowId)` to see it turn `COMPLETE`."
    )
)
class Work24MdmSync:
    status: Work24MdmStatus = strawberry.field(description="Pending or complete.")
    attempts: int = strawberry.field(description="Attempts Work24 has made so far.")
    completed_at: datetime | None = strawberry.field(description="When the record was created.")
    message: str | None = strawberry.field(
        description="While pending, the manual's notice (`[기업회원 가입] 요청이 완료되었으나 …`)."
    )
    flow_id: strawberry.ID | None = strawberry.field(
        description="The sign-up's `id`: the `flowUpdated` stream the sync is published on."
    )

    @classmethod
    def of(cls, state: MdmState, flow_id: str | None) -> Work24MdmSync:
        return cls(
            status=Work24MdmStatus(state.status),
            attempts=state.attempts,
            completed_at=state.completed_at,
            message=state.message,
            flow_id=strawberry.ID(flow_id) if flow_id else None,
        )


@strawberry.type(description="기업 대표 담당자 — the contact person (numbers partly hidden).")
class Work24Contact:
    name: str = strawberry.field(description="담당자 성명.")
    landline: str | None = strawberry.field(description="담당자 일반전화.")
    mobile_masked: str | None = strawberry.field(
        description="담당자 휴대전화, last four digits hidden: `010-1234-****`."
    )
    email_masked: str | None = strawberry.field(description="담당자 이메일, local part hidden.")


@strawberry.type(description="수신 동의 — the contact person's four notice consents.")
class Work24Consents:
    sms_civil_affairs: bool = strawberry.field(
        description="SMS/알림톡 수신여부 - 민원처리현황 정보 제공 (수신함 = true)."
    )
    sms_promotions: bool = strawberry.field(description="SMS/알림톡 수신여부 - 홍보정보 제공.")
    email_news: bool = strawberry.field(description="이메일 수신여부 — news by e-mail.")
    electronic_notice_email: bool = strawberry.field(
        description="전자통지 서비스 이메일 수신여부 — electronic notices by e-mail."
    )


@strawberry.type(description="이용 가능 업무 — a service the member (or login) may use.")
class Work24Service:
    code: str = strawberry.field(description="Stable code (`employment_insurance` …).")
    name: str = strawberry.field(description="업무명 — the service's Korean name.")


@strawberry.type(description="등록된 인증서 — a certificate the member logs in with.")
class Work24RegisteredCertificate:
    kind: Work24CertificateKind = strawberry.field(description="공동인증서 or 금융인증서.")
    label: str = strawberry.field(description="CA, kind, holder and serial, for display.")
    registered_at: datetime = strawberry.field(description="등록일시.")


@strawberry.type(description="고용24 기업회원 — a Work24 corporate member.")
class Work24CorporateMember(relay.Node):
    number: relay.NodeID[str]
    registration_number: str = strawberry.field(description="사업자등록번호, 10 digits.")
    member_type: Work24MemberType = strawberry.field(description="회사 구분 — member type.")
    member_type_label: str = strawberry.field(
        description="`일반사업자` or `고용보험 사무대행기관`."
    )
    company: Work24Company = strawberry.field(description="기업정보.")
    contact: Work24Contact = strawberry.field(description="담당자 정보.")
    consents: Work24Consents = strawberry.field(description="수신 동의.")
    employment_membership: bool = strawberry.field(
        description="고용 멤버십 이용 동의 — needed for 펌케어 and other tailored services."
    )
    services: list[Work24Service] = strawberry.field(
        description="이용 가능 업무 — what the member may use (펌케어 needs 고용 멤버십)."
    )
    joined_at: datetime = strawberry.field(description="가입일시 — when it joined.")
    mdm_sync: Work24MdmSync = strawberry.field(description="MDM 고객정보 연동 상태.")
    certificates: list[Work24RegisteredCertificate] = strawberry.field(
        description="등록된 인증서 — the certificates it logs in with."
    )

    @classmethod
    def of(cls, member: Member) -> Work24CorporateMember:
        contact = member.contact
        return cls(
            number=member.business_number,
            registration_number=member.business_number,
            member_type=Work24MemberType(member.member_type),
            member_type_label=member.member_type_label,
            company=Work24Company.of(member.company),
            contact=Work24Contact(
                name=contact.name,
                landline=contact.landline,
                mobile_masked=masking.mask_phone(contact.mobile) if contact.mobile else None,
                email_masked=masking.mask_email(contact.email) if contact.email else None,
            ),
            consents=Work24Consents(
                sms_civil_affairs=member.consents.sms_progress,
                sms_promotions=member.consents.sms_promotion,
                email_news=member.consents.email_news,
                electronic_notice_email=member.consents.e_notice_email,
            ),
            employment_membership=member.employment_membership,
            services=[Work24Service(code=s.code, name=s.name) for s in member.services],
            joined_at=member.joined_at,
            mdm_sync=Work24MdmSync.of(member.mdm, member.signup_id),
            certificates=[
                Work24RegisteredCertificate(
                    kind=Work24CertificateKind(c.kind), label=c.label, registered_at=c.registered_at
                )
                for c in member.certificates
            ],
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]  # one signature serves every overload
        cls, *, info: strawberry.Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Work24CorporateMember | None]:
        """Refetch by global id: the member of that 사업자등록번호, or null."""
        loader = info.context.loaders.work24_member_by_number
        found = await loader.load_many(list(node_ids))
        return [cls.of(m) if isinstance(m, Member) else None for m in found]

    @classmethod
    def resolve_id(cls, root: Any, *, info: strawberry.Info) -> str:
        number: str = root.number
        return number
