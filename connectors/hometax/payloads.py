"""Wire-format models of the Hometax API and their mapping to records. Models ignore unknown
fields, so the agency may add to its answers without breaking the gateway."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from connectors.hometax.records import (
    Application,
    ApplicationState,
    Applied,
    Delegation,
    DepartmentUser,
    DepartmentUserStatus,
    HometaxLogin,
    RegisteredCertificate,
    Standing,
    StatusChanged,
    StatusEvent,
    StatusFeed,
    TemporaryPassword,
)


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class DepartmentUserBody(_Wire):
    id: str
    user_id: str
    business_number: str
    user_type: str
    name: str
    department: str | None = None
    phone: str | None = None
    mobile: str
    email: str
    status: DepartmentUserStatus
    status_label: str
    applied_at: datetime
    changed_at: datetime
    certificate_registered: bool = False

    def to_record(self) -> DepartmentUser:
        return DepartmentUser(**self.model_dump())


class AppliedBody(_Wire):
    message: str
    department_user: DepartmentUserBody

    def to_record(self) -> Applied:
        return Applied(self.message, self.department_user.to_record())


class ApplicationStateBody(_Wire):
    id: str
    user_id: str
    status: DepartmentUserStatus
    status_label: str
    changed_at: datetime

    def to_record(self) -> ApplicationState:
        return ApplicationState(**self.model_dump())


class IdCheckBody(_Wire):
    user_id: str
    available: bool
    message: str


class LoggedInBody(_Wire):
    token: str
    role: str
    method: str
    business_number: str
    company_name: str
    name: str
    user_id: str | None = None
    expires_at: datetime
    password_change_required: bool = False

    def to_record(self) -> HometaxLogin:
        return HometaxLogin(**self.model_dump())


class DepartmentUserListBody(_Wire):
    total: int
    department_users: list[DepartmentUserBody]


class StatusChangedBody(_Wire):
    message: str
    department_user: DepartmentUserBody

    def to_record(self) -> StatusChanged:
        return StatusChanged(self.message, self.department_user.to_record())


class TemporaryPasswordBody(_Wire):
    message: str
    email_masked: str
    expires_at: datetime

    def to_record(self) -> TemporaryPassword:
        return TemporaryPassword(self.email_masked, self.expires_at)


class DoneBody(_Wire):
    message: str


class CertificateRegisteredBody(_Wire):
    message: str
    serial: str
    kind: str
    holder_name: str
    registered_at: datetime

    def to_record(self) -> RegisteredCertificate:
        return RegisteredCertificate(**self.model_dump())


class DelegationBody(_Wire):
    id: str
    token: str
    business_number: str
    company_name: str
    user_id: str
    name: str
    platform: str
    scopes: list[str]
    expires_at: datetime

    def to_record(self) -> Delegation:
        return Delegation(**(self.model_dump() | {"scopes": tuple(self.scopes)}))


class StandingBody(_Wire):
    business_number: str
    registered: bool
    department_user: DepartmentUserBody | None = None

    def to_record(self) -> Standing:
        user = self.department_user.to_record() if self.department_user else None
        return Standing(self.business_number, self.registered, user)


class StandingListBody(_Wire):
    businesses: list[StandingBody]


class StatusEventBody(_Wire):
    seq: int
    id: str
    user_id: str
    status: DepartmentUserStatus
    status_label: str
    changed_at: datetime

    def to_record(self) -> StatusEvent:
        return StatusEvent(**self.model_dump())


class StatusFeedBody(_Wire):
    events: list[StatusEventBody]
    last_seq: int
    undecided: int = 0

    def to_record(self) -> StatusFeed:
        events = tuple(event.to_record() for event in self.events)
        return StatusFeed(events, self.last_seq, self.undecided)


def application_body(application: Application) -> dict[str, Any]:
    return {
        "agreements": {
            "service_notice": application.service_notice_agreed,
            "certificate_notice": application.certificate_notice_agreed,
        },
        "applicant_name": application.applicant_name,
        "identity_verification_id": application.identity_verification_id,
        "business_number": application.business_number,
        "representative_birth_date": application.representative_birth_date,
        "user_id": application.user_id,
        "password": application.password,
        "password_confirmation": application.password_confirmation,
        "department": application.department,
        "mobile": application.mobile,
        "phone": application.phone,
        "email": application.email,
    }
