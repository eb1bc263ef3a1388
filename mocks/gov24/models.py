"""Tables of the gov24 mock (전자본인서명확인서 발급시스템). Resident numbers are sealed (AES-GCM)
and found by a keyed hash; login tokens are kept hashed; nothing a response must not show is
stored in clear."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from mocks.framework import KstDateTime


class Gov24Base(DeclarativeBase):
    """The gov24 mock's own tables."""


class Agency(Gov24Base):
    """수요기관 — an agency a confirmation may be submitted to (or, not eligible, may not)."""

    __tablename__ = "gov24_agencies"

    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    """기관코드 (synthetic, 7 characters)."""
    name: Mapped[str] = mapped_column(String(100), index=True)
    category: Mapped[str] = mapped_column(String(40))
    """central | local | affiliated | public_institution | local_corporation | special | school
    | other (not eligible)."""
    eligible: Mapped[bool] = mapped_column(Boolean)


class Address(Gov24Base):
    """A resident-registration address the address search (주민등록 주소지 검색) finds."""

    __tablename__ = "gov24_addresses"

    id: Mapped[str] = mapped_column(String(20), primary_key=True)
    road_address: Mapped[str] = mapped_column(String(200))
    jibun_address: Mapped[str] = mapped_column(String(200))
    postal_code: Mapped[str] = mapped_column(String(5))


class Member(Gov24Base):
    """정부24 회원 — an ID/password account of the portal (the 발급시스템 is reached from it)."""

    __tablename__ = "gov24_members"

    user_id: Mapped[str] = mapped_column(String(20), primary_key=True)
    """아이디."""
    password_hash: Mapped[str] = mapped_column(String(200))
    """pbkdf2-sha256, salted; never answered."""
    name: Mapped[str] = mapped_column(String(60))
    number_hash: Mapped[str] = mapped_column(String(64), index=True)
    """Keyed hash of the member's 주민등록번호: the certificate of a 복합인증 must be theirs."""


class MemberLogin(Gov24Base):
    """A portal login by ID and password (`POST /members/login`): it opens no issuance menu."""

    __tablename__ = "gov24_member_logins"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("gov24_members.user_id"), index=True)
    created_at: Mapped[datetime] = mapped_column(KstDateTime())
    expires_at: Mapped[datetime] = mapped_column(KstDateTime())


class Approval(Gov24Base):
    """발급시스템 이용 승인 — granted in person at an 읍·면·동 or 출장소."""

    __tablename__ = "gov24_approvals"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    number_sealed: Mapped[str] = mapped_column(String(200))
    number_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    number_masked: Mapped[str] = mapped_column(String(14))
    id_document: Mapped[str] = mapped_column(String(30))
    """신분증 used for the in-person identity check: resident_card | driver_license | passport …"""
    office: Mapped[str] = mapped_column(String(100))
    """승인 기관: the 읍·면·동 or 출장소."""
    method: Mapped[str] = mapped_column(String(20))
    """온라인 신원확인 방식: security_token | mobile | landline."""
    phone: Mapped[str | None] = mapped_column(String(11))
    token_serial: Mapped[str | None] = mapped_column(String(40))
    capacity: Mapped[str] = mapped_column(String(30))
    """adult | minor | limited_guardianship (피한정후견인)."""
    guardian_role: Mapped[str | None] = mapped_column(String(30))
    """legal_representative (법정대리인) | limited_guardian (한정후견인)."""
    guardian_name: Mapped[str | None] = mapped_column(String(60))
    guardian_number_sealed: Mapped[str | None] = mapped_column(String(200))
    guardian_number_masked: Mapped[str | None] = mapped_column(String(14))
    guardian_id_document: Mapped[str | None] = mapped_column(String(30))
    """법정대리인·한정후견인의 신분증."""
    guardian_document: Mapped[str | None] = mapped_column(String(100))
    """증명서류 (가족관계증명서, 후견등기사항증명서 …)."""
    consent_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    """신청서의 동의란 작성 날인."""
    approved_at: Mapped[datetime] = mapped_column(KstDateTime())
    expires_at: Mapped[datetime] = mapped_column(KstDateTime())
    renewed_at: Mapped[datetime | None] = mapped_column(KstDateTime())


class Login(Gov24Base):
    """A certificate login: the extra identity check, then the issuance menus."""

    __tablename__ = "gov24_logins"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    approval_id: Mapped[str] = mapped_column(ForeignKey("gov24_approvals.id"), index=True)
    certificate: Mapped[str] = mapped_column(Text)
    """The login certificate (base64 DER): issuance is signed with this one."""
    certificate_serial: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    """identity_check | active | locked."""
    code_hash: Mapped[str | None] = mapped_column(String(64))
    code_expires_at: Mapped[datetime | None] = mapped_column(KstDateTime())
    wrong_tries: Mapped[int] = mapped_column(Integer, default=0)
    application_id: Mapped[str | None] = mapped_column(String(40))
    """The confirmation this login drafted last."""
    created_at: Mapped[datetime] = mapped_column(KstDateTime())
    expires_at: Mapped[datetime] = mapped_column(KstDateTime())

    def lock(self) -> None:
        self.status = "locked"


class Application(Gov24Base):
    """A confirmation being drafted: written, then signed (and consented to), then issued."""

    __tablename__ = "gov24_applications"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    login_id: Mapped[str] = mapped_column(ForeignKey("gov24_logins.id"), index=True)
    approval_id: Mapped[str] = mapped_column(ForeignKey("gov24_approvals.id"), index=True)
    step: Mapped[str] = mapped_column(String(20))
    """signature | guardian_consent | issued."""
    address: Mapped[str] = mapped_column(String(300))
    postal_code: Mapped[str] = mapped_column(String(5))
    purpose: Mapped[str] = mapped_column(String(100))
    counterparty: Mapped[str] = mapped_column(String(100))
    delegate: Mapped[str] = mapped_column(String(100))
    agency_code: Mapped[str] = mapped_column(ForeignKey("gov24_agencies.code"))
    content: Mapped[str] = mapped_column(Text)
    """The text the applicant (and guardian) sign, UTF-8."""
    signature: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(KstDateTime())
    expires_at: Mapped[datetime] = mapped_column(KstDateTime())
    issuance_number: Mapped[str | None] = mapped_column(String(30))


class Confirmation(Gov24Base):
    """전자본인서명확인서 as stored in the 발급시스템 (발급번호, 발급일시, content, signatures)."""

    __tablename__ = "gov24_confirmations"

    number: Mapped[str] = mapped_column(String(30), primary_key=True)
    """발급번호 — synthetic format ``YYYY-NNNN-NNNN-NNNN`` (the real format is not public)."""
    approval_id: Mapped[str] = mapped_column(ForeignKey("gov24_approvals.id"), index=True)
    holder_hash: Mapped[str] = mapped_column(String(64), index=True)
    """Keyed hash of the applicant's number: their confirmations outlive a re-approval."""
    name: Mapped[str] = mapped_column(String(60))
    number_sealed: Mapped[str] = mapped_column(String(200))
    number_masked: Mapped[str] = mapped_column(String(14))
    address: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str] = mapped_column(String(100))
    counterparty: Mapped[str] = mapped_column(String(100))
    delegate: Mapped[str] = mapped_column(String(100))
    agency_code: Mapped[str] = mapped_column(ForeignKey("gov24_agencies.code"))
    agency_name: Mapped[str] = mapped_column(String(100))
    content: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(Text)
    certificate: Mapped[str] = mapped_column(Text)
    signer_serial: Mapped[str] = mapped_column(String(40))
    guardian_name: Mapped[str | None] = mapped_column(String(60))
    guardian_signature: Mapped[str | None] = mapped_column(Text)
    guardian_serial: Mapped[str | None] = mapped_column(String(40))
    issued_at: Mapped[datetime] = mapped_column(KstDateTime())
    wallet_saved_at: Mapped[datetime | None] = mapped_column(KstDateTime())


class VerificationLog(Gov24Base):
    """수요기관 확인 — every look-up by an agency, allowed or refused; the citizen sees them."""

    __tablename__ = "gov24_verifications"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    confirmation_number: Mapped[str] = mapped_column(
        ForeignKey("gov24_confirmations.number"), index=True
    )
    agency_code: Mapped[str] = mapped_column(String(10))
    agency_name: Mapped[str] = mapped_column(String(100))
    outcome: Mapped[str] = mapped_column(String(20))
    """viewed | refused_agency (not the designated agency) | refused_name (name mismatch)."""
    at: Mapped[datetime] = mapped_column(KstDateTime())
