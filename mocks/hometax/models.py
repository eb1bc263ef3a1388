"""Tables of the Hometax mock. Passwords and tokens are stored only as hashes; the applicant's
DI (from the identity provider) only as a keyed hash."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from mocks.framework import KstDateTime


class HometaxBase(DeclarativeBase):
    """The hometax mock's own tables."""


class Taxpayer(HometaxBase):
    """A business with a 사업자등록번호 아이디 at Hometax, and its representative."""

    __tablename__ = "hometax_taxpayers"

    business_number: Mapped[str] = mapped_column(String(10), primary_key=True)
    company_name: Mapped[str] = mapped_column(String(100))
    representative_name: Mapped[str] = mapped_column(String(60))
    representative_birth_date: Mapped[date] = mapped_column(Date)
    """대표자 생년월일, checked together with the number when a department user applies."""


class DepartmentUser(HometaxBase):
    """A 부서사용자 아이디 (전자세금계산서전용) and its application."""

    __tablename__ = "hometax_department_users"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    """Public id of the application ("dpu_…"); the applicant follows it."""
    user_id: Mapped[str] = mapped_column(String(20), unique=True, index=True)
    """사용자 아이디, case-sensitive (a binary comparison in SQLite and PostgreSQL)."""
    business_number: Mapped[str] = mapped_column(
        ForeignKey("hometax_taxpayers.business_number"), index=True
    )
    user_type: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(60))
    """담당자명(신청자): the real name checked by the identity provider."""
    applicant_di_hash: Mapped[str] = mapped_column(String(64))
    department: Mapped[str | None] = mapped_column(String(50))
    mobile: Mapped[str] = mapped_column(String(11))
    phone: Mapped[str | None] = mapped_column(String(12))
    email: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(12))
    """pending (대기), active (사용), withdrawn (탈퇴), not_approved (미승인)."""
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    temporary_password_expires_at: Mapped[datetime | None] = mapped_column(
        KstDateTime(), default=None
    )
    """Until when the e-mailed temporary password logs in (set while must_change_password)."""
    certificate_serial: Mapped[str | None] = mapped_column(String(64))
    """The department user's own e-tax-invoice certificate, once registered."""
    certificate_registered_at: Mapped[datetime | None] = mapped_column(KstDateTime())
    applied_at: Mapped[datetime] = mapped_column(KstDateTime())
    changed_at: Mapped[datetime] = mapped_column(KstDateTime())


class BusinessCertificate(HometaxBase):
    """A certificate the business logged in with (사업자등록번호 아이디와 통일된 공인인증서)."""

    __tablename__ = "hometax_business_certificates"

    serial: Mapped[str] = mapped_column(String(64), primary_key=True)
    business_number: Mapped[str] = mapped_column(String(10), index=True)
    first_used_at: Mapped[datetime] = mapped_column(KstDateTime())


class IdCheck(HometaxBase):
    """A passed 중복확인 of a user ID; applying needs one."""

    __tablename__ = "hometax_id_checks"

    user_id: Mapped[str] = mapped_column(String(20), primary_key=True)
    checked_at: Mapped[datetime] = mapped_column(KstDateTime())


class Login(HometaxBase):
    """A login: the representative's (certificate) or a department user's."""

    __tablename__ = "hometax_logins"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))
    """representative or department_user."""
    business_number: Mapped[str] = mapped_column(String(10), index=True)
    department_user_id: Mapped[str | None] = mapped_column(String(40))
    method: Mapped[str] = mapped_column(String(12))
    """certificate or password."""
    expires_at: Mapped[datetime] = mapped_column(KstDateTime())


class Delegation(HometaxBase):
    """A third-party platform registered as acting for the business by a department user."""

    __tablename__ = "hometax_delegations"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    department_user_id: Mapped[str] = mapped_column(ForeignKey("hometax_department_users.id"))
    business_number: Mapped[str] = mapped_column(String(10))
    platform: Mapped[str] = mapped_column(String(100))
    scopes: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(KstDateTime())
    expires_at: Mapped[datetime] = mapped_column(KstDateTime())


class StatusEvent(HometaxBase):
    """A department user's status as it changed (applied 대기, then each 저장하기), in order:
    the feed relying systems poll to hear of changes made anywhere (hometax.go.kr included)."""

    __tablename__ = "hometax_status_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    department_user_id: Mapped[str] = mapped_column(String(40), index=True)
    """The application's public id ("dpu_…")."""
    user_id: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12))
    changed_at: Mapped[datetime] = mapped_column(KstDateTime())
