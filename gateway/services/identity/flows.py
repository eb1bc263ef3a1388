"""A verification flow as the gateway sees it, and the sealed references that carry it.

A flow id seals (AES-GCM under the gateway's key, bound to its purpose) the provider's
verification id and what the client's next screen shows; a verification id seals the provider's
result id, the relying site code and the end of the redemption window. Neither holds a CI, a DI
or a number.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import orjson

from connectors.identity import (
    Carrier,
    SimpleAuthProvider,
    VerificationState,
    VerificationStatus,
    VerifiedIdentity,
)
from gateway.crypto import SealedDataError, Sealer
from gateway.errors import UserError
from gateway.messages.identity import IdentityErrorCode as Code
from koreakit import masking

REDEEM_TTL = timedelta(minutes=30)
"""How long after the verification an agency flow may redeem its verification id."""
FLOW_PURPOSE, VERIFIED_PURPOSE = "identity-flow", "identity-verified"


class Method(enum.Enum):
    PASS = "pass"
    SMS = "sms"
    CARD = "card"
    SIMPLE_AUTH = "simple_auth"


class Step(enum.Enum):
    CODE_SENT = "code_sent"
    PENDING_APPROVAL = "pending_approval"
    VERIFIED = "verified"
    REJECTED = "rejected"
    EXPIRED = "expired"
    LOCKED = "locked"


STEPS = {
    VerificationStatus.REQUESTED: Step.PENDING_APPROVAL,
    VerificationStatus.PENDING: Step.PENDING_APPROVAL,
    VerificationStatus.CODE_SENT: Step.CODE_SENT,
    VerificationStatus.VERIFIED: Step.VERIFIED,
    VerificationStatus.APPROVED: Step.VERIFIED,
    VerificationStatus.REJECTED: Step.REJECTED,
    VerificationStatus.EXPIRED: Step.EXPIRED,
    VerificationStatus.LOCKED: Step.LOCKED,
}


@dataclass(frozen=True)
class FlowRef:
    """What a flow id seals: the provider's verification and what the next step shows."""

    upstream_id: str
    method: Method
    site_code: str
    carrier: Carrier | None = None
    phone_masked: str | None = None
    provider: SimpleAuthProvider | None = None
    provider_label: str | None = None


@dataclass(frozen=True)
class Person:
    """The verified person as clients see it: no CI, no DI, numbers masked."""

    name: str
    birth_date: date
    sex: str
    foreigner: bool
    nationality_code: str
    phone_masked: str | None
    resident_number_masked: str


@dataclass(frozen=True)
class Flow:
    """A verification flow; the ``code_*``, ``*_left`` values are known right after a step and
    null when the flow is only read back."""

    id: str
    ref: FlowRef
    step: Step
    expires_at: datetime
    code_expires_at: datetime | None = None
    tries_left: int | None = None
    resends_left: int | None = None
    person: Person | None = None
    verification_id: str | None = None


@dataclass(frozen=True)
class Redeemed:
    """What an agency flow gets for a verification id: the person, CI and the site's DI, and
    the provider's own id of the verification (an agency that reads it from the provider)."""

    person: Person
    method: Method
    site_code: str
    verified_at: datetime
    ci: str = field(repr=False)
    di: str = field(repr=False)
    upstream_id: str = field(repr=False)


class IdentityFlowError(UserError):
    """A user-fixable failure that still knows the flow's state (e.g. approval pending)."""

    def __init__(self, code: Code, *, flow: Flow | None = None, **fields: object) -> None:
        super().__init__(code, field=["input", "id"], **fields)
        self.flow = flow


def of_state(sealer: Sealer, flow_id: str, ref: FlowRef, state: VerificationState) -> Flow:
    step = STEPS[state.status]
    if step is Step.VERIFIED and state.result is not None:
        return verified_flow(sealer, flow_id, ref, state.result)
    return Flow(flow_id, ref, step, state.expires_at)


def verified_flow(sealer: Sealer, flow_id: str, ref: FlowRef, result: VerifiedIdentity) -> Flow:
    expires = result.verified_at + REDEEM_TTL
    sealed = {"u": result.verification_id, "s": ref.site_code, "m": ref.method.value}
    verification_id = sealer.seal(
        orjson.dumps(sealed | {"exp": expires.timestamp()}), VERIFIED_PURPOSE
    )
    return Flow(
        flow_id,
        ref,
        Step.VERIFIED,
        expires,
        person=person_of(result),
        verification_id=verification_id,
    )


def person_of(result: VerifiedIdentity) -> Person:
    return Person(
        name=result.name,
        birth_date=result.birth_date,
        sex=result.sex,
        foreigner=result.foreigner,
        nationality_code=result.nationality_code,
        phone_masked=masking.mask_phone(result.phone) if result.phone else None,
        resident_number_masked=result.resident_number_masked,
    )


def seal_flow(sealer: Sealer, ref: FlowRef) -> str:
    sealed = {
        "u": ref.upstream_id,
        "m": ref.method.value,
        "s": ref.site_code,
        "c": ref.carrier.value if ref.carrier else None,
        "p": ref.phone_masked,
        "v": ref.provider.value if ref.provider else None,
        "l": ref.provider_label,
    }
    return sealer.seal(
        orjson.dumps({k: v for k, v in sealed.items() if v is not None}), FLOW_PURPOSE
    )


def open_sealed(
    sealer: Sealer, token: str, purpose: str, field: list[str] | None
) -> dict[str, Any]:
    try:
        opened: dict[str, Any] = orjson.loads(sealer.open(token, purpose))
        if not isinstance(opened.get("u"), str):
            raise ValueError("no upstream id")
    except (SealedDataError, ValueError, TypeError, AttributeError):
        raise UserError(Code.VERIFICATION_NOT_FOUND, field=field) from None
    return opened


def open_flow(sealer: Sealer, flow_id: str) -> FlowRef:
    """The flow a flow id seals. Raises: UserError VERIFICATION_NOT_FOUND."""
    sealed = open_sealed(sealer, flow_id, FLOW_PURPOSE, ["input", "id"])
    return FlowRef(
        upstream_id=sealed["u"],
        method=Method(sealed["m"]),
        site_code=sealed["s"],
        carrier=Carrier(sealed["c"]) if sealed.get("c") else None,
        phone_masked=sealed.get("p"),
        provider=SimpleAuthProvider(sealed["v"]) if sealed.get("v") else None,
        provider_label=sealed.get("l"),
    )
