"""Tables of the pki mock: what it issued and revoked, its challenges, and 금융인증서 accounts.

The CA keys live in the PKI directory, not here; ``/__admin/reset`` clears these tables (and so
revocations, challenges and financial-certificate accounts) but keeps the CAs.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from mocks.framework import KstDateTime


class PkiBase(DeclarativeBase):
    """The pki mock's own tables."""


class IssuedCertificate(PkiBase):
    """A certificate issued through ``POST /certificates`` (the number is never kept)."""

    __tablename__ = "pki_certificates"

    serial: Mapped[str] = mapped_column(String(40), primary_key=True)
    """Upper-case hex, as CAs print it."""
    ca: Mapped[str] = mapped_column(String(12))
    kind: Mapped[str] = mapped_column(String(30))
    holder_name: Mapped[str] = mapped_column(String(100))
    subject: Mapped[str] = mapped_column(String(400))
    not_before: Mapped[datetime] = mapped_column(KstDateTime())
    not_after: Mapped[datetime] = mapped_column(KstDateTime())
    issued_at: Mapped[datetime] = mapped_column(KstDateTime())


class Revocation(PkiBase):
    __tablename__ = "pki_revocations"

    serial: Mapped[str] = mapped_column(String(40), primary_key=True)
    ca: Mapped[str] = mapped_column(String(12), index=True)
    reason: Mapped[str] = mapped_column(String(30))
    """An `x509.ReasonFlags` value: keyCompromise, superseded, …"""
    revoked_at: Mapped[datetime] = mapped_column(KstDateTime())


class Challenge(PkiBase):
    """A nonce to sign: usable once, before it expires (mock clock)."""

    __tablename__ = "pki_challenges"

    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    site_code: Mapped[str | None] = mapped_column(String(20))
    issued_at: Mapped[datetime] = mapped_column(KstDateTime())
    expires_at: Mapped[datetime] = mapped_column(KstDateTime())
    used_at: Mapped[datetime | None] = mapped_column(KstDateTime())


class FincertAccount(PkiBase):
    """A 금융인증서 cloud account, bound to a business or person and a mobile number."""

    __tablename__ = "pki_fincert_accounts"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    subject_type: Mapped[str] = mapped_column(String(8))
    """business (사업자용) or person (개인)."""
    number_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    number_masked: Mapped[str] = mapped_column(String(14))
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(11))
    pin_hash: Mapped[str] = mapped_column(String(200))
    pin_failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_at: Mapped[datetime | None] = mapped_column(KstDateTime())
    otp_secret_sealed: Mapped[str | None] = mapped_column(String(200))
    terms: Mapped[str] = mapped_column(String(200))
    """Codes of the terms agreed at sign-up, comma-separated."""
    created_at: Mapped[datetime] = mapped_column(KstDateTime())


class FincertSession(PkiBase):
    """One use of a 금융인증서 by a relying party: signup? → confirm → pin → done."""

    __tablename__ = "pki_fincert_sessions"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    site_code: Mapped[str] = mapped_column(String(20))
    nonce: Mapped[str] = mapped_column(String(128))
    subject_type: Mapped[str] = mapped_column(String(8))
    number_hash: Mapped[str] = mapped_column(String(64))
    number_masked: Mapped[str] = mapped_column(String(14))
    subject_hash: Mapped[str] = mapped_column(String(64))
    """The assertion's sub_hash, computed when the number was given."""
    phone: Mapped[str] = mapped_column(String(11))
    method: Mapped[str] = mapped_column(String(4))
    """sms, otp or ars."""
    step: Mapped[str] = mapped_column(String(8))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("pki_fincert_accounts.id"))
    signup_name: Mapped[str | None] = mapped_column(String(100))
    signup_pin_hash: Mapped[str | None] = mapped_column(String(200))
    signup_terms: Mapped[str | None] = mapped_column(String(200))
    code_hash: Mapped[str | None] = mapped_column(String(64))
    code_expires_at: Mapped[datetime | None] = mapped_column(KstDateTime())
    ars_code: Mapped[str | None] = mapped_column(String(2))
    """The 2-digit code shown on screen for ARS (not a secret: it is displayed)."""
    wrong_tries: Mapped[int] = mapped_column(Integer, default=0)
    resends: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(KstDateTime())
    expires_at: Mapped[datetime] = mapped_column(KstDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(KstDateTime())

    def lock(self) -> None:
        """Too many wrong codes (`mocks.framework.CodeHolder`): the session cannot go on."""
        self.step, self.ars_code = "locked", None
