"""Wire models of the Hometax mock's operations."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from mocks.hometax.records import Status

Role = Literal["representative", "department_user"]


class Agreements(BaseModel):
    """The two '상기 내용에 대해 동의함' boxes of seed 004 step 3; both required."""

    service_notice: bool = Field(False, description="전자세금계산서 전용 부서사용자 안내 동의함")
    certificate_notice: bool = Field(False, description="인증서·아이디 분실 안내 동의함")


class IdCheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    user_id: str = Field(description="사용자 아이디 (case-sensitive)")


class IdCheckResult(BaseModel):
    user_id: str
    available: Literal[True] = True
    message: str = Field(description="사용 가능한 아이디입니다.")


class ApplicationRequest(BaseModel):
    """전자세금계산서 전용 부서사용자 아이디 신청하기 (seed 004 step 4)."""

    model_config = ConfigDict(extra="forbid")

    agreements: Agreements
    applicant_name: str = Field(min_length=1, max_length=60, description="① 성명")
    identity_verification_id: str = Field(
        description="실명인증: the identity provider's verification id (site_code hometax)"
    )
    business_number: str = Field(pattern=r"^\d{10}$", description="② 사업자등록번호")
    representative_birth_date: str = Field(
        pattern=r"^\d{8}$", description="② 대표자 생년월일, YYYYMMDD"
    )
    user_id: str = Field(description="③ 사용자 아이디 (중복확인 first)")
    password: str = Field(description="③ 비밀번호")
    password_confirmation: str = Field(description="③ 비밀번호 확인")
    department: str | None = Field(None, description="부서명 (optional)")
    mobile: str = Field(description="휴대전화번호 (required)")
    phone: str | None = Field(None, description="전화번호 (optional)")
    email: str = Field(description="이메일주소 (required)")


class DepartmentUserView(BaseModel):
    """One row of 부서사용자 아이디 관리 (and the application as the applicant sees it)."""

    id: str = Field(description="the application's public id")
    user_id: str = Field(description="아이디")
    business_number: str
    user_type: str = Field(description="부서사용자유형: 전자세금계산서전용")
    name: str = Field(description="담당자명")
    department: str | None = Field(description="부서명")
    phone: str | None = Field(description="전화번호, 02-1234-4567")
    mobile: str = Field(description="휴대폰번호, 010-1234-1234")
    email: str = Field(description="이메일주소")
    status: Status
    status_label: str = Field(description="상태: 대기, 사용, 탈퇴, 미승인")
    applied_at: datetime = Field(description="신청일시")
    changed_at: datetime = Field(description="변경일시 (최종변경일시)")
    certificate_registered: bool


class Applied(BaseModel):
    message: str = Field(description="대표자가 수락하면 이용할 수 있습니다 (the alert)")
    department_user: DepartmentUserView


class ApplicationState(BaseModel):
    """What the applicant may see of an application: its status."""

    id: str
    user_id: str
    status: Status
    status_label: str
    changed_at: datetime


class CertificateProof(BaseModel):
    """A holder's signed proof (koreakit `Proof.to_json()`)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    certificate: str
    signature: str
    challenge: str = Field(description="a nonce from the CAs' POST /challenges")
    signature_algorithm: str = Field("sha256WithRSAEncryption", alias="signatureAlgorithm")
    random_num: str | None = Field(None, alias="randomNum", description="R, for the owner check")


class CertificateLoginRequest(BaseModel):
    """공인인증서 로그인: the representative (My NTS) or a department user."""

    model_config = ConfigDict(extra="forbid")

    business_number: str = Field(pattern=r"^\d{10}$")
    proof: CertificateProof
    user_id: str | None = Field(
        None, description="a department user's certificate login; omitted: the representative"
    )


class PasswordLoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    user_id: str
    password: str


class LoggedIn(BaseModel):
    token: str = Field(description="send as Authorization: Bearer")
    role: Role
    method: Literal["certificate", "password"]
    business_number: str
    company_name: str
    name: str = Field(description="the representative's or the department user's name")
    user_id: str | None
    expires_at: datetime
    password_change_required: bool = Field(
        description="logged in with a temporary password: change it before anything else"
    )


class DepartmentUserList(BaseModel):
    """부서사용자 아이디 관리: 총 N건."""

    total: int
    department_users: list[DepartmentUserView]


class StatusChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Literal["active", "withdrawn", "not_approved"] = Field(
        description="사용, 탈퇴 or 미승인"
    )


class StatusChanged(BaseModel):
    message: str = Field(description="저장되었습니다.")
    department_user: DepartmentUserView


class TemporaryPasswordSent(BaseModel):
    message: str
    email_masked: str
    expires_at: datetime = Field(description="until when the temporary password logs in")


class PasswordChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    current_password: str
    new_password: str
    new_password_confirmation: str


class Done(BaseModel):
    message: str


class CertificateRegistration(BaseModel):
    model_config = ConfigDict(extra="forbid")

    proof: CertificateProof


class CertificateRegistered(BaseModel):
    message: str
    serial: str
    kind: str
    holder_name: str
    registered_at: datetime


class DelegationRequest(BaseModel):
    """부서사용자등록 at a third-party platform (seed 004 step 11)."""

    model_config = ConfigDict(extra="forbid")

    user_id: str
    password: str
    platform: str = Field(min_length=1, max_length=100, description="the platform's name")


class DelegationIssued(BaseModel):
    id: str
    token: str = Field(description="the platform's delegation token; shown once")
    business_number: str
    company_name: str
    user_id: str
    name: str
    platform: str
    scopes: list[str]
    expires_at: datetime


class DelegationIntrospect(BaseModel):
    model_config = ConfigDict(extra="forbid")

    token: str


class DelegationView(BaseModel):
    id: str
    active: bool
    business_number: str
    user_id: str
    platform: str
    scopes: list[str]
    expires_at: datetime


class StandingRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    business_numbers: list[str] = Field(min_length=1, max_length=100)


class Standing(BaseModel):
    """A business's department-user standing."""

    business_number: str
    registered: bool = Field(description="whether the business has a Hometax 사업자 아이디")
    department_user: DepartmentUserView | None = Field(
        description="its e-tax-invoice department user (the latest one, withdrawn included)"
    )


class StandingList(BaseModel):
    businesses: list[Standing]
