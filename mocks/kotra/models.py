"""Tables of the kotra mock. Passwords, approval passwords and CI/DI are kept only hashed."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from mocks.framework import KstDateTime


class KotraBase(DeclarativeBase):
    """The kotra mock's own tables."""


class Member(KotraBase):
    """A member of the integrated membership: 일반회원 (``general``) or 간편회원 (``simple``)."""

    __tablename__ = "kotra_members"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(10))
    login_id: Mapped[str | None] = mapped_column(String(20), unique=True, index=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(60))
    name_en: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    mobile: Mapped[str] = mapped_column(String(11), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    fax: Mapped[str] = mapped_column(String(20), default="")
    department: Mapped[str] = mapped_column(String(60), default="")
    position: Mapped[str] = mapped_column(String(60), default="")
    address_en: Mapped[str] = mapped_column(String(200), default="")
    ci_hash: Mapped[str | None] = mapped_column(String(64), unique=True, index=True)
    di_hash: Mapped[str | None] = mapped_column(String(64))
    verification_method: Mapped[str] = mapped_column(String(20), default="")
    sns_provider: Mapped[str | None] = mapped_column(String(10))
    sns_id: Mapped[str | None] = mapped_column(String(80), index=True)
    interests: Mapped[list[Any]] = mapped_column(JSON, default=list)
    regions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    optional_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    company_number: Mapped[str | None] = mapped_column(
        ForeignKey("kotra_companies.number"), index=True
    )
    affiliation: Mapped[str | None] = mapped_column(String(20))
    """``certificate`` (소속기업 범용인증서) or ``approval_password`` (승인 비밀번호)."""
    affiliated_at: Mapped[datetime | None] = mapped_column(KstDateTime)
    joined_at: Mapped[datetime] = mapped_column(KstDateTime)
    last_login_at: Mapped[datetime] = mapped_column(KstDateTime)
    consented_at: Mapped[datetime] = mapped_column(KstDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(KstDateTime)


class Company(KotraBase):
    """A company KOTRA knows. ``login_password_hash`` is set once its information was
    registered (기업정보 등록); without it the row is directory data from the old system."""

    __tablename__ = "kotra_companies"

    number: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    representative: Mapped[str] = mapped_column(String(60))
    representative_en: Mapped[str] = mapped_column(String(100), default="")
    corporate_number: Mapped[str] = mapped_column(String(13), default="")
    trade_license_number: Mapped[str] = mapped_column(String(30), default="")
    business_type: Mapped[str] = mapped_column(String(100), default="")
    business_item: Mapped[str] = mapped_column(String(200), default="")
    company_type: Mapped[str] = mapped_column(String(30), default="")
    company_class: Mapped[str] = mapped_column(String(30), default="")
    startup: Mapped[bool] = mapped_column(Boolean, default=False)
    venture: Mapped[bool] = mapped_column(Boolean, default=False)
    foreign_invested: Mapped[bool] = mapped_column(Boolean, default=False)
    trade_kind: Mapped[str] = mapped_column(String(30), default="")
    main_product: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    fax: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    homepage: Mapped[str] = mapped_column(String(200), default="")
    zip_code: Mapped[str] = mapped_column(String(6), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    address_detail: Mapped[str] = mapped_column(String(200), default="")
    address_en: Mapped[str] = mapped_column(String(200), default="")
    annual_sales: Mapped[int | None] = mapped_column(Integer)
    annual_exports: Mapped[int | None] = mapped_column(Integer)
    founded_year: Mapped[int | None] = mapped_column(Integer)
    employee_count: Mapped[int | None] = mapped_column(Integer)
    main_export_country: Mapped[str] = mapped_column(String(60), default="")
    remarks: Mapped[str] = mapped_column(String(500), default="")
    login_password_hash: Mapped[str | None] = mapped_column(String(200))
    approval_password_hash: Mapped[str | None] = mapped_column(String(200))
    registered_at: Mapped[datetime | None] = mapped_column(KstDateTime)
    registered_by: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[datetime | None] = mapped_column(KstDateTime)


class RegistrationScan(KotraBase):
    """사업자등록증 스캔본 attached to a new company's registration."""

    __tablename__ = "kotra_registration_scans"

    company_number: Mapped[str] = mapped_column(String(10), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    uploaded_at: Mapped[datetime] = mapped_column(KstDateTime)


class LoginToken(KotraBase):
    """A login: a member's (``member``) or a company admin's (``company``)."""

    __tablename__ = "kotra_login_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    principal: Mapped[str] = mapped_column(String(10))
    member_id: Mapped[int | None] = mapped_column(Integer)
    company_number: Mapped[str | None] = mapped_column(String(10))
    expires_at: Mapped[datetime] = mapped_column(KstDateTime)
    certified_until: Mapped[datetime | None] = mapped_column(KstDateTime)
    """Company admin: the end of the window opened by a fresh certificate authentication."""


class Flow(KotraBase):
    """A multi-step flow kept by the agency: a sign-up (``signup``), a company registration
    (``registration``) or a legacy conversion (``legacy``)."""

    __tablename__ = "kotra_flows"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    step: Mapped[str] = mapped_column(String(30))
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    member_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(KstDateTime)
    expires_at: Mapped[datetime] = mapped_column(KstDateTime)


class LegacyAccount(KotraBase):
    """An account of the old KOTRA 무역투자24 membership (before 2023-05-22)."""

    __tablename__ = "kotra_legacy_accounts"

    login_id: Mapped[str] = mapped_column(String(20), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(60))
    person_key: Mapped[str] = mapped_column(String(40))
    """Accounts of one person share this key (the old system's 실명 link)."""
    member_class: Mapped[str] = mapped_column(String(30))
    homepage: Mapped[str] = mapped_column(String(60))
    company_name: Mapped[str] = mapped_column(String(100), default="")
    mobile: Mapped[str] = mapped_column(String(11), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    joined_on: Mapped[date] = mapped_column(Date)
    converted_at: Mapped[datetime | None] = mapped_column(KstDateTime)


class ServiceApplication(KotraBase):
    """기업 신청 사업 내역: a service applied for in the company's name by an affiliated member."""

    __tablename__ = "kotra_service_applications"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    company_number: Mapped[str] = mapped_column(ForeignKey("kotra_companies.number"), index=True)
    member_id: Mapped[int | None] = mapped_column(Integer)
    applicant: Mapped[str] = mapped_column(String(60))
    service: Mapped[str] = mapped_column(String(30))
    programme: Mapped[str] = mapped_column(String(200))
    applied_at: Mapped[datetime] = mapped_column(KstDateTime)
    status: Mapped[str] = mapped_column(String(20))
    """``applied`` (신청완료), ``in_progress`` (진행중), ``completed`` (완료), ``cancelled``."""


class MileageEntry(KotraBase):
    """마일리지 내역: one line of the company's service mileage ledger."""

    __tablename__ = "kotra_mileage_entries"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    company_number: Mapped[str] = mapped_column(ForeignKey("kotra_companies.number"), index=True)
    member_id: Mapped[int | None] = mapped_column(Integer)
    occurred_at: Mapped[datetime] = mapped_column(KstDateTime)
    description: Mapped[str] = mapped_column(String(200))
    earned: Mapped[int] = mapped_column(Integer, default=0)
    used: Mapped[int] = mapped_column(Integer, default=0)
    balance: Mapped[int] = mapped_column(Integer)


class NameChangeRequest(KotraBase):
    """사명 변경신청: a request to change the company's name, reviewed by KOTRA (not applied
    when filed)."""

    __tablename__ = "kotra_name_change_requests"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    company_number: Mapped[str] = mapped_column(ForeignKey("kotra_companies.number"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20))
    """``pending`` (접수), ``approved`` (승인) or ``rejected`` (반려)."""
    requested_at: Mapped[datetime] = mapped_column(KstDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(KstDateTime)
