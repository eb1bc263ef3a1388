"""Tables of the identity provider. Numbers are sealed, secrets hashed; nothing is stored in clear
that a response must not show."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from mocks.framework import KstDateTime


class IdentityBase(DeclarativeBase):
    """The identity mock's own tables."""


class Person(IdentityBase):
    """A person the provider can verify (a carrier's subscriber, a card holder …)."""

    __tablename__ = "identity_people"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(60))
    """Real name as registered (Hangul, or the name on the foreigner registration card)."""
    name_en: Mapped[str] = mapped_column(String(100), default="")
    number_sealed: Mapped[str] = mapped_column(String(200))
    """주민·외국인등록번호, AES-GCM sealed."""
    number_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    number_masked: Mapped[str] = mapped_column(String(14))
    """"801210-1******": birth date and 7th digit only."""
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(6))
    foreigner: Mapped[bool] = mapped_column(Boolean)
    nationality: Mapped[str] = mapped_column(String(2))
    """ISO 3166-1 alpha-2 ("KR" for citizens)."""
    email: Mapped[str] = mapped_column(String(200), default="")
    simple_auth: Mapped[str] = mapped_column(String(200), default="")
    """간편인증 providers the person has a certificate with, comma-separated."""


class PhoneLine(IdentityBase):
    """A mobile line and its subscriber, as the carrier knows it."""

    __tablename__ = "identity_phone_lines"

    phone: Mapped[str] = mapped_column(String(11), primary_key=True)
    """National digits: "01012345678"."""
    carrier: Mapped[str] = mapped_column(String(4))
    person_id: Mapped[int] = mapped_column(ForeignKey("identity_people.id"), index=True)
    pass_app: Mapped[bool] = mapped_column(Boolean, default=True)


class Card(IdentityBase):
    """A payment card; the number is kept only as a keyed hash and its last four digits."""

    __tablename__ = "identity_cards"

    number_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    last4: Mapped[str] = mapped_column(String(4))
    issuer: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(16))
    expiry: Mapped[str] = mapped_column(String(4))
    """MMYY."""
    password_hash: Mapped[str] = mapped_column(String(64))
    """Keyed hash of the first two digits of the card password, bound to the card."""
    person_id: Mapped[int] = mapped_column(ForeignKey("identity_people.id"), index=True)


class SnsAccount(IdentityBase):
    __tablename__ = "identity_sns_accounts"
    __table_args__ = (UniqueConstraint("provider", "login_id"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    provider: Mapped[str] = mapped_column(String(10))
    login_id: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200))
    share_mobile: Mapped[bool] = mapped_column(Boolean, default=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("identity_people.id"), index=True)


class OnePassAccount(IdentityBase):
    """A 디지털원패스 account (the government single sign-on)."""

    __tablename__ = "identity_onepass_accounts"

    onepass_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    person_id: Mapped[int] = mapped_column(ForeignKey("identity_people.id"), index=True)


class Verification(IdentityBase):
    """One identity verification: phone, card, 간편인증 or Digital OnePass."""

    __tablename__ = "identity_verifications"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    method: Mapped[str] = mapped_column(String(12))
    site_code: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(10))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("identity_people.id"))
    """None when the entered data matched no subscriber (no code was sent)."""
    phone: Mapped[str | None] = mapped_column(String(11))
    provider: Mapped[str | None] = mapped_column(String(12))
    """The carrier (phone), card issuer (card) or 간편인증 provider."""
    code_hash: Mapped[str | None] = mapped_column(String(64))
    code_expires_at: Mapped[datetime | None] = mapped_column(KstDateTime())
    wrong_tries: Mapped[int] = mapped_column(Integer, default=0)
    resends: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(KstDateTime())
    expires_at: Mapped[datetime] = mapped_column(KstDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(KstDateTime())

    def lock(self) -> None:
        """Too many wrong codes (`mocks.framework.CodeHolder`): it cannot be finished any more."""
        self.status = "locked"


class AuthorizationCode(IdentityBase):
    """A single-use code of the SNS / Digital OnePass code exchange."""

    __tablename__ = "identity_authorization_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    provider: Mapped[str] = mapped_column(String(10))
    account: Mapped[str] = mapped_column(String(200))
    """SnsAccount.id or OnePassAccount.onepass_id."""
    site_code: Mapped[str] = mapped_column(String(20))
    expires_at: Mapped[datetime] = mapped_column(KstDateTime())
    used_at: Mapped[datetime | None] = mapped_column(KstDateTime())
