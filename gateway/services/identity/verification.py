"""The identity use cases: start, confirm, resend, read back and redeem a verification."""

from __future__ import annotations

from datetime import datetime

from connectors.identity import (
    CardCheck,
    IdentityConnector,
    PhoneStart,
    SimpleAuthStart,
)
from gateway.crypto import Sealer
from gateway.errors import UserError
from gateway.messages.identity import IdentityErrorCode as Code
from gateway.services.identity.flows import (
    STEPS,
    VERIFIED_PURPOSE,
    Flow,
    FlowRef,
    IdentityFlowError,
    Method,
    Redeemed,
    Step,
    of_state,
    open_flow,
    open_sealed,
    person_of,
    seal_flow,
    verified_flow,
)
from gateway.services.identity.refusals import call
from gateway.services.identity.requests import (
    EXPIRY,
    CardRequest,
    PhoneRequest,
    SimpleAuthRequest,
    StartRequest,
    card_number,
    code_digits,
    matching,
    mobile_digits,
    require_consents,
    valid_name,
    yymmdd,
)
from koreakit import phone

GATEWAY_SITE = "gateway"
"""The provider's site code of the gateway itself, when no agency flow is named."""
RELYING_PARTIES = frozenset({"work24", "kosme", "kotra", "gov24", "hometax"})
"""Agencies registered with the provider as relying parties (their own site codes)."""


async def start(identity: IdentityConnector, sealer: Sealer, request: StartRequest) -> Flow:
    """Start a verification by the one method the request names."""
    site = site_code(request.agency)
    chosen = [m for m in (request.phone, request.card, request.simple_auth) if m is not None]
    if len(chosen) != 1:
        raise UserError(Code.ONE_METHOD_REQUIRED, field=["input"])
    if request.phone is not None:
        return await _start_phone(identity, sealer, site, request.phone)
    if request.card is not None:
        return await _verify_card(identity, sealer, site, request.card)
    assert request.simple_auth is not None
    return await _start_simple_auth(identity, sealer, site, request.simple_auth)


async def confirm(
    identity: IdentityConnector, sealer: Sealer, flow_id: str, code: str | None
) -> Flow:
    """Phone: check the code. 간편인증: ask whether the person approved in the app. Card: the
    flow as it is (a card is verified when it starts)."""
    ref = open_flow(sealer, flow_id)
    if ref.method in (Method.PASS, Method.SMS):
        digits = code_digits(code)
        verified = await call(identity.confirm_phone_verification(ref.upstream_id, digits), [])
        return verified_flow(sealer, flow_id, ref, verified)
    state = await call(identity.verification(ref.upstream_id), ["input", "id"])
    flow = of_state(sealer, flow_id, ref, state)
    failure = {
        Step.PENDING_APPROVAL: Code.APPROVAL_PENDING,
        Step.REJECTED: Code.APPROVAL_REJECTED,
        Step.EXPIRED: Code.REQUEST_EXPIRED,
    }.get(flow.step)
    if failure is not None:
        raise IdentityFlowError(failure, flow=flow, provider=ref.provider_label or "")
    return flow


async def resend(identity: IdentityConnector, sealer: Sealer, flow_id: str) -> Flow:
    """재전송 of a phone code: a new code, a new lifetime; the previous code stops working."""
    ref = open_flow(sealer, flow_id)
    if ref.method not in (Method.PASS, Method.SMS):
        raise UserError(Code.RESEND_NOT_SUPPORTED, field=["input", "id"])
    sent = await call(identity.resend_phone_code(ref.upstream_id), ["input", "id"])
    return Flow(
        flow_id,
        ref,
        Step.CODE_SENT,
        sent.expires_at,
        sent.code_expires_at,
        sent.tries_left,
        sent.resends_left,
    )


async def get(identity: IdentityConnector, sealer: Sealer, flow_id: str) -> Flow | None:
    """The flow as the provider keeps it now; None for an id this gateway did not issue."""
    try:
        ref = open_flow(sealer, flow_id)
        state = await call(identity.verification(ref.upstream_id), ["input", "id"])
    except UserError:
        return None
    return of_state(sealer, flow_id, ref, state)


async def redeem(
    identity: IdentityConnector,
    sealer: Sealer,
    verification_id: str,
    *,
    site_code: str,
    now: datetime,
    field: list[str] | None = None,
) -> Redeemed:
    """For agency flows: the verified person behind ``verification_id`` with CI and DI.

    Raises:
        UserError: VERIFICATION_NOT_FOUND (not issued here, or no longer verified at the
            provider), VERIFIED_FOR_ANOTHER_AGENCY, VERIFICATION_EXPIRED.
    """
    sealed = open_sealed(sealer, verification_id, VERIFIED_PURPOSE, field)
    if sealed["s"] != site_code:
        raise UserError(Code.VERIFIED_FOR_ANOTHER_AGENCY, field=field, agency=site_code)
    if now.timestamp() > float(sealed["exp"]):
        raise UserError(Code.VERIFICATION_EXPIRED, field=field)
    state = await call(identity.verification(str(sealed["u"])), field or [])
    result = state.result
    if result is None or STEPS[state.status] is not Step.VERIFIED:
        raise UserError(Code.VERIFICATION_NOT_FOUND, field=field)
    return Redeemed(
        person_of(result),
        Method(sealed["m"]),
        result.site_code,
        result.verified_at,
        result.ci,
        result.di,
        str(sealed["u"]),
    )


def site_code(agency: str | None) -> str:
    """The provider's site code of the relying agency (the gateway's when none is named)."""
    if agency is None:
        return GATEWAY_SITE
    if agency not in RELYING_PARTIES:
        raise UserError(Code.AGENCY_NOT_RELYING_PARTY, field=["input", "agency"], agency=agency)
    return agency


async def _start_phone(
    identity: IdentityConnector, sealer: Sealer, site: str, request: PhoneRequest
) -> Flow:
    path = ["input", "phone"]
    require_consents(request.consents, path)
    check = PhoneStart(
        site_code=site,
        carrier=request.carrier,
        method=request.method,
        name=valid_name(request.name, path),
        birth_date=yymmdd(request.birth_date, request.sex_digit, path),
        sex_digit=request.sex_digit,
        phone=mobile_digits(request.phone, path),
        consents=request.consents,
    )
    sent = await call(identity.start_phone_verification(check), path)
    ref = FlowRef(
        sent.id, Method(sent.method.value), site, sent.carrier, phone_masked=sent.phone_masked
    )
    return Flow(
        seal_flow(sealer, ref),
        ref,
        Step.CODE_SENT,
        sent.expires_at,
        sent.code_expires_at,
        sent.tries_left,
        sent.resends_left,
    )


async def _verify_card(
    identity: IdentityConnector, sealer: Sealer, site: str, request: CardRequest
) -> Flow:
    path = ["input", "card"]
    require_consents(request.consents, path)
    check = CardCheck(
        site_code=site,
        issuer=request.issuer,
        card_number=card_number(request.card_number, path),
        expiry=matching(EXPIRY, request.expiry, Code.INVALID_CARD_EXPIRY, [*path, "expiry"]),
        password_2=matching(
            r"[0-9]{2}", request.password_2, Code.INVALID_CARD_PASSWORD, [*path, "password2"]
        ),
        name=valid_name(request.name, path),
        birth_date=yymmdd(request.birth_date, request.sex_digit, path),
        sex_digit=request.sex_digit,
        consents=request.consents,
    )
    verified = await call(identity.verify_card(check), path)
    ref = FlowRef(verified.verification_id, Method.CARD, site)
    return verified_flow(sealer, seal_flow(sealer, ref), ref, verified)


async def _start_simple_auth(
    identity: IdentityConnector, sealer: Sealer, site: str, request: SimpleAuthRequest
) -> Flow:
    path = ["input", "simpleAuth"]
    require_consents(request.consents, path)
    digits = mobile_digits(request.phone, path)
    check = SimpleAuthStart(
        site, request.provider, valid_name(request.name, path), request.birth_date, digits,
        request.consents,
    )  # fmt: skip
    pending = await call(identity.request_simple_auth(check), path)
    ref = FlowRef(
        pending.id,
        Method.SIMPLE_AUTH,
        site,
        phone_masked=phone.mask(digits),
        provider=pending.provider,
        provider_label=pending.provider_label,
    )
    return Flow(seal_flow(sealer, ref), ref, Step.PENDING_APPROVAL, pending.expires_at)
