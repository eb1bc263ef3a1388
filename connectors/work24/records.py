"""What the Work24 connector takes and hands back: frozen records, never wire dicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class JointCertificate:
    """A 공동인증서 proof (`koreakit.npki.Proof.to_json()`) and the number typed for the
    owner check (10 digits, no hyphens)."""

    certificate: str
    signature: str
    challenge: str
    typed_number: str = field(repr=False)
    signature_algorithm: str = "sha256WithRSAEncryption"
    random_num: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class CertificateConfirmation:
    """공동인증서 확인 (``joint``) or 금융인증서 확인 (a verified use's id); one of them."""

    joint: JointCertificate | None = None
    fincert_id: str | None = None


@dataclass(frozen=True)
class Industry:
    code: str
    name: str


@dataclass(frozen=True)
class Term:
    code: str
    title: str
    required: bool


@dataclass(frozen=True)
class Company:
    business_number: str
    company_name: str
    zip_code: str
    address: str
    representative_name: str
    opening_date: str  # YYYY-MM-DD
    business_phone: str
    industry: Industry | None


@dataclass(frozen=True)
class SummaryRow:
    label: str
    value: str


@dataclass(frozen=True)
class Service:
    code: str
    name: str


@dataclass(frozen=True)
class MdmState:
    status: str  # pending | complete
    attempts: int
    completed_at: datetime | None
    message: str | None


@dataclass(frozen=True)
class Consents:
    sms_progress: bool
    sms_promotion: bool
    email_news: bool
    e_notice_email: bool


@dataclass(frozen=True)
class Contact:
    name: str
    landline: str | None = None
    mobile: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class InformationEntry:
    industry_code: str
    contact: Contact
    consents: Consents
    employment_membership: bool


@dataclass(frozen=True)
class RegisteredCertificate:
    kind: str  # joint | fincert
    label: str
    registered_at: datetime


@dataclass(frozen=True)
class Member:
    id: str
    business_number: str
    member_type: str
    member_type_label: str
    company: Company
    contact: Contact
    consents: Consents
    employment_membership: bool
    services: tuple[Service, ...]
    joined_at: datetime
    signup_id: str | None
    mdm: MdmState
    certificates: tuple[RegisteredCertificate, ...]


@dataclass(frozen=True)
class SignupState:
    id: str
    member_type: str
    member_type_label: str
    business_number: str
    step: str
    step_label: str
    expires_at: datetime
    terms: tuple[Term, ...] | None
    company: Company | None
    member_id: str | None
    summary: tuple[SummaryRow, ...] | None
    mdm: MdmState | None
    message: str | None


@dataclass(frozen=True)
class Login:
    login_type: str
    login_type_label: str
    services: tuple[Service, ...]
    expires_at: datetime
    member: Member
    token: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class FincertState:
    id: str
    step: str
    method: str
    number_masked: str
    phone_masked: str
    expires_at: datetime
    code_expires_at: datetime | None
    tries_left: int | None
    message: str
    terms: tuple[Term, ...] | None
    ars_display_code: str | None
    verified: bool


@dataclass(frozen=True)
class MdmEvent:
    seq: int
    member_id: str
    business_number: str
    signup_id: str | None
    status: str
    attempts: int
    occurred_at: datetime


@dataclass(frozen=True)
class MdmFeed:
    events: tuple[MdmEvent, ...]
    last_seq: int
    pending: int
