"""Inputs of 고용24 (Work24) corporate membership operations."""

from __future__ import annotations

from datetime import date

import strawberry

from connectors.work24 import (
    CertificateConfirmation,
    Consents,
    Contact,
    InformationEntry,
    JointCertificate,
)
from gateway.schema.certificates.inputs import CertificateProofInput
from gateway.schema.scalars import BusinessNumber
from gateway.schema.work24.enums import Work24FincertMethod, Work24MemberType

_ID = "The sign-up's `id`."
_FINCERT_ID = "The 금융인증서 use's `id` (from `work24FincertStart`)."


@strawberry.input(
    description=(
        "공동인증서 확인 or 금융인증서 확인: either `proof` (signed over a challenge from "
        "`certificateChallenge(input: {flow: WORK24_CORPORATE_SIGNUP})`) with `typedNumber`, "
        "or `fincertId` of a verified 금융인증서 use."
    )
)
class Work24CertificateInput:
    proof: CertificateProofInput | None = strawberry.field(
        default=None, description="공동인증서 — the holder's signed proof (with `randomNum`)."
    )
    typed_number: str | None = strawberry.field(
        default=None,
        description=(
            "신원확인용 사업자등록번호 — the 10-digit number typed for the owner check, "
            "without spaces or hyphens."
        ),
    )
    fincert_id: strawberry.ID | None = strawberry.field(
        default=None, description="금융인증서 — a verified use's `id`."
    )

    def confirmation(self) -> CertificateConfirmation:
        if self.proof is not None:
            joint = JointCertificate(
                certificate=self.proof.certificate,
                signature=self.proof.signature,
                challenge=self.proof.challenge,
                typed_number=self.typed_number or "",
                signature_algorithm=self.proof.signature_algorithm,
                random_num=self.proof.random_num,
            )
            return CertificateConfirmation(joint=joint)
        return CertificateConfirmation(fincert_id=str(self.fincert_id) if self.fincert_id else None)


def confirmation_of(certificate: Work24CertificateInput | None) -> CertificateConfirmation:
    return certificate.confirmation() if certificate else CertificateConfirmation()


def dashed(opened_on: date | None) -> str:
    return opened_on.isoformat() if opened_on else ""


@strawberry.input(description="기업회원 가입 시작 — the member type and the business.")
class Work24SignupStartInput:
    registration_number: BusinessNumber = strawberry.field(description="사업자등록번호.")
    member_type: Work24MemberType = strawberry.field(
        default=Work24MemberType.GENERAL,
        description="회원가입 유형: `GENERAL` (일반사업자) or `AGENCY` (사무대행기관).",
    )


@strawberry.input(description="01. 가입 인증 — checked against the NTS, then the certificate.")
class Work24SignupAuthenticateInput:
    id: strawberry.ID = strawberry.field(description=_ID)
    representative_name: str | None = strawberry.field(
        default=None, description="대표자 성명 — as on the NTS 사업자등록증 (required)."
    )
    opened_on: date | None = strawberry.field(
        default=None, description="개업일 — as on the NTS 사업자등록증 (required)."
    )
    certificate: Work24CertificateInput | None = strawberry.field(
        default=None, description="공동인증서 or 금융인증서 (required)."
    )


@strawberry.input(description="02. 약관 동의.")
class Work24SignupAgreeTermsInput:
    id: strawberry.ID = strawberry.field(description=_ID)
    agreed: list[str] = strawberry.field(description="Codes of the terms agreed (all required).")


@strawberry.input(description="담당자 정보 — the company's contact person.")
class Work24ContactInput:
    name: str = strawberry.field(default="", description="담당자 성명 (required).")
    landline: str | None = strawberry.field(default=None, description="담당자 일반전화.")
    mobile: str | None = strawberry.field(
        default=None,
        description="담당자 휴대전화; required when either SMS/알림톡 consent is given.",
    )
    email: str | None = strawberry.field(
        default=None, description="담당자 이메일; required when either e-mail consent is given."
    )


@strawberry.input(description="수신 동의 — true is 수신함, false 수신하지 않음.")
class Work24ConsentsInput:
    sms_civil_affairs: bool = strawberry.field(
        description="SMS/알림톡 수신여부 - 민원처리현황 정보 제공 (needs `mobile`)."
    )
    sms_promotions: bool = strawberry.field(
        description="SMS/알림톡 수신여부 - 홍보정보 제공 (needs `mobile`)."
    )
    email_news: bool = strawberry.field(description="이메일 수신여부 (needs `email`).")
    electronic_notice_email: bool = strawberry.field(
        description="전자통지 서비스 이메일 수신여부 (needs `email`)."
    )


@strawberry.input(description="03. 정보 입력 → 04. 가입 완료.")
class Work24SignupCompleteInput:
    id: strawberry.ID = strawberry.field(description=_ID)
    industry_code: str = strawberry.field(
        default="", description="업종코드 from `work24Industries` (required)."
    )
    contact: Work24ContactInput = strawberry.field(description="담당자 정보.")
    consents: Work24ConsentsInput = strawberry.field(description="수신 동의.")
    employment_membership: bool = strawberry.field(
        description="고용 멤버십 이용 동의 — required for 펌케어 and other tailored services."
    )

    def entry(self) -> InformationEntry:
        contact, consents = self.contact, self.consents
        return InformationEntry(
            industry_code=self.industry_code,
            contact=Contact(contact.name, contact.landline, contact.mobile, contact.email),
            consents=Consents(
                sms_progress=consents.sms_civil_affairs,
                sms_promotion=consents.sms_promotions,
                email_news=consents.email_news,
                e_notice_email=consents.electronic_notice_email,
            ),
            employment_membership=self.employment_membership,
        )


@strawberry.input(description="금융인증서 확인 시작 — 사업자용 금융인증서.")
class Work24FincertStartInput:
    registration_number: BusinessNumber = strawberry.field(description="사업자번호.")
    phone: str = strawberry.field(description="휴대폰번호 the 금융인증서 is registered with.")
    method: Work24FincertMethod = strawberry.field(
        default=Work24FincertMethod.SMS, description="SMS code, OTP or ARS."
    )


@strawberry.input(description="금융인증서비스 가입 — first use: terms and a new PIN.")
class Work24FincertRegisterInput:
    id: strawberry.ID = strawberry.field(description=_FINCERT_ID)
    name: str = strawberry.field(description="Holder: the company's name.")
    agreed_terms: list[str] = strawberry.field(description="Codes of the terms agreed.")
    pin: str = strawberry.field(description="New 6-digit PIN.")
    pin_confirm: str = strawberry.field(description="The PIN again.")


@strawberry.input(description="인증번호 확인 — the SMS code or the OTP's code.")
class Work24FincertConfirmInput:
    id: strawberry.ID = strawberry.field(description=_FINCERT_ID)
    code: str = strawberry.field(description="6 digits.")


@strawberry.input(description="인증번호 재전송.")
class Work24FincertResendInput:
    id: strawberry.ID = strawberry.field(description=_FINCERT_ID)


@strawberry.input(description="PIN 입력 — sign; Work24 verifies the CA's assertion.")
class Work24FincertSignInput:
    id: strawberry.ID = strawberry.field(description=_FINCERT_ID)
    pin: str = strawberry.field(description="The 6-digit PIN.")


@strawberry.input(description="기업회원 로그인 — member type and a registered certificate.")
class Work24LoginInput:
    member_type: Work24MemberType = strawberry.field(description="기업회원 유형.")
    registration_number: BusinessNumber = strawberry.field(description="사업자등록번호.")
    certificate: Work24CertificateInput = strawberry.field(description="The certificate.")


@strawberry.input(description="기업회원 인증서 등록 — 대표자 성명, 개업일 and the new certificate.")
class Work24CertificateRegisterInput:
    registration_number: BusinessNumber = strawberry.field(description="사업자등록번호.")
    representative_name: str | None = strawberry.field(
        default=None, description="대표자 성명 (required)."
    )
    opened_on: date | None = strawberry.field(default=None, description="개업일 (required).")
    certificate: Work24CertificateInput | None = strawberry.field(
        default=None, description="The certificate to register (required)."
    )
