"""Wire-format models of the identity provider and their mapping to records.

Field names are the provider's (``site_code``, ``tries_left`` …). Models ignore unknown fields,
so the provider may add to its answers without breaking the gateway.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from connectors.identity.records import (
    CardCheck,
    Carrier,
    IdentityConsents,
    PhoneCodeSent,
    PhoneConsents,
    PhoneMethod,
    PhoneStart,
    SimpleAuthPending,
    SimpleAuthProvider,
    SimpleAuthStart,
    VerificationState,
    VerificationStatus,
    VerifiedIdentity,
)


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class PhoneStartedBody(_Wire):
    id: str
    method: PhoneMethod
    carrier: Carrier
    phone_masked: str
    code_expires_at: datetime
    expires_at: datetime
    tries_left: int
    resends_left: int
    message: str = ""
    notice: list[str] = []


class IdentityResultBody(_Wire):
    verification_id: str
    kind: str
    method: str
    provider: str | None = None
    site_code: str
    ci: str
    di: str
    name: str
    birth_date: date
    sex: str
    foreigner: bool
    nationality_code: str
    phone: str | None = None
    resident_number_masked: str
    verified_at: datetime


class CompletedBody(_Wire):
    message: str = ""
    result: IdentityResultBody


class SimpleAuthRequestedBody(_Wire):
    id: str
    status: VerificationStatus
    provider: SimpleAuthProvider
    provider_label: str
    expires_at: datetime
    message: str = ""


class VerificationBody(_Wire):
    id: str
    kind: str
    method: str
    site_code: str
    status: VerificationStatus
    created_at: datetime
    expires_at: datetime
    completed_at: datetime | None = None
    result: IdentityResultBody | None = None


def phone_start_body(request: PhoneStart) -> dict[str, Any]:
    return {
        "site_code": request.site_code,
        "carrier": request.carrier.value,
        "method": request.method.value,
        "name": request.name,
        "birth_date": request.birth_date,
        "sex_digit": request.sex_digit,
        "phone": request.phone,
        "consents": _phone_consents(request.consents),
    }


def card_body(request: CardCheck) -> dict[str, Any]:
    return {
        "site_code": request.site_code,
        "issuer": request.issuer.value,
        "card_number": request.card_number,
        "expiry": request.expiry,
        "password_2": request.password_2,
        "name": request.name,
        "birth_date": request.birth_date,
        "sex_digit": request.sex_digit,
        "consents": _consents(request.consents),
    }


def simple_auth_body(request: SimpleAuthStart) -> dict[str, Any]:
    return {
        "site_code": request.site_code,
        "provider": request.provider.value,
        "name": request.name,
        "birth_date": request.birth_date.strftime("%Y%m%d"),
        "phone": request.phone,
        "consents": _consents(request.consents),
    }


def _phone_consents(consents: PhoneConsents) -> dict[str, bool]:
    return {
        "personal_info": consents.personal_info,
        "unique_id": consents.unique_id,
        "service_terms": consents.service_terms,
        "carrier_terms": consents.carrier_terms,
    }


def _consents(consents: IdentityConsents) -> dict[str, bool]:
    return {
        "personal_info": consents.personal_info,
        "unique_id": consents.unique_id,
        "service_terms": consents.service_terms,
    }


def to_code_sent(body: PhoneStartedBody) -> PhoneCodeSent:
    return PhoneCodeSent(
        id=body.id,
        method=body.method,
        carrier=body.carrier,
        phone_masked=body.phone_masked,
        code_expires_at=body.code_expires_at,
        expires_at=body.expires_at,
        tries_left=body.tries_left,
        resends_left=body.resends_left,
        message=body.message,
        notice=tuple(body.notice),
    )


def to_identity(body: IdentityResultBody) -> VerifiedIdentity:
    return VerifiedIdentity(
        verification_id=body.verification_id,
        kind=body.kind,
        method=body.method,
        provider=body.provider,
        site_code=body.site_code,
        ci=body.ci,
        di=body.di,
        name=body.name,
        birth_date=body.birth_date,
        sex=body.sex,
        foreigner=body.foreigner,
        nationality_code=body.nationality_code,
        phone=body.phone,
        resident_number_masked=body.resident_number_masked,
        verified_at=body.verified_at,
    )


def to_pending(body: SimpleAuthRequestedBody) -> SimpleAuthPending:
    return SimpleAuthPending(
        id=body.id,
        status=body.status,
        provider=body.provider,
        provider_label=body.provider_label,
        expires_at=body.expires_at,
        message=body.message,
    )


def to_state(body: VerificationBody) -> VerificationState:
    return VerificationState(
        id=body.id,
        kind=body.kind,
        method=body.method,
        site_code=body.site_code,
        status=body.status,
        created_at=body.created_at,
        expires_at=body.expires_at,
        completed_at=body.completed_at,
        result=None if body.result is None else to_identity(body.result),
    )
