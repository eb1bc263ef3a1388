"""Tables of the Work24 mock: sign-up sessions, members, their certificates, logins, the NTS
data linked overnight, 금융인증서 uses and the MDM customer records with their sync events."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from mocks.framework import KstDateTime


class Work24Base(DeclarativeBase):
    """The work24 mock's own tables."""


class Signup(Work24Base):
    """A sign-up session: 가입인증 → 약관동의 → 정보입력 → 가입완료, expiring."""

    __tablename__ = "signups"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    member_type: Mapped[str] = mapped_column(String(10))
    business_number: Mapped[str] = mapped_column(String(10), index=True)
    step: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(KstDateTime())
    expires_at: Mapped[datetime] = mapped_column(KstDateTime())
    auth_method: Mapped[str | None] = mapped_column(String(10), default=None)
    certificate_key: Mapped[str | None] = mapped_column(String(120), default=None)
    certificate_label: Mapped[str | None] = mapped_column(String(300), default=None)
    agreed_terms: Mapped[str] = mapped_column(String(300), default="")
    member_id: Mapped[str | None] = mapped_column(String(40), default=None)


class Member(Work24Base):
    """A 기업회원, with what the 정보입력 form collected and the MDM sync state."""

    __tablename__ = "members"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    business_number: Mapped[str] = mapped_column(String(10), unique=True)
    member_type: Mapped[str] = mapped_column(String(10))
    company_name: Mapped[str] = mapped_column(String(200))
    zip_code: Mapped[str] = mapped_column(String(5), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    representative_name: Mapped[str] = mapped_column(String(100))
    opening_date: Mapped[str] = mapped_column(String(8))
    business_phone: Mapped[str] = mapped_column(String(20), default="")
    industry_code: Mapped[str] = mapped_column(String(6))
    industry_name: Mapped[str] = mapped_column(String(200))
    contact_name: Mapped[str] = mapped_column(String(100))
    contact_landline: Mapped[str] = mapped_column(String(20), default="")
    contact_mobile: Mapped[str] = mapped_column(String(20), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    sms_progress: Mapped[bool] = mapped_column(Boolean)
    sms_promotion: Mapped[bool] = mapped_column(Boolean)
    email_news: Mapped[bool] = mapped_column(Boolean)
    e_notice_email: Mapped[bool] = mapped_column(Boolean)
    employment_membership: Mapped[bool] = mapped_column(Boolean)
    signup_id: Mapped[str | None] = mapped_column(String(40), default=None)
    joined_at: Mapped[datetime] = mapped_column(KstDateTime())
    mdm_status: Mapped[str] = mapped_column(String(10))  # pending | complete
    mdm_attempts: Mapped[int] = mapped_column(Integer, default=0)
    mdm_next_attempt_at: Mapped[datetime | None] = mapped_column(KstDateTime(), default=None)
    mdm_last_error: Mapped[str | None] = mapped_column(String(200), default=None)
    mdm_completed_at: Mapped[datetime | None] = mapped_column(KstDateTime(), default=None)


class RegisteredCertificate(Work24Base):
    """A certificate a member logs in with (the one used at sign-up, or registered later)."""

    __tablename__ = "registered_certificates"
    __table_args__ = (UniqueConstraint("member_id", "certificate_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), index=True)
    certificate_key: Mapped[str] = mapped_column(String(120))
    """``joint:<ca>:<serial>`` or ``fincert:<business number>``."""
    kind: Mapped[str] = mapped_column(String(10))  # joint | fincert
    label: Mapped[str] = mapped_column(String(300))
    registered_at: Mapped[datetime] = mapped_column(KstDateTime())


class Login(Work24Base):
    """A login: the token is kept only as its SHA-256."""

    __tablename__ = "logins"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"))
    login_type: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(KstDateTime())
    expires_at: Mapped[datetime] = mapped_column(KstDateTime())


class NtsLink(Work24Base):
    """The NTS registration as Work24 linked it (overnight): what 가입인증 and 정보입력 see."""

    __tablename__ = "nts_links"

    business_number: Mapped[str] = mapped_column(String(10), primary_key=True)
    representative_name: Mapped[str] = mapped_column(String(100))
    opening_date: Mapped[str] = mapped_column(String(8))
    company_name: Mapped[str] = mapped_column(String(200))
    zip_code: Mapped[str] = mapped_column(String(5), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    business_phone: Mapped[str] = mapped_column(String(20), default="")
    industry_code: Mapped[str] = mapped_column(String(6), default="")
    nts_updated_at: Mapped[datetime] = mapped_column(KstDateTime())
    linked_at: Mapped[datetime] = mapped_column(KstDateTime())


class FincertUse(Work24Base):
    """One 금융인증서 use relayed to the CA; verified once its assertion checks out."""

    __tablename__ = "fincert_uses"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    business_number: Mapped[str] = mapped_column(String(10))
    nonce: Mapped[str] = mapped_column(String(64))
    pki_session_id: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(KstDateTime())
    expires_at: Mapped[datetime] = mapped_column(KstDateTime())
    holder_name: Mapped[str | None] = mapped_column(String(100), default=None)
    verified_at: Mapped[datetime | None] = mapped_column(KstDateTime(), default=None)
    used_at: Mapped[datetime | None] = mapped_column(KstDateTime(), default=None)


class MdmCustomer(Work24Base):
    """The 일자리플랫폼 MDM customer master record: at most one per member (unique)."""

    __tablename__ = "mdm_customers"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.id"), unique=True)
    business_number: Mapped[str] = mapped_column(String(10), unique=True)
    company_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(KstDateTime())


class MdmEvent(Work24Base):
    """The MDM sync feed: one row per change of a member's sync state, in order."""

    __tablename__ = "mdm_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    member_id: Mapped[str] = mapped_column(String(40))
    business_number: Mapped[str] = mapped_column(String(10))
    signup_id: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(10))  # pending | complete
    attempts: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[datetime] = mapped_column(KstDateTime())
