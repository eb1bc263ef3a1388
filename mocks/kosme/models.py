"""Tables of the KOSME job-matching platform mock. Foreigner registration numbers are sealed
(AES-GCM) with a masked copy; passwords are salted PBKDF2 hashes; login tokens keyed hashes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from mocks.framework import KstDateTime


class KosmeBase(DeclarativeBase):
    """The kosme mock's own tables."""


class Member(KosmeBase):
    """개인회원: joined by SNS (naver, kakao, facebook) or generally (본인인증 + ID/password)."""

    __tablename__ = "kosme_members"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    """"sns" or "general"."""
    name: Mapped[str] = mapped_column(String(100))
    login_id: Mapped[str | None] = mapped_column(String(20), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    sns_provider: Mapped[str | None] = mapped_column(String(10))
    sns_id: Mapped[str | None] = mapped_column(String(64), index=True)
    ci: Mapped[str | None] = mapped_column(String(88), index=True)
    """연계정보 of a verified member (general sign-up); SNS proves no person, so none."""
    di: Mapped[str | None] = mapped_column(String(64), unique=True)
    mobile: Mapped[str] = mapped_column(String(11))
    email: Mapped[str] = mapped_column(String(200), default="")
    referral: Mapped[str] = mapped_column(String(20))
    """유입경로."""
    sns_message_notices: Mapped[bool] = mapped_column(Boolean)
    email_notices: Mapped[bool] = mapped_column(Boolean)
    address: Mapped[str] = mapped_column(String(300), default="")
    job_seeker_type: Mapped[str] = mapped_column(String(20), default="")
    programme_type: Mapped[str] = mapped_column(String(20), default="")
    terms_agreed_at: Mapped[datetime] = mapped_column(KstDateTime())
    created_at: Mapped[datetime] = mapped_column(KstDateTime())


class LoginToken(KosmeBase):
    """A login: the bearer token is kept only as a keyed hash."""

    __tablename__ = "kosme_login_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("kosme_members.id"), index=True)
    method: Mapped[str] = mapped_column(String(10))
    expires_at: Mapped[datetime] = mapped_column(KstDateTime())


class Resume(KosmeBase):
    """이력서 (Resume for Foreigner)."""

    __tablename__ = "kosme_resumes"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("kosme_members.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(100))
    foreigner_number_sealed: Mapped[str] = mapped_column(String(200))
    foreigner_number_masked: Mapped[str] = mapped_column(String(14))
    mobile: Mapped[str] = mapped_column(String(11))
    email: Mapped[str] = mapped_column(String(200), default="")
    nationality: Mapped[str] = mapped_column(String(2))
    visa_type: Mapped[str] = mapped_column(String(10))
    visa_expires_on: Mapped[date] = mapped_column(Date)
    address: Mapped[str] = mapped_column(String(300))
    job_seeker_type: Mapped[str] = mapped_column(String(20))
    programme_type: Mapped[str] = mapped_column(String(20))
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    photo_name: Mapped[str | None] = mapped_column(String(200))
    photo_type: Mapped[str | None] = mapped_column(String(20))
    photo_size: Mapped[int | None] = mapped_column(Integer)
    unique_id_consent_at: Mapped[datetime] = mapped_column(KstDateTime())
    real_name_checked_at: Mapped[datetime] = mapped_column(KstDateTime())
    career_kind: Mapped[str] = mapped_column(String(12))
    """"new" (신입) or "experienced" (경력)."""
    created_at: Mapped[datetime] = mapped_column(KstDateTime())
    updated_at: Mapped[datetime] = mapped_column(KstDateTime())


class Education(KosmeBase):
    """학력사항: one Korean (한국 대학교) or foreign (외국 대학교) university."""

    __tablename__ = "kosme_educations"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    resume_id: Mapped[str] = mapped_column(ForeignKey("kosme_resumes.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))
    """"korean" or "foreign"."""
    school_name: Mapped[str] = mapped_column(String(200))
    school_type: Mapped[str] = mapped_column(String(20), default="")
    """대학구분."""
    region: Mapped[str] = mapped_column(String(100), default="")
    """지역명 (Korean) or 국가명 (foreign)."""
    major: Mapped[str] = mapped_column(String(100), default="")
    department: Mapped[str] = mapped_column(String(100), default="")
    entered: Mapped[str] = mapped_column(String(7))
    """YYYY-MM."""
    entry_status: Mapped[str] = mapped_column(String(12))
    graduated: Mapped[str | None] = mapped_column(String(7))
    graduation_status: Mapped[str] = mapped_column(String(16))
    courses: Mapped[str] = mapped_column(Text, default="")
    project_urls: Mapped[str] = mapped_column(Text, default="")
    """Newline-separated."""


class Career(KosmeBase):
    """경력사항: one job."""

    __tablename__ = "kosme_careers"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    resume_id: Mapped[str] = mapped_column(ForeignKey("kosme_resumes.id"), index=True)
    company: Mapped[str] = mapped_column(String(200))
    industry: Mapped[str] = mapped_column(String(100), default="")
    industry_detail: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(50), default="")
    """시도."""
    district: Mapped[str] = mapped_column(String(50), default="")
    """시군구."""
    started: Mapped[str] = mapped_column(String(7))
    ended: Mapped[str | None] = mapped_column(String(7))
    current: Mapped[bool] = mapped_column(Boolean, default=False)
    department: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[str] = mapped_column(String(50), default="")
    duties: Mapped[str] = mapped_column(Text, default="")
    leaving_reason: Mapped[str] = mapped_column(String(200), default="")
