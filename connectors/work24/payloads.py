"""Wire models of the Work24 API and their conversion to records (tolerant of extra fields)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from connectors import agency_errors
from connectors.work24 import records as r


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class ErrorBody(agency_errors.ErrorBody):
    """Work24's refusal, always worded; ``reason`` is the CA's code behind a certificate one."""

    message: str
    reason: str | None = None


class IndustryBody(_Wire):
    code: str
    name: str


class IndustryListBody(_Wire):
    industries: list[IndustryBody]


class TermBody(_Wire):
    code: str
    title: str
    required: bool


class CompanyBody(_Wire):
    business_number: str
    company_name: str
    zip_code: str
    address: str
    representative_name: str
    opening_date: str
    business_phone: str
    industry_code: str | None
    industry_name: str | None

    def record(self) -> r.Company:
        industry = (
            r.Industry(self.industry_code, self.industry_name or "") if self.industry_code else None
        )
        return r.Company(
            self.business_number,
            self.company_name,
            self.zip_code,
            self.address,
            self.representative_name,
            self.opening_date,
            self.business_phone,
            industry,
        )


class SummaryRowBody(_Wire):
    label: str
    value: str


class ServiceBody(_Wire):
    code: str
    name: str


class MdmBody(_Wire):
    status: str
    attempts: int
    completed_at: datetime | None
    message: str | None

    def record(self) -> r.MdmState:
        return r.MdmState(self.status, self.attempts, self.completed_at, self.message)


class ConsentsBody(_Wire):
    sms_progress: bool
    sms_promotion: bool
    email_news: bool
    e_notice_email: bool


class CertificateBody(_Wire):
    kind: str
    label: str
    registered_at: datetime


class MemberBody(_Wire):
    id: str
    business_number: str
    member_type: str
    member_type_label: str
    company: CompanyBody
    contact_name: str
    contact_landline: str | None
    contact_mobile: str | None
    contact_email: str | None
    consents: ConsentsBody
    employment_membership: bool
    services: list[ServiceBody]
    joined_at: datetime
    signup_id: str | None
    mdm: MdmBody
    certificates: list[CertificateBody]

    def record(self) -> r.Member:
        return r.Member(
            id=self.id,
            business_number=self.business_number,
            member_type=self.member_type,
            member_type_label=self.member_type_label,
            company=self.company.record(),
            contact=r.Contact(
                self.contact_name, self.contact_landline, self.contact_mobile, self.contact_email
            ),
            consents=r.Consents(**self.consents.model_dump()),
            employment_membership=self.employment_membership,
            services=tuple(r.Service(s.code, s.name) for s in self.services),
            joined_at=self.joined_at,
            signup_id=self.signup_id,
            mdm=self.mdm.record(),
            certificates=tuple(
                r.RegisteredCertificate(c.kind, c.label, c.registered_at) for c in self.certificates
            ),
        )


class MemberListBody(_Wire):
    members: list[MemberBody]


def _terms(terms: list[TermBody] | list[dict[str, Any]] | None) -> tuple[r.Term, ...] | None:
    if terms is None:
        return None
    rows = [t if isinstance(t, TermBody) else TermBody.model_validate(t) for t in terms]
    return tuple(r.Term(t.code, t.title, t.required) for t in rows)


class SignupBody(_Wire):
    id: str
    member_type: str
    member_type_label: str
    business_number: str
    step: str
    step_label: str
    expires_at: datetime
    terms: list[TermBody] | None = None
    company: CompanyBody | None = None
    member_id: str | None = None
    summary: list[SummaryRowBody] | None = None
    mdm: MdmBody | None = None
    message: str | None = None

    def record(self) -> r.SignupState:
        return r.SignupState(
            id=self.id,
            member_type=self.member_type,
            member_type_label=self.member_type_label,
            business_number=self.business_number,
            step=self.step,
            step_label=self.step_label,
            expires_at=self.expires_at,
            terms=_terms(self.terms),
            company=self.company.record() if self.company else None,
            member_id=self.member_id,
            summary=tuple(r.SummaryRow(s.label, s.value) for s in self.summary)
            if self.summary is not None
            else None,
            mdm=self.mdm.record() if self.mdm else None,
            message=self.message,
        )


class LoginBody(_Wire):
    token: str | None = None
    login_type: str
    login_type_label: str
    services: list[ServiceBody]
    expires_at: datetime
    member: MemberBody

    def record(self) -> r.Login:
        return r.Login(
            login_type=self.login_type,
            login_type_label=self.login_type_label,
            services=tuple(r.Service(s.code, s.name) for s in self.services),
            expires_at=self.expires_at,
            member=self.member.record(),
            token=self.token,
        )


class FincertBody(_Wire):
    id: str
    step: str
    method: str
    number_masked: str
    phone_masked: str
    expires_at: datetime
    code_expires_at: datetime | None = None
    tries_left: int | None = None
    message: str
    terms: list[dict[str, Any]] | None = None
    ars_display_code: str | None = None
    verified: bool = False

    def record(self) -> r.FincertState:
        return r.FincertState(
            id=self.id,
            step=self.step,
            method=self.method,
            number_masked=self.number_masked,
            phone_masked=self.phone_masked,
            expires_at=self.expires_at,
            code_expires_at=self.code_expires_at,
            tries_left=self.tries_left,
            message=self.message,
            terms=_terms(self.terms),
            ars_display_code=self.ars_display_code,
            verified=self.verified,
        )


class MdmEventBody(_Wire):
    seq: int
    member_id: str
    business_number: str
    signup_id: str | None
    status: str
    attempts: int
    occurred_at: datetime


class MdmFeedBody(_Wire):
    events: list[MdmEventBody]
    last_seq: int
    pending: int

    def record(self) -> r.MdmFeed:
        return r.MdmFeed(
            tuple(r.MdmEvent(**event.model_dump()) for event in self.events),
            self.last_seq,
            self.pending,
        )


def confirmation_body(confirmation: r.CertificateConfirmation) -> dict[str, Any]:
    """The ``joint`` / ``fincert_id`` part of a request."""
    if confirmation.fincert_id is not None:
        return {"fincert_id": confirmation.fincert_id}
    joint = confirmation.joint
    if joint is None:
        return {}
    proof: dict[str, Any] = {
        "certificate": joint.certificate,
        "signature": joint.signature,
        "challenge": joint.challenge,
        "signatureAlgorithm": joint.signature_algorithm,
        "typed_number": joint.typed_number,
    }
    if joint.random_num is not None:
        proof["randomNum"] = joint.random_num
    return {"joint": proof}


def information_body(entry: r.InformationEntry) -> dict[str, Any]:
    contact = entry.contact
    return {
        "industry_code": entry.industry_code,
        "contact": {
            "name": contact.name,
            "landline": contact.landline,
            "mobile": contact.mobile,
            "email": contact.email,
        },
        "consents": {
            "sms_progress": entry.consents.sms_progress,
            "sms_promotion": entry.consents.sms_promotion,
            "email_news": entry.consents.email_news,
            "e_notice_email": entry.consents.e_notice_email,
        },
        "employment_membership": entry.employment_membership,
    }
