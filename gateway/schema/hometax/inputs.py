"""Inputs of Hometax department-user operations."""

from __future__ import annotations

import strawberry

from connectors.hometax import Application
from gateway.schema.certificates.inputs import CertificateProofInput
from gateway.schema.hometax.enums import HometaxStatusChange
from gateway.schema.scalars import BusinessNumber

_PASSWORD = (
    "비밀번호 — 9–15 characters combining English letters, digits and specials; specials only "
    "from `~!@#$%^&*+` (숫자 키보드 위의 특수문자)."
)
_USER_ID = (
    "사용자 아이디 — 6–20 characters: English letters (case-sensitive: `abcd_1234` and "
    "`ABCD_1234` are two IDs), or letters with digits and `.` / `_`."
)


def proof_json(proof: CertificateProofInput) -> dict[str, str]:
    """The proof as Hometax takes it (koreakit's `Proof.to_json()` names)."""
    body = {
        "certificate": proof.certificate,
        "signature": proof.signature,
        "challenge": proof.challenge,
        "signatureAlgorithm": proof.signature_algorithm,
    }
    if proof.random_num is not None:
        body["randomNum"] = proof.random_num
    return body


@strawberry.input(description="The two '상기 내용에 대해 동의함' boxes; both must be true first.")
class HometaxAgreementsInput:
    service_notice: bool = strawberry.field(
        description="전자세금계산서 전용 부서사용자 아이디 안내 (동시 접속, 단 1개) — 동의함."
    )
    certificate_notice: bool = strawberry.field(
        description="인증서 등록·아이디/비밀번호 분실 안내 — 동의함."
    )


@strawberry.input(description="중복확인 — check a user ID before applying.")
class HometaxUserIdCheckInput:
    user_id: str = strawberry.field(description=_USER_ID)


@strawberry.input(description="전자세금계산서 전용 부서사용자 아이디 신청하기.")
class HometaxDepartmentUserApplyInput:
    agreements: HometaxAgreementsInput = strawberry.field(description="Both agreements.")
    applicant_name: str = strawberry.field(description="① 성명 — the applicant's real name.")
    verification_id: strawberry.ID = strawberry.field(
        description=(
            "실명인증 — `verificationId` of an identity verification for `HOMETAX` "
            "(`identityVerificationStart` with `agency: HOMETAX`), of the applicant."
        )
    )
    business_number: BusinessNumber = strawberry.field(description="② 사업자등록번호.")
    representative_birth_date: str = strawberry.field(
        description="② 대표자 생년월일 — `YYYYMMDD` or `YYYY-MM-DD`, checked with the number."
    )
    user_id: str = strawberry.field(description=_USER_ID + " 중복확인 first.")
    password: str = strawberry.field(description=_PASSWORD)
    password_confirmation: str = strawberry.field(description="비밀번호 확인 — the same again.")
    department: str | None = strawberry.field(default=None, description="부서명 — optional.")
    mobile: str = strawberry.field(description="휴대전화번호 — required, `010-1234-5678`.")
    phone: str | None = strawberry.field(default=None, description="전화번호 — optional.")
    email: str = strawberry.field(description="이메일주소 — required.")

    def to_application(self) -> Application:
        return Application(
            service_notice_agreed=self.agreements.service_notice,
            certificate_notice_agreed=self.agreements.certificate_notice,
            applicant_name=self.applicant_name.strip(),
            identity_verification_id=str(self.verification_id),
            business_number=str(self.business_number),
            representative_birth_date=self.representative_birth_date,
            user_id=self.user_id,
            password=self.password,
            password_confirmation=self.password_confirmation,
            department=self.department,
            mobile=self.mobile,
            phone=self.phone,
            email=self.email,
        )


@strawberry.input(description="My NTS: the representative's login with the business's certificate.")
class HometaxRepresentativeLoginInput:
    business_number: BusinessNumber = strawberry.field(
        description="사업자등록번호 — the certificate is owner-checked against it (with R)."
    )
    proof: CertificateProofInput = strawberry.field(
        description="A signed challenge from `certificateChallenge(input: {agency: HOMETAX})`."
    )


@strawberry.input(description="Save a department user's status (저장하기).")
class HometaxDepartmentUserSetStatusInput:
    user_id: str = strawberry.field(description="아이디 — the department user.")
    status: HometaxStatusChange = strawberry.field(description="사용, 탈퇴 or 미승인.")


@strawberry.input(description="임시 비밀번호 발송 — e-mail the user a temporary password.")
class HometaxTemporaryPasswordSendInput:
    user_id: str = strawberry.field(description="아이디 — the department user.")


@strawberry.input(description="The department user's ID/password login.")
class HometaxDepartmentUserLoginInput:
    user_id: str = strawberry.field(description="아이디 (case-sensitive).")
    password: str = strawberry.field(description="비밀번호 (or the e-mailed temporary one).")


@strawberry.input(description="The department user's login with its registered certificate.")
class HometaxDepartmentUserCertificateLoginInput:
    business_number: BusinessNumber = strawberry.field(description="사업자등록번호.")
    user_id: str = strawberry.field(description="아이디.")
    proof: CertificateProofInput = strawberry.field(description="A signed challenge.")


@strawberry.input(description="비밀번호 변경 (required after a temporary password).")
class HometaxDepartmentUserPasswordChangeInput:
    current_password: str = strawberry.field(description="The current (or temporary) password.")
    new_password: str = strawberry.field(description=_PASSWORD)
    new_password_confirmation: str = strawberry.field(description="The new password again.")


@strawberry.input(description="공인인증서 등록 — the department user's own certificate.")
class HometaxDepartmentUserCertificateRegisterInput:
    proof: CertificateProofInput = strawberry.field(
        description=(
            "A challenge signed with the user's e-tax-invoice certificate (전자세금용), issued "
            "for the business's number — not the certificate the business logs in with."
        )
    )


@strawberry.input(description="부서사용자등록 at a third-party platform.")
class HometaxDepartmentUserDelegateInput:
    user_id: str = strawberry.field(description="The active department user's ID.")
    password: str = strawberry.field(description="Its password.")
    platform: str = strawberry.field(description="The platform's name (`카고페이`).")
