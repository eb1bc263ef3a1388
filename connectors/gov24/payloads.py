"""Wire-format models of the gov24 mock's API and their mapping to records. Models ignore
unknown fields, so the agency may add to its answers."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from connectors.gov24 import records as r


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class GuardianBody(_Wire):
    role: str
    name: str
    number_masked: str
    document: str
    consent_signed: bool
    id_document: str | None = None


class ApprovalBody(_Wire):
    id: str
    name: str
    number_masked: str
    id_document: str
    office: str
    method: str
    phone_masked: str | None = None
    token_serial: str | None = None
    capacity: str
    guardian: GuardianBody | None = None
    approved_at: datetime
    expires_at: datetime
    renewed_at: datetime | None = None
    status: str
    renewable_from: datetime
    renewable: bool

    def record(self) -> r.UsageApproval:
        guardian = r.Guardian(**self.guardian.model_dump()) if self.guardian else None
        return r.UsageApproval(**(self.model_dump() | {"guardian": guardian}))


class LookupBody(_Wire):
    agency_code: str
    agency_name: str
    outcome: str
    at: datetime


class ConfirmationBody(_Wire):
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
    guardian_name: str | None = None
    wallet_saved_at: datetime | None = None
    notice: str = ""
    verifications: list[LookupBody] = []

    def record(self) -> r.Confirmation:
        lookups = tuple(r.AgencyLookup(**v.model_dump()) for v in self.verifications)
        return r.Confirmation(**(self.model_dump() | {"verifications": lookups}))


class DraftBody(_Wire):
    id: str
    step: str
    content: str
    guardian_required: bool
    expires_at: datetime
    confirmation: ConfirmationBody | None = None

    def record(self) -> r.Draft:
        confirmation = self.confirmation.record() if self.confirmation else None
        return r.Draft(**(self.model_dump() | {"confirmation": confirmation}))


class LoginBody(_Wire):
    status: str
    method: str
    phone_masked: str | None = None
    token_serial: str | None = None
    certificate_serial: str
    code_expires_at: datetime | None = None
    expires_at: datetime
    message: str = ""
    approval: ApprovalBody
    application: DraftBody | None = None
    token: str | None = None
    holder_name: str | None = None

    def record(self) -> r.LoginState:
        fields = self.model_dump(exclude={"approval", "application"})
        draft = self.application.record() if self.application else None
        return r.LoginState(**fields, approval=self.approval.record(), draft=draft)


class MemberLoginBody(_Wire):
    token: str
    user_id: str
    name: str
    expires_at: datetime
    complex_auth_required: bool = True
    message: str = ""

    def record(self) -> r.MemberLogin:
        return r.MemberLogin(**self.model_dump())


class AddressPageBody(_Wire):
    addresses: list[r.Address]


class AgencyBody(_Wire):
    code: str
    name: str
    category: str
    category_label: str
    eligible: bool


class AgencyPageBody(_Wire):
    total: int
    agencies: list[AgencyBody]

    def record(self) -> r.AgencyPage:
        return r.AgencyPage(self.total, tuple(r.Agency(**a.model_dump()) for a in self.agencies))


class ConfirmationPageBody(_Wire):
    total: int
    confirmations: list[ConfirmationBody]

    def record(self) -> r.ConfirmationPage:
        return r.ConfirmationPage(self.total, tuple(c.record() for c in self.confirmations))


class SlipBody(_Wire):
    number: str
    issued_at: datetime
    name: str
    purpose: str
    agency_name: str
    delegate: str
    notice: str


class WalletBody(_Wire):
    number: str
    wallet_saved_at: datetime


class VerifiedBody(_Wire):
    confirmation: ConfirmationBody
    signature_valid: bool
