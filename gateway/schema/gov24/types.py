"""Types of Gov24 (정부24) 전자본인서명확인서: the usage approval, the issuance flow, the stored
confirmation with its slip, and what a receiving agency sees."""

from __future__ import annotations

import base64
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import strawberry
from strawberry import relay

from connectors.gov24 import Agency as AgencyRecord
from connectors.gov24 import AgencyLookup, Confirmation, Draft, LoginState, UsageApproval
from gateway.context import Info
from gateway.schema.gov24.enums import (
    Gov24AgencyCategory,
    Gov24ApprovalStatus,
    Gov24Capacity,
    Gov24GuardianRole,
    Gov24IdDocument,
    Gov24IdentityCheckMethod,
    Gov24IssuanceStep,
    Gov24LookupOutcome,
)
from gateway.services.gov24 import Flow


@strawberry.type(description="법정대리인 or 한정후견인 recorded with the usage approval.")
class Gov24Guardian:
    role: Gov24GuardianRole = strawberry.field(description="법정대리인 or 한정후견인.")
    name: str = strawberry.field(description="성명.")
    resident_number_masked: str = strawberry.field(description="주민등록번호, masked.")
    id_document: Gov24IdDocument | None = strawberry.field(
        description="법정대리인·한정후견인의 신분증 presented at the office."
    )
    document: str = strawberry.field(description="증명서류 submitted (가족관계증명서 …).")
    consent_signed: bool = strawberry.field(description="신청서의 동의란 작성 날인.")


@strawberry.type(
    description=(
        "발급시스템 이용 승인 — the prior approval, granted in person at an 읍·면·동 or 출장소, "
        "valid 2 years and renewable only in the 30 days before it expires."
    )
)
class Gov24UsageApproval:
    id: strawberry.ID = strawberry.field(description="The approval's id (for renewal).")
    name: str = strawberry.field(description="성명.")
    resident_number_masked: str = strawberry.field(description="주민등록번호: `801210-1******`.")
    id_document: Gov24IdDocument = strawberry.field(description="신분증 checked at the office.")
    office: str = strawberry.field(description="승인 기관 — the 읍·면·동 or 출장소.")
    identity_check_method: Gov24IdentityCheckMethod = strawberry.field(
        description="온라인 신원확인 방식 chosen for issuance."
    )
    phone_masked: str | None = strawberry.field(description="The phone for the phone methods.")
    token_serial: str | None = strawberry.field(description="보안토큰 일련번호.")
    capacity: Gov24Capacity = strawberry.field(description="성년, 미성년자 or 피한정후견인.")
    guardian: Gov24Guardian | None = strawberry.field(description="The consenting guardian.")
    approved_at: datetime = strawberry.field(description="승인일시.")
    expires_at: datetime = strawberry.field(description="유효기간 만료일시.")
    renewed_at: datetime | None = strawberry.field(description="Last 갱신.")
    status: Gov24ApprovalStatus = strawberry.field(description="Valid or expired.")
    renewable_from: datetime = strawberry.field(description="Renewal opens (30 days before).")
    renewable: bool = strawberry.field(description="Whether `gov24UsageApprovalRenew` may run.")

    @classmethod
    def of(cls, record: UsageApproval) -> Gov24UsageApproval:
        guardian = None
        if record.guardian is not None:
            g = record.guardian
            guardian = Gov24Guardian(
                role=Gov24GuardianRole(g.role),
                name=g.name,
                resident_number_masked=g.number_masked,
                id_document=Gov24IdDocument(g.id_document) if g.id_document else None,
                document=g.document,
                consent_signed=g.consent_signed,
            )
        return cls(
            id=strawberry.ID(record.id),
            name=record.name,
            resident_number_masked=record.number_masked,
            id_document=Gov24IdDocument(record.id_document),
            office=record.office,
            identity_check_method=Gov24IdentityCheckMethod(record.method),
            phone_masked=record.phone_masked,
            token_serial=record.token_serial,
            capacity=Gov24Capacity(record.capacity),
            guardian=guardian,
            approved_at=record.approved_at,
            expires_at=record.expires_at,
            renewed_at=record.renewed_at,
            status=Gov24ApprovalStatus(record.status),
            renewable_from=record.renewable_from,
            renewable=record.renewable,
        )


@strawberry.type(description="수요기관 — an agency a confirmation may be submitted to.")
class Gov24Agency:
    code: str = strawberry.field(description="기관코드 (the mock's codes are synthetic).")
    name: str = strawberry.field(description="기관명.")
    category: Gov24AgencyCategory = strawberry.field(description="구분.")
    category_label: str = strawberry.field(description="구분, in Korean.")
    eligible: bool = strawberry.field(description="Whether confirmations may be submitted to it.")

    @classmethod
    def of(cls, record: AgencyRecord) -> Gov24Agency:
        return cls(
            code=record.code,
            name=record.name,
            category=Gov24AgencyCategory(record.category),
            category_label=record.category_label,
            eligible=record.eligible,
        )


@strawberry.type(description="주민등록 주소지 — an address from the resident-address search.")
class Gov24Address:
    id: strawberry.ID = strawberry.field(description="Give it as `addressId` in the form.")
    road_address: str = strawberry.field(description="도로명주소.")
    jibun_address: str = strawberry.field(description="지번주소.")
    postal_code: str = strawberry.field(description="우편번호 (5 digits).")


@strawberry.type(description="수요기관 확인 내역 — one look-up by a receiving agency.")
class Gov24AgencyLookup:
    agency_code: str = strawberry.field(description="기관코드 of the agency that looked.")
    agency_name: str = strawberry.field(description="기관명.")
    outcome: Gov24LookupOutcome = strawberry.field(description="Viewed, or refused and why.")
    at: datetime = strawberry.field(description="When.")

    @classmethod
    def of(cls, record: AgencyLookup) -> Gov24AgencyLookup:
        return cls(
            agency_code=record.agency_code,
            agency_name=record.agency_name,
            outcome=Gov24LookupOutcome(record.outcome),
            at=record.at,
        )


@strawberry.type(
    description=(
        "발급증 — the issuance slip: 발급번호, 발급일시, 성명, 용도, 제출기관, 위임받은 "
        "사람. It only says a confirmation was issued and has no legal force itself."
    )
)
class Gov24IssuanceSlip:
    issuance_number: str = strawberry.field(description="발급번호.")
    issued_at: datetime = strawberry.field(description="발급일시.")
    name: str = strawberry.field(description="성명.")
    purpose: str = strawberry.field(description="용도.")
    submission_agency: str = strawberry.field(description="제출기관.")
    delegate: str = strawberry.field(description="위임받은 사람.")
    notice: str = strawberry.field(description="발급증은 … 법적 효력 없음.")
    file_name: str = strawberry.field(description="Name to save the PDF under.")
    token: strawberry.Private[str]

    @strawberry.field(description="발급증 출력 — the slip as a PDF file, base64.")
    async def pdf_base64(self, info: Info) -> str:
        # imported here: the resolvers module imports these types
        from gateway.resolvers import gov24 as resolvers

        pdf = await resolvers.resolve_slip_pdf(info, self.token, self.issuance_number)
        return base64.b64encode(pdf).decode("ascii")


@strawberry.type(
    description=(
        "전자본인서명확인서 — an electronic personal-signature confirmation as stored in the "
        "발급시스템: the content the applicant signed, where it may be submitted, and every "
        "receiving agency's look-up. Use it only for the purpose written in it."
    )
)
class Gov24SignatureConfirmation(relay.Node):
    number: relay.NodeID[str]
    issued_at: datetime = strawberry.field(description="발급일시.")
    name: str = strawberry.field(description="성명.")
    resident_number_masked: str = strawberry.field(description="주민등록번호, masked.")
    address: str = strawberry.field(description="주소 (주민등록 주소지).")
    purpose: str = strawberry.field(description="용도.")
    counterparty: str = strawberry.field(description="거래상대방 인적사항.")
    delegate: str = strawberry.field(description="위임받은 사람.")
    submission_agency_code: str = strawberry.field(description="제출기관 code.")
    submission_agency: str = strawberry.field(description="제출기관.")
    content: str = strawberry.field(description="The signed text.")
    signer_certificate_serial: str = strawberry.field(description="Signing certificate (hex).")
    guardian_name: str | None = strawberry.field(description="The guardian who consented.")
    saved_to_wallet_at: datetime | None = strawberry.field(description="전자문서지갑 저장일시.")
    notice: str = strawberry.field(description="목적 외 사용 금지.")
    lookups: list[Gov24AgencyLookup] = strawberry.field(
        description="수요기관 확인 내역 — every look-up by a receiving agency, allowed or refused."
    )
    token: strawberry.Private[str]

    @strawberry.field(description="발급번호 (synthetic format `YYYY-NNNN-NNNN-NNNN`).")
    def issuance_number(self) -> str:
        return self.number

    @strawberry.field(description="발급증 — the slip, with its PDF.")
    def slip(self) -> Gov24IssuanceSlip:
        return Gov24IssuanceSlip(
            issuance_number=self.number,
            issued_at=self.issued_at,
            name=self.name,
            purpose=self.purpose,
            submission_agency=self.submission_agency,
            delegate=self.delegate,
            notice="발급증은 전자본인서명확인서를 발급했다는 의미로서 법적 효력 없음",
            file_name=f"gov24-slip-{self.number}.pdf",
            token=self.token,
        )

    @classmethod
    def of(cls, record: Confirmation, token: str) -> Gov24SignatureConfirmation:
        return cls(
            number=record.number,
            issued_at=record.issued_at,
            name=record.name,
            resident_number_masked=record.number_masked,
            address=record.address,
            purpose=record.purpose,
            counterparty=record.counterparty,
            delegate=record.delegate,
            submission_agency_code=record.agency_code,
            submission_agency=record.agency_name,
            content=record.content,
            signer_certificate_serial=record.signer_serial,
            guardian_name=record.guardian_name,
            saved_to_wallet_at=record.wallet_saved_at,
            notice=record.notice,
            lookups=[Gov24AgencyLookup.of(v) for v in record.verifications],
            token=token,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]  # one signature serves every overload
        cls, *, info: strawberry.Info, node_ids: Iterable[str], required: bool = False
    ) -> list[Gov24SignatureConfirmation | None]:
        """Refetch by global id: the viewer's own confirmations only."""
        # imported here: the resolvers module imports these types
        from gateway.resolvers import gov24 as resolvers

        return [await resolvers.resolve_viewer_confirmation(info, n) for n in node_ids]

    @classmethod
    def resolve_id(cls, root: Any, *, info: strawberry.Info) -> str:
        number: str = root.number
        return number


@strawberry.type(description="The extra identity check (추가 신분확인) the approval chose.")
class Gov24IdentityCheck:
    method: Gov24IdentityCheckMethod = strawberry.field(description="Token or phone.")
    phone_masked: str | None = strawberry.field(description="The phone that is called.")
    token_serial: str | None = strawberry.field(description="The security token.")
    code_expires_at: datetime | None = strawberry.field(description="When the code lapses.")
    message: str = strawberry.field(description="What to tell the user (Korean).")


@strawberry.type(description="작성한 전자본인서명확인서 — the content waiting for signatures.")
class Gov24Draft:
    content_to_sign: str = strawberry.field(
        description="Sign exactly its UTF-8 bytes (RSASSA-PKCS1-v1_5 / SHA-256)."
    )
    content_to_sign_base64: str = strawberry.field(description="The same bytes, base64.")
    guardian_required: bool = strawberry.field(
        description="A 법정대리인·한정후견인 must consent with their certificate too."
    )
    expires_at: datetime = strawberry.field(description="When the draft lapses.")

    @classmethod
    def of(cls, draft: Draft) -> Gov24Draft:
        raw = draft.content.encode("utf-8")
        return cls(
            content_to_sign=draft.content,
            content_to_sign_base64=base64.b64encode(raw).decode("ascii"),
            guardian_required=draft.guardian_required,
            expires_at=draft.expires_at,
        )


@strawberry.type(
    description=(
        "전자본인서명확인서 발급 — the issuance flow: certificate login, the extra identity "
        "check, the form, the signature (and a guardian's consent), then the confirmation. "
        "Resume it with `gov24Issuance(id:)`."
    )
)
class Gov24Issuance:
    id: strawberry.ID = strawberry.field(description="The flow's id (opaque, sealed).")
    step: Gov24IssuanceStep = strawberry.field(description="What the next call must be.")
    expires_at: datetime = strawberry.field(description="When the login or draft lapses.")
    identity_check: Gov24IdentityCheck | None = strawberry.field(
        description="At IDENTITY_CHECK: how the code arrives."
    )
    approval: Gov24UsageApproval = strawberry.field(description="The applicant's approval.")
    draft: Gov24Draft | None = strawberry.field(description="At SIGNATURE / GUARDIAN_CONSENT.")
    confirmation: Gov24SignatureConfirmation | None = strawberry.field(
        description="At ISSUED: the stored confirmation."
    )

    @classmethod
    def of(cls, flow: Flow, token: str) -> Gov24Issuance:
        login: LoginState = flow.login
        check = None
        if login.status == "identity_check":
            check = Gov24IdentityCheck(
                method=Gov24IdentityCheckMethod(login.method),
                phone_masked=login.phone_masked,
                token_serial=login.token_serial,
                code_expires_at=login.code_expires_at,
                message=login.message,
            )
        draft = login.draft
        return cls(
            id=strawberry.ID(flow.id),
            step=Gov24IssuanceStep(flow.step.value),
            expires_at=flow.expires_at,
            identity_check=check,
            approval=Gov24UsageApproval.of(login.approval),
            draft=Gov24Draft.of(draft) if draft and draft.step != "issued" else None,
            confirmation=(
                Gov24SignatureConfirmation.of(draft.confirmation, token)
                if draft and draft.confirmation
                else None
            ),
        )


@strawberry.type(
    description=(
        "What the designated receiving agency sees (e-하나로민원): the confirmation's content, "
        "and whether its signature still verifies."
    )
)
class Gov24ConfirmationContent:
    issuance_number: str = strawberry.field(description="발급번호.")
    issued_at: datetime = strawberry.field(description="발급일시.")
    name: str = strawberry.field(description="성명.")
    resident_number_masked: str = strawberry.field(description="주민등록번호, masked.")
    address: str = strawberry.field(description="주소.")
    purpose: str = strawberry.field(description="용도.")
    counterparty: str = strawberry.field(description="거래상대방.")
    delegate: str = strawberry.field(description="위임받은 사람.")
    submission_agency: str = strawberry.field(description="제출기관.")
    content: str = strawberry.field(description="The signed text.")
    signature_valid: bool = strawberry.field(description="The applicant's signature verifies.")

    @classmethod
    def of(cls, record: Confirmation, signature_valid: bool) -> Gov24ConfirmationContent:
        return cls(
            issuance_number=record.number,
            issued_at=record.issued_at,
            name=record.name,
            resident_number_masked=record.number_masked,
            address=record.address,
            purpose=record.purpose,
            counterparty=record.counterparty,
            delegate=record.delegate,
            submission_agency=record.agency_name,
            content=record.content,
            signature_valid=signature_valid,
        )
