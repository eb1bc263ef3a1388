"""Plain records of Hometax department users, as the gateway uses them."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class DepartmentUserStatus(enum.Enum):
    """상태 of a department user ID."""

    PENDING = "pending"
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"
    NOT_APPROVED = "not_approved"


@dataclass(frozen=True)
class Application:
    """부서사용자 아이디 신청: what the form sends (the password in clear, never logged)."""

    service_notice_agreed: bool
    certificate_notice_agreed: bool
    applicant_name: str
    identity_verification_id: str = field(repr=False)
    business_number: str
    representative_birth_date: str
    user_id: str
    password: str = field(repr=False)
    password_confirmation: str = field(repr=False)
    department: str | None
    mobile: str
    phone: str | None
    email: str


@dataclass(frozen=True)
class DepartmentUser:
    id: str
    user_id: str
    business_number: str
    user_type: str
    name: str
    department: str | None
    phone: str | None
    mobile: str
    email: str
    status: DepartmentUserStatus
    status_label: str
    applied_at: datetime
    changed_at: datetime
    certificate_registered: bool


@dataclass(frozen=True)
class Applied:
    message: str
    department_user: DepartmentUser


@dataclass(frozen=True)
class ApplicationState:
    id: str
    user_id: str
    status: DepartmentUserStatus
    status_label: str
    changed_at: datetime


@dataclass(frozen=True)
class HometaxLogin:
    token: str = field(repr=False)
    role: str
    method: str
    business_number: str
    company_name: str
    name: str
    user_id: str | None
    expires_at: datetime
    password_change_required: bool


@dataclass(frozen=True)
class StatusChanged:
    message: str
    department_user: DepartmentUser


@dataclass(frozen=True)
class TemporaryPassword:
    """임시 비밀번호 발송: where it went (masked) and until when it logs in."""

    email_masked: str
    expires_at: datetime


@dataclass(frozen=True)
class RegisteredCertificate:
    message: str
    serial: str
    kind: str
    holder_name: str
    registered_at: datetime


@dataclass(frozen=True)
class Delegation:
    id: str
    token: str = field(repr=False)
    business_number: str
    company_name: str
    user_id: str
    name: str
    platform: str
    scopes: tuple[str, ...]
    expires_at: datetime


@dataclass(frozen=True)
class Standing:
    """A business's department-user standing at Hometax."""

    business_number: str
    registered: bool
    department_user: DepartmentUser | None


@dataclass(frozen=True)
class StatusEvent:
    """One entry of Hometax's status feed: a department user took ``status``."""

    seq: int
    id: str
    user_id: str
    status: DepartmentUserStatus
    status_label: str
    changed_at: datetime


@dataclass(frozen=True)
class StatusFeed:
    """Status events after a seq, the feed's newest seq, and how many users are undecided."""

    events: tuple[StatusEvent, ...]
    last_seq: int
    undecided: int
