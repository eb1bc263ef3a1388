"""Inputs of Gov24 operations."""

from __future__ import annotations

import strawberry

from connectors.gov24 import ApplicationForm
from gateway.schema.certificates.inputs import CertificateProofInput
from gateway.schema.scalars import ResidentNumber

_RESIDENT = (
    "주민등록번호 (13 digits, hyphen allowed; format and birth date checked before the agency "
    "is called). Never shown back unmasked, never logged."
)


@strawberry.input(
    description=(
        "인증서 로그인 — a personal 공동인증서 proof over a `certificateChallenge` (flow "
        "`GOV24_SIGNATURE_ISSUANCE`), with R for the owner check, and the typed 주민등록번호."
    )
)
class Gov24IssuanceStartInput:
    proof: CertificateProofInput = strawberry.field(description="The holder's signed proof.")
    resident_number: ResidentNumber = strawberry.field(description=_RESIDENT)


@strawberry.input(description="추가 신분확인 — the code of the security token or the phone call.")
class Gov24IssuanceIdentityCheckInput:
    id: strawberry.ID = strawberry.field(description="The issuance's `id`.")
    code: str = strawberry.field(description="The 6-digit code.")


@strawberry.input(description="전자본인서명확인서 작성 — the form.")
class Gov24IssuanceApplyInput:
    id: strawberry.ID = strawberry.field(description="The issuance's `id`.")
    name: str = strawberry.field(description="성명 — the applicant's own.")
    resident_number: ResidentNumber = strawberry.field(
        description=_RESIDENT + " The applicant's own."
    )
    address_id: strawberry.ID = strawberry.field(
        description="주소 — an `id` from `gov24AddressSearch`."
    )
    address_detail: str = strawberry.field(default="", description="상세주소 (≤ 100 chars).")
    purpose: str = strawberry.field(description="용도 (≤ 100 chars).")
    counterparty: str = strawberry.field(description="거래상대방 인적사항 (≤ 100 chars).")
    delegate: str = strawberry.field(description="위임받은 사람 (≤ 100 chars).")
    submission_agency_code: str = strawberry.field(
        description="제출기관 — a `code` from `gov24Agencies`."
    )

    def to_form(self) -> ApplicationForm:
        return ApplicationForm(
            name=self.name,
            resident_number=self.resident_number.number,
            address_id=str(self.address_id),
            address_detail=self.address_detail,
            purpose=self.purpose,
            counterparty=self.counterparty,
            delegate=self.delegate,
            agency_code=self.submission_agency_code,
        )


@strawberry.input(description="전자서명 — the applicant's signature over `draft.contentToSign`.")
class Gov24IssuanceSignInput:
    id: strawberry.ID = strawberry.field(description="The issuance's `id`.")
    certificate: str = strawberry.field(description="The login certificate, base64 DER.")
    signature: str = strawberry.field(
        description="Base64 RSASSA-PKCS1-v1_5 / SHA-256 signature over the content's UTF-8."
    )


@strawberry.input(
    description=(
        "법정대리인·한정후견인 동의 — the registered guardian's certificate, signature over the "
        "same content, and R (the owner check against the guardian's registered number)."
    )
)
class Gov24IssuanceGuardianConsentInput:
    id: strawberry.ID = strawberry.field(description="The issuance's `id`.")
    certificate: str = strawberry.field(description="The guardian's certificate, base64 DER.")
    signature: str = strawberry.field(description="Base64 signature over the content.")
    random_num: str = strawberry.field(description="R from the guardian's key file, base64.")


@strawberry.input(description="갱신 — renew the logged-in citizen's usage approval.")
class Gov24UsageApprovalRenewInput:
    approval_id: strawberry.ID = strawberry.field(description="`Gov24UsageApproval.id`.")


@strawberry.input(description="전자문서지갑 저장 — save a confirmation's slip to the wallet.")
class Gov24SignatureConfirmationSaveToWalletInput:
    issuance_number: str = strawberry.field(description="발급번호.")


@strawberry.input(description="수요기관 확인 — the 발급번호 and 성명 from the submitted slip.")
class Gov24SignatureConfirmationVerifyInput:
    issuance_number: str = strawberry.field(description="발급번호.")
    name: str = strawberry.field(description="성명.")
