"""Wire models of the platform's API: sign-up, login, members and résumés.

Items the manual marks required (*) are optional in these models and checked by the rules, so a
missing one is answered with the form's own notice and the item's label, not a bare 400.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SnsProvider = Literal["naver", "kakao", "facebook"]
"""The SNS the manual names for SNS 회원가입 (네이버, 카카오, 페이스북)."""
Referral = Literal[
    "internet", "sns", "school", "public_agency", "acquaintance", "job_fair", "other"
]
"""유입경로: 인터넷 검색, SNS, 학교, 공공기관 안내, 지인 추천, 채용박람회, 기타."""
NoticeChoice = Literal["receive", "refuse"]
"""수신동의 / 수신거부."""
JobSeekerType = Literal["foreign_student", "general"]
"""구직자 유형: 외국인 유학생(Foreign students, Including Graduates) / 일반(General)."""
ProgrammeType = Literal["general", "large_sme"]
"""참여사업 유형: 일반 / 대중소기업프로그램."""
CareerKind = Literal["new", "experienced"]
"""경력유무: 신입 / 경력."""
EducationKind = Literal["korean", "foreign"]
EntryStatus = Literal["admitted", "transferred"]
"""입학구분: 입학 / 편입."""
GraduationStatus = Literal[
    "graduated", "expected", "attending", "on_leave", "completed", "dropped_out"
]
"""졸업구분: 졸업 / 졸업예정 / 재학 / 휴학 / 수료 / 중퇴."""
YEAR_MONTH = r"^(19|20)\d{2}-(0[1-9]|1[0-2])$"


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Notices(_In):
    """취업매칭시스템 정보 수신동의(필수): each channel must be answered, receive or refuse."""

    sns_message: NoticeChoice | None = Field(None, description="SNS메시지 수신동의 / 수신거부")
    email: NoticeChoice | None = Field(None, description="이메일 수신동의 / 수신거부")


class MemberData(_In):
    """회원가입 정보 both ways of joining ask for."""

    referral: Referral | None = Field(None, description="유입경로 (required)")
    mobile: str = Field("", description="휴대폰 번호 (required)")
    email: str = Field("", max_length=200)
    notices: Notices = Field(default_factory=Notices)
    agree_terms: bool = Field(False, description="필수 이용 약관에 모두 동의합니다 (required)")
    address: str = Field("", max_length=300, description="한국 주소, prefilled in résumés")
    job_seeker_type: JobSeekerType | None = None
    programme_type: ProgrammeType | None = None


class SnsSignup(MemberData):
    """SNS 회원가입: the SNS authorization code the user got by logging in at the SNS."""

    provider: str = Field(description="naver, kakao or facebook")
    code: str = Field(min_length=1, description="the SNS's single-use authorization code")


class GeneralSignup(MemberData):
    """일반 회원가입: a phone identity verification (PASS or SMS) for site kosme, ID, password."""

    verification_id: str = Field("", description="the identity provider's verification id")
    login_id: str = Field("", description="아이디")
    password: str = Field("", description="비밀번호; stored only as a salted hash")


class PasswordLogin(_In):
    login_id: str = Field(min_length=1, description="아이디")
    password: str = Field(min_length=1, description="비밀번호")
    name: str = Field(min_length=1, description="성명")


class SnsLogin(_In):
    provider: str
    code: str = Field(min_length=1)


class OnePassLogin(_In):
    code: str = Field(min_length=1, description="디지털원패스 authorization code")


class MemberView(BaseModel):
    id: str
    kind: Literal["sns", "general"]
    name: str
    login_id: str | None
    sns_provider: str | None
    mobile: str = Field(description="010-1234-5678")
    email: str
    referral: str
    sns_message_notices: NoticeChoice
    email_notices: NoticeChoice
    address: str
    job_seeker_type: JobSeekerType | None
    programme_type: ProgrammeType | None
    created_at: datetime


class LoggedIn(BaseModel):
    """A login: the bearer token of the platform's API (``Authorization: Bearer``)."""

    member: MemberView
    token: str
    expires_at: datetime


class PhotoIn(_In):
    filename: str = Field(min_length=1, max_length=200)
    content_type: str = Field("", description="as the browser declared it; not trusted")
    data: str = Field(description="base64 of the file")


class EducationIn(_In):
    kind: EducationKind = Field(description="한국 대학교 / 외국 대학교")
    school_name: str = ""
    school_type: str = Field("", max_length=20, description="대학구분 (4년제, 2·3년제, 대학원 …)")
    region: str = Field("", max_length=100, description="지역명 (Korean) or 국가명 (foreign)")
    major: str = Field("", max_length=100, description="전공")
    department: str = Field("", max_length=100, description="학과 (required for Korean ones)")
    entered: str | None = Field(None, description="재학기간 start, YYYY-MM (required)")
    entry_status: EntryStatus = "admitted"
    graduated: str | None = Field(None, description="재학기간 end, YYYY-MM")
    graduation_status: GraduationStatus = "graduated"
    courses: str = Field("", max_length=4000, description="수업 및 프로젝트")
    project_urls: list[str] = Field(default_factory=list, max_length=10)


class CareerIn(_In):
    company: str = ""
    industry: str = Field("", max_length=100)
    industry_detail: str = Field("", max_length=100)
    region: str = Field("", max_length=50, description="시도")
    district: str = Field("", max_length=50, description="시군구")
    started: str | None = Field(None, description="근무기간 start, YYYY-MM (required)")
    ended: str | None = Field(None, description="근무기간 end, YYYY-MM, unless current")
    current: bool = Field(False, description="재직중(현재)")
    department: str = Field("", max_length=100)
    position: str = Field("", max_length=50, description="직급/직책")
    duties: str = Field("", max_length=4000, description="담당 업무/직무")
    leaving_reason: str = Field("", max_length=200, description="퇴직사유")


class ResumeIn(_In):
    """이력서 (Resume for Foreigner). Address, job-seeker and programme type default to the
    member's sign-up data."""

    title: str = Field("", max_length=200, description="이력서 제목(Title of Resume) *")
    name_en: str = Field("", max_length=100, description="영문이름(English Name) *")
    foreigner_number: str = Field("", description="외국인등록번호 * (sealed at rest)")
    mobile: str = Field("", description="휴대폰번호(Phone number) *")
    email: str = Field("", max_length=200)
    nationality: str = Field("", description="국적 *, ISO 3166-1 alpha-2")
    visa_type: str = Field("", description="체류비자(Visa) *, e.g. D-2, E-7")
    visa_expires_on: date | None = Field(None, description="체류비자 만기일자 *")
    address: str | None = Field(None, max_length=300)
    job_seeker_type: JobSeekerType | None = None
    programme_type: ProgrammeType | None = None
    photos: list[PhotoIn] = Field(default_factory=list, description="at most 1, 5 MB")
    keep_photo: bool = Field(True, description="on update without photos: keep the old one")
    unique_id_consent: bool = Field(False, description="고유식별정보 수집 및 이용 동의 *")
    educations: list[EducationIn] = Field(default_factory=list, max_length=20)
    career_kind: CareerKind | None = Field(None, description="경력유무 *")
    careers: list[CareerIn] = Field(default_factory=list, max_length=30)


class PhotoView(BaseModel):
    filename: str
    content_type: str = Field(description="detected from the content")
    size: int


class EducationView(BaseModel):
    kind: EducationKind
    school_name: str
    school_type: str
    region: str
    major: str
    department: str
    entered: str
    entry_status: EntryStatus
    graduated: str | None
    graduation_status: GraduationStatus
    courses: str
    project_urls: list[str]


class CareerView(BaseModel):
    company: str
    industry: str
    industry_detail: str
    region: str
    district: str
    started: str
    ended: str | None
    current: bool
    department: str
    position: str
    duties: str
    leaving_reason: str


class ResumeView(BaseModel):
    id: str
    title: str
    name: str = Field(description="이름: the member's name")
    name_en: str
    login_id: str | None = Field(description="아이디(ID)")
    foreigner_number_masked: str = Field(description="750620-5****** — never the full number")
    real_name_checked_at: datetime
    mobile: str
    email: str
    nationality: str
    visa_type: str
    visa_expires_on: date
    address: str
    job_seeker_type: JobSeekerType
    programme_type: ProgrammeType
    photo: PhotoView | None
    unique_id_consent_at: datetime
    educations: list[EducationView]
    career_kind: CareerKind
    careers: list[CareerView] = Field(description="most recent first (최근 근무일 우선)")
    created_at: datetime
    updated_at: datetime


class ResumeList(BaseModel):
    resumes: list[ResumeView] = Field(description="newest first")


class RealNameCheck(_In):
    name_en: str = Field("", description="영문이름")
    foreigner_number: str = ""


class RealNameResult(BaseModel):
    result: Literal["MATCH", "MISMATCH", "NOT_FOUND"]
    message: str
    foreigner_number_masked: str
