"""What the identity connector takes and hands back: typed, frozen records, never wire dicts.

CI and DI are kept out of ``repr`` so that a record logged by mistake does not leak them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime


class Carrier(enum.Enum):
    """이동통신사 of a mobile line."""

    SKT = "SKT"
    KT = "KT"
    LGU_PLUS = "LGU+"
    MVNO = "MVNO"  # 알뜰폰


class PhoneMethod(enum.Enum):
    """How the phone code is delivered: the PASS app or a text message."""

    PASS = "pass"
    SMS = "sms"


class CardIssuer(enum.Enum):
    """카드사 of the 카드본인확인 service."""

    BC = "BC"
    SHINHAN = "SHINHAN"
    HYUNDAI = "HYUNDAI"
    LOTTE = "LOTTE"
    SAMSUNG = "SAMSUNG"
    NH = "NH"
    HANA = "HANA"
    KB = "KB"


class SimpleAuthProvider(enum.Enum):
    """간편인증 providers (the KOTRA manual's list)."""

    KAKAO = "kakao"
    NAVER = "naver"
    PASS = "pass"
    TOSS = "toss"
    SAMSUNGPASS = "samsungpass"
    PAYCO = "payco"
    KB = "kb"
    SHINHAN = "shinhan"
    FINCERT = "fincert"


class VerificationStatus(enum.Enum):
    """State of a verification at the provider."""

    REQUESTED = "requested"
    PENDING = "pending"
    CODE_SENT = "code_sent"
    VERIFIED = "verified"
    APPROVED = "approved"
    REJECTED = "rejected"
    EXPIRED = "expired"
    LOCKED = "locked"


@dataclass(frozen=True)
class PhoneConsents:
    """The four consents of the carriers' 본인확인 page."""

    personal_info: bool
    unique_id: bool
    service_terms: bool
    carrier_terms: bool


@dataclass(frozen=True)
class IdentityConsents:
    """The three consents of card and 간편인증 verification."""

    personal_info: bool
    unique_id: bool
    service_terms: bool


@dataclass(frozen=True)
class PhoneStart:
    """휴대폰 본인확인 request: ``birth_date`` is YYMMDD, ``phone`` any common format."""

    site_code: str
    carrier: Carrier
    method: PhoneMethod
    name: str
    birth_date: str
    sex_digit: str
    phone: str
    consents: PhoneConsents


@dataclass(frozen=True)
class PhoneCodeSent:
    """A code was sent, or (the data matching no subscriber) silently not: the answer is the
    same either way, as the carriers' pages behave."""

    id: str
    method: PhoneMethod
    carrier: Carrier
    phone_masked: str
    code_expires_at: datetime
    expires_at: datetime
    tries_left: int
    resends_left: int
    message: str
    notice: tuple[str, ...]


@dataclass(frozen=True)
class CardCheck:
    """카드본인확인 request: ``expiry`` is MMYY, ``password_2`` the password's first two digits."""

    site_code: str
    issuer: CardIssuer
    card_number: str = field(repr=False)
    expiry: str = field(repr=False)
    password_2: str = field(repr=False)
    name: str
    birth_date: str
    sex_digit: str
    consents: IdentityConsents


@dataclass(frozen=True)
class SimpleAuthStart:
    """간편인증 request: a push to the provider's app on the person's phone."""

    site_code: str
    provider: SimpleAuthProvider
    name: str
    birth_date: date
    phone: str
    consents: IdentityConsents


@dataclass(frozen=True)
class SimpleAuthPending:
    """The push was delivered; the person confirms in the app before ``expires_at``."""

    id: str
    status: VerificationStatus
    provider: SimpleAuthProvider
    provider_label: str
    expires_at: datetime
    message: str


@dataclass(frozen=True)
class VerifiedIdentity:
    """The verified person (본인확인 결과). CI is the same for one person everywhere; DI is
    derived for ``site_code`` only."""

    verification_id: str
    kind: str
    method: str
    provider: str | None
    site_code: str
    ci: str = field(repr=False)
    di: str = field(repr=False)
    name: str
    birth_date: date
    sex: str
    foreigner: bool
    nationality_code: str
    phone: str | None
    resident_number_masked: str
    verified_at: datetime


@dataclass(frozen=True)
class VerificationState:
    """A verification as the provider keeps it; ``result`` once verified or approved."""

    id: str
    kind: str
    method: str
    site_code: str
    status: VerificationStatus
    created_at: datetime
    expires_at: datetime
    completed_at: datetime | None
    result: VerifiedIdentity | None
