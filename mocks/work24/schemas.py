"""Wire models of the Work24 mock: what its routes accept and answer."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SignupType = Literal["general", "agency"]
MemberType = Literal["general", "agency", "proxy"]
Step = Literal["authentication", "terms", "information", "completed"]
MdmStatus = Literal["pending", "complete"]


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class JointProof(_Input):
    """A holder's signed proof (`koreakit.npki.Proof.to_json()`) and the typed number."""

    certificate: str = Field(description="the certificate, base64 DER or PEM")
    signature: str = Field(description="base64 signature over the challenge's ASCII text")
    challenge: str = Field(description="the nonce from POST /challenges")
    signature_algorithm: str = Field("sha256WithRSAEncryption", alias="signatureAlgorithm")
    random_num: str | None = Field(None, alias="randomNum", description="R, base64")
    typed_number: str = Field(
        description="신원확인용 사업자등록번호: 10 digits, no spaces or hyphens (owner check)"
    )


class CertificateChoice(_Input):
    """공동인증서 확인 (``joint``) or 금융인증서 확인 (``fincert_id`` of a verified use)."""

    joint: JointProof | None = None
    fincert_id: str | None = Field(None, description="a 금융인증서 use verified by POST /fincert")


class SignupStart(_Input):
    member_type: SignupType = Field(description="general 일반사업자 | agency 고용보험 사무대행기관")
    business_number: str = Field(description="사업자등록번호, 10 digits (hyphens allowed)")


class SignupAuthentication(CertificateChoice):
    representative_name: str = Field("", description="대표자 성명 (국세청 사업자등록증 기준)")
    opening_date: str = Field("", description="개업일 YYYY-MM-DD or YYYYMMDD")


class TermsAgreement(_Input):
    agreed: list[str] = Field(description="codes of the terms agreed (every required one)")


class Contact(_Input):
    name: str = Field("", description="담당자 성명 (required)")
    landline: str | None = Field(None, description="담당자 일반전화")
    mobile: str | None = Field(None, description="담당자 휴대전화")
    email: str | None = Field(None, description="담당자 이메일")


class Consents(_Input):
    sms_progress: bool = Field(description="SMS/알림톡 수신여부 - 민원처리현황 정보 제공")
    sms_promotion: bool = Field(description="SMS/알림톡 수신여부 - 홍보정보 제공")
    email_news: bool = Field(description="이메일 수신여부")
    e_notice_email: bool = Field(description="전자통지 서비스 이메일 수신여부")


class InformationEntry(_Input):
    industry_code: str = Field("", description="업종 from GET /industries")
    contact: Contact
    consents: Consents
    employment_membership: bool = Field(description="고용 멤버십 이용 동의 (펌케어 등)")


class Term(BaseModel):
    code: str
    title: str
    required: bool


class Industry(BaseModel):
    code: str = Field(description="업종코드")
    name: str = Field(description="업종명")


class IndustryList(BaseModel):
    industries: list[Industry]


class Company(BaseModel):
    """기업정보 from the NTS registry (read-only on the form) and the chosen industry."""

    business_number: str
    company_name: str
    zip_code: str
    address: str
    representative_name: str
    opening_date: str = Field(description="YYYY-MM-DD")
    business_phone: str
    industry_code: str | None = Field(description="the NTS's, when it is on the search list")
    industry_name: str | None


class SummaryRow(BaseModel):
    label: str = Field(description="the manual's row label, e.g. 이메일 수신여부")
    value: str = Field(description="as shown, e.g. 수신함 / 수신하지 않음 / 동의함")


class Service(BaseModel):
    code: str
    name: str


class MdmState(BaseModel):
    status: MdmStatus
    attempts: int
    completed_at: datetime | None
    message: str | None = Field(description="the delay notice while pending")


class SignupView(BaseModel):
    id: str
    member_type: SignupType
    member_type_label: str
    business_number: str
    step: Step
    step_label: str
    expires_at: datetime
    terms: list[Term] | None = Field(None, description="at the terms step")
    company: Company | None = Field(None, description="at the information step")
    member_id: str | None = None
    summary: list[SummaryRow] | None = Field(None, description="가입 완료: the entered data")
    mdm: MdmState | None = None
    message: str | None = None


class CertificateView(BaseModel):
    kind: Literal["joint", "fincert"]
    label: str
    registered_at: datetime


class MemberView(BaseModel):
    id: str
    business_number: str
    member_type: SignupType
    member_type_label: str
    company: Company
    contact_name: str
    contact_landline: str | None
    contact_mobile: str | None
    contact_email: str | None
    consents: Consents
    employment_membership: bool
    services: list[Service] = Field(description="what this member may use")
    joined_at: datetime
    signup_id: str | None = Field(description="the sign-up it joined by (the MDM sync's flow)")
    mdm: MdmState
    certificates: list[CertificateView]


class MemberLookup(_Input):
    business_numbers: list[str] = Field(min_length=1, max_length=100)


class MemberList(BaseModel):
    members: list[MemberView] = Field(description="only the numbers that are members")


class LoginRequest(CertificateChoice):
    member_type: MemberType = Field(description="기업회원 유형: general, agency or proxy")
    business_number: str


class LoginView(BaseModel):
    token: str | None = Field(None, description="bearer token; only in the login answer")
    login_type: MemberType
    login_type_label: str
    services: list[Service]
    expires_at: datetime
    member: MemberView


class CertificateRegistration(CertificateChoice):
    representative_name: str = ""
    opening_date: str = ""


class ChallengeIssued(BaseModel):
    nonce: str
    expires_at: datetime


class FincertStart(_Input):
    business_number: str = Field(description="사업자번호")
    phone: str = Field(description="휴대폰번호 the 금융인증서 is registered with")
    method: Literal["sms", "otp", "ars"] = "sms"


class FincertSignup(_Input):
    name: str
    agreed_terms: list[str]
    pin: str
    pin_confirm: str


class FincertCode(_Input):
    code: str


class FincertPin(_Input):
    pin: str


class FincertArsKeypad(_Input):
    """Test control: what the user keys into the ARS call (the code shown on screen)."""

    digits: str = Field(pattern=r"^\d{2}$", description="the 2-digit 확인코드, e.g. 80")


class FincertView(BaseModel):
    """The CA's 금융인증서 session as Work24 relays it; ``verified`` once signed."""

    id: str
    step: str = Field(description="signup → confirm → pin → done (or locked)")
    method: str
    number_masked: str
    phone_masked: str
    expires_at: datetime
    code_expires_at: datetime | None = None
    tries_left: int | None = None
    message: str
    terms: list[dict[str, object]] | None = None
    ars_display_code: str | None = None
    verified: bool = False


class MdmEventView(BaseModel):
    seq: int
    member_id: str
    business_number: str
    signup_id: str | None
    status: MdmStatus
    attempts: int
    occurred_at: datetime


class MdmFeed(BaseModel):
    events: list[MdmEventView]
    last_seq: int = Field(description="the newest event's seq (0 when none)")
    pending: int = Field(description="members whose customer record is still pending")


class MdmRun(BaseModel):
    attempted: int
    completed: int
