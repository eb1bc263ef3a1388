"""What the gov24 connector hands back: typed, frozen records, never wire dicts. Resident
numbers only ever appear masked; a login token is kept out of ``repr``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Guardian:
    """법정대리인 or 한정후견인 recorded with the approval."""

    role: str  # legal_representative | limited_guardian
    name: str
    number_masked: str
    document: str
    consent_signed: bool
    id_document: str | None = None


@dataclass(frozen=True)
class UsageApproval:
    """발급시스템 이용 승인."""

    id: str
    name: str
    number_masked: str
    id_document: str
    office: str
    method: str  # security_token | mobile | landline
    phone_masked: str | None
    token_serial: str | None
    capacity: str  # adult | minor | limited_guardianship
    guardian: Guardian | None
    approved_at: datetime
    expires_at: datetime
    renewed_at: datetime | None
    status: str  # valid | expired
    renewable_from: datetime
    renewable: bool


@dataclass(frozen=True)
class AgencyLookup:
    """One look-up of a confirmation by a receiving agency."""

    agency_code: str
    agency_name: str
    outcome: str  # viewed | refused_agency | refused_name
    at: datetime


@dataclass(frozen=True)
class Confirmation:
    """전자본인서명확인서 as stored."""

    number: str
    issued_at: datetime
    name: str
    number_masked: str
    address: str
    purpose: str
    counterparty: str
    delegate: str
    agency_code: str
    agency_name: str
    content: str
    signer_serial: str
    guardian_name: str | None
    wallet_saved_at: datetime | None
    notice: str
    verifications: tuple[AgencyLookup, ...] = ()


@dataclass(frozen=True)
class Draft:
    """A confirmation being written: the content to sign, and the confirmation once issued."""

    id: str
    step: str  # signature | guardian_consent | issued
    content: str
    guardian_required: bool
    expires_at: datetime
    confirmation: Confirmation | None


@dataclass(frozen=True)
class LoginState:
    """A certificate login at the 발급시스템."""

    status: str  # identity_check | active | locked
    method: str
    phone_masked: str | None
    token_serial: str | None
    certificate_serial: str
    code_expires_at: datetime | None
    expires_at: datetime
    message: str
    approval: UsageApproval
    draft: Draft | None
    token: str | None = field(default=None, repr=False)
    holder_name: str | None = None


@dataclass(frozen=True)
class MemberLogin:
    """정부24 접속 by ID and password: a portal login that opens no 발급시스템 menu."""

    user_id: str
    name: str
    expires_at: datetime
    complex_auth_required: bool
    message: str
    token: str = field(repr=False)


@dataclass(frozen=True)
class Address:
    id: str
    road_address: str
    jibun_address: str
    postal_code: str


@dataclass(frozen=True)
class Agency:
    code: str
    name: str
    category: str
    category_label: str
    eligible: bool


@dataclass(frozen=True)
class AgencyPage:
    total: int
    agencies: tuple[Agency, ...]


@dataclass(frozen=True)
class ConfirmationPage:
    total: int
    confirmations: tuple[Confirmation, ...]


@dataclass(frozen=True)
class Slip:
    """발급증."""

    number: str
    issued_at: datetime
    name: str
    purpose: str
    agency_name: str
    delegate: str
    notice: str


@dataclass(frozen=True)
class ApplicationForm:
    """The issuance form."""

    name: str
    resident_number: str = field(repr=False)
    address_id: str
    address_detail: str
    purpose: str
    counterparty: str
    delegate: str
    agency_code: str


@dataclass(frozen=True)
class Verified:
    """What the designated agency sees."""

    confirmation: Confirmation
    signature_valid: bool
