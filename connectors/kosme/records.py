"""Plain records of the KOSME platform the gateway works with (no wire details)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class MemberData:
    """회원가입 정보 both ways of joining send (choices as the platform's codes)."""

    referral: str | None
    mobile: str
    email: str
    sns_message_notices: str | None
    """"receive", "refuse" or None (not answered)."""
    email_notices: str | None
    agree_terms: bool
    address: str
    job_seeker_type: str | None
    programme_type: str | None


@dataclass(frozen=True)
class SnsSignup:
    provider: str
    code: str
    data: MemberData


@dataclass(frozen=True)
class GeneralSignup:
    verification_id: str
    """The identity provider's own verification id (not the gateway's sealed one)."""
    login_id: str
    password: str = field(repr=False)
    data: MemberData = field(kw_only=True)


@dataclass(frozen=True)
class Member:
    id: str
    kind: str
    name: str
    login_id: str | None
    sns_provider: str | None
    mobile: str
    email: str
    referral: str
    sns_message_notices: str
    email_notices: str
    address: str
    job_seeker_type: str | None
    programme_type: str | None
    created_at: datetime


@dataclass(frozen=True)
class Login:
    member: Member
    token: str = field(repr=False)
    expires_at: datetime


@dataclass(frozen=True)
class PhotoFile:
    filename: str
    content_type: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Education:
    kind: str
    school_name: str
    school_type: str
    region: str
    major: str
    department: str
    entered: str | None
    entry_status: str
    graduated: str | None
    graduation_status: str
    courses: str
    project_urls: tuple[str, ...]


@dataclass(frozen=True)
class Career:
    company: str
    industry: str
    industry_detail: str
    region: str
    district: str
    started: str | None
    ended: str | None
    current: bool
    department: str
    position: str
    duties: str
    leaving_reason: str


@dataclass(frozen=True)
class ResumeDraft:
    """What a résumé save sends; ``foreigner_number`` empty on an edit keeps the saved one."""

    title: str
    name_en: str
    foreigner_number: str = field(repr=False)
    mobile: str
    email: str
    nationality: str
    visa_type: str
    visa_expires_on: date | None
    address: str | None
    job_seeker_type: str | None
    programme_type: str | None
    photos: tuple[PhotoFile, ...]
    keep_photo: bool
    unique_id_consent: bool
    educations: tuple[Education, ...]
    career_kind: str | None
    careers: tuple[Career, ...]


@dataclass(frozen=True)
class Photo:
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class Resume:
    id: str
    title: str
    name: str
    name_en: str
    login_id: str | None
    foreigner_number_masked: str
    real_name_checked_at: datetime
    mobile: str
    email: str
    nationality: str
    visa_type: str
    visa_expires_on: date
    address: str
    job_seeker_type: str
    programme_type: str
    photo: Photo | None
    unique_id_consent_at: datetime
    educations: tuple[Education, ...]
    career_kind: str
    careers: tuple[Career, ...]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class RealNameResult:
    result: str
    """MATCH, MISMATCH or NOT_FOUND."""
    message: str
    foreigner_number_masked: str
