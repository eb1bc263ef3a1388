"""공동인증서 challenges and the 금융인증서 (seed §1.3.4.2), relayed to the CAs.

Work24 starts the 금융인증서 use at the CA with its own nonce (``POST /fincert``: 사업자번호
and 휴대폰번호; OTP or ARS instead of the SMS code on request), relays the first-use cloud
account sign-up with its terms, the code (the ARS keying through the test control
``POST /__admin/fincert/{id}/ars``) and the PIN, and verifies the signed assertion the
CA returns (yessign test CA signature, audience ``work24``, its nonce, and ``sub_hash`` of the
business number). A verified use is then spent once by sign-up, login or registration.
"""

from __future__ import annotations

import secrets
from typing import Any

from cryptography import x509

from mocks.framework import MockContext
from mocks.framework.identifiers import new_id
from mocks.framework.peer_calls import peer_call
from mocks.pki.assertion import InvalidAssertionError, subject_hash, verify_assertion
from mocks.work24 import proofs
from mocks.work24.agency import route
from mocks.work24.errors import Work24Error
from mocks.work24.messages import FINCERT_TTL, SITE_CODE, Work24ErrorCode
from mocks.work24.models import FincertUse
from mocks.work24.schemas import (
    ChallengeIssued,
    FincertArsKeypad,
    FincertCode,
    FincertPin,
    FincertSignup,
    FincertStart,
    FincertView,
)
from mocks.work24.signup import business_number

_C = Work24ErrorCode
_ERRORS = (404, 409, 410, 422, 423, 429, 503)


@route(
    "POST",
    "/challenges",
    ok=ChallengeIssued,
    status=201,
    errors=(503,),
    summary="공동인증서 전자서명 — a single-use nonce (from the CAs) for the holder to sign",
)
async def issue_challenge(ctx: MockContext) -> ChallengeIssued:
    return await proofs.challenge(ctx)


def _refused(response_body: dict[str, Any], status: int) -> Work24Error:
    return Work24Error(
        status if status < 500 else 503,
        _C.FINCERT_REFUSED,
        field=response_body.get("field"),
        reason=str(response_body.get("code", "")),
        tries_left=response_body.get("tries_left"),
        message=response_body.get("message", ""),
        message_en=response_body.get("message_en", ""),
    )


def _view(use: FincertUse, body: dict[str, Any]) -> FincertView:
    ars = body.get("ars") or {}
    return FincertView(
        id=use.id,
        step=body["step"],
        method=body["method"],
        number_masked=body["number_masked"],
        phone_masked=body["phone_masked"],
        expires_at=body["expires_at"],
        code_expires_at=body.get("code_expires_at"),
        tries_left=body.get("tries_left"),
        message=body.get("message", ""),
        terms=body.get("terms"),
        ars_display_code=ars.get("display_code"),
        verified=use.verified_at is not None,
    )


async def _relay(ctx: MockContext, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
    response = await peer_call(ctx, "pki", method, path, **kwargs)
    body: dict[str, Any] = response.json()
    if response.status_code >= 400:
        raise _refused(body, response.status_code)
    return body


async def _use(ctx: MockContext) -> FincertUse:
    use = await (await ctx.session()).get(FincertUse, ctx.request.path_params["id"])
    if use is None:
        raise Work24Error(404, _C.FINCERT_NOT_VERIFIED)
    return use


@route(
    "POST",
    "/fincert",
    body=FincertStart,
    ok=FincertView,
    status=201,
    errors=_ERRORS,
    summary="금융인증서 확인 시작 — 사업자번호 + 휴대폰번호 (sms, otp or ars)",
    description="step `signup` when the business has no cloud account yet (terms, new PIN).",
)
async def start_fincert(ctx: MockContext, body: FincertStart) -> FincertView:
    number = business_number(body.business_number)
    now, nonce = ctx.clock.now(), secrets.token_urlsafe(24)
    request = {
        "site_code": SITE_CODE,
        "nonce": nonce,
        "subject_type": "business",
        "number": number,
        "phone": body.phone,
        "method": body.method,
    }
    answer = await _relay(ctx, "POST", "/fincert/sessions", json=request)
    use = FincertUse(
        id=new_id("w24f"),
        business_number=number,
        nonce=nonce,
        pki_session_id=answer["id"],
        created_at=now,
        expires_at=now + FINCERT_TTL,
    )
    (await ctx.session()).add(use)
    return _view(use, answer)


@route(
    "GET", "/fincert/{id}", ok=FincertView, errors=_ERRORS, summary="A 금융인증서 use as it stands"
)
async def get_fincert(ctx: MockContext) -> FincertView:
    use = await _use(ctx)
    return _view(use, await _relay(ctx, "GET", f"/fincert/sessions/{use.pki_session_id}"))


@route(
    "POST",
    "/fincert/{id}/signup",
    body=FincertSignup,
    ok=FincertView,
    errors=_ERRORS,
    summary="금융인증서비스 가입 — terms and a new 6-digit PIN (first use: no cloud account)",
)
async def sign_up_fincert(ctx: MockContext, body: FincertSignup) -> FincertView:
    use = await _use(ctx)
    path = f"/fincert/sessions/{use.pki_session_id}/signup"
    return _view(use, await _relay(ctx, "POST", path, json=body.model_dump()))


@route(
    "POST",
    "/fincert/{id}/confirm",
    body=FincertCode,
    ok=FincertView,
    errors=_ERRORS,
    summary="인증번호 확인 — the SMS code (or the OTP's)",
)
async def confirm_fincert(ctx: MockContext, body: FincertCode) -> FincertView:
    use = await _use(ctx)
    path = f"/fincert/sessions/{use.pki_session_id}/confirm"
    return _view(use, await _relay(ctx, "POST", path, json=body.model_dump()))


@route(
    "POST",
    "/fincert/{id}/resend",
    ok=FincertView,
    errors=_ERRORS,
    summary="인증번호 재전송 — a new SMS code",
)
async def resend_fincert(ctx: MockContext) -> FincertView:
    use = await _use(ctx)
    return _view(use, await _relay(ctx, "POST", f"/fincert/sessions/{use.pki_session_id}/resend"))


@route(
    "POST",
    "/__admin/fincert/{id}/ars",
    body=FincertArsKeypad,
    ok=FincertView,
    errors=_ERRORS,
    summary="Test control: the user answers the ARS call and keys in the code shown on screen",
    description=(
        "전화거는 ARS로 인증: the CA calls the registered phone and the user keys in the 2-digit "
        "확인코드 the use shows (`ars_display_code`). Work24 does not disclose the CA's session "
        "id, so this control relays the keying to the pki mock's "
        "`POST /__admin/fincert/sessions/{id}/ars` for this Work24 use; a wrong code is the "
        "CA's refusal (FINCERT_REFUSED, reason WRONG_CODE, tries_left). Then `/sign` as usual."
    ),
)
async def key_in_ars(ctx: MockContext, body: FincertArsKeypad) -> FincertView:
    use = await _use(ctx)
    path = f"/__admin/fincert/sessions/{use.pki_session_id}/ars"
    return _view(use, await _relay(ctx, "POST", path, json=body.model_dump()))


async def _yessign(ctx: MockContext) -> x509.Certificate:
    answer = await _relay(ctx, "GET", "/ca/certificates")
    signer = answer["assertion_signer"]
    pem = next(ca["pem"] for ca in answer["intermediates"] if ca["id"] == signer)
    return x509.load_pem_x509_certificate(pem.encode())


@route(
    "POST",
    "/fincert/{id}/sign",
    body=FincertPin,
    ok=FincertView,
    errors=_ERRORS,
    summary="PIN 입력 — the CA signs; Work24 verifies the assertion and the use is confirmed",
)
async def sign_fincert(ctx: MockContext, body: FincertPin) -> FincertView:
    use = await _use(ctx)
    path = f"/fincert/sessions/{use.pki_session_id}/sign"
    signed = await _relay(ctx, "POST", path, json=body.model_dump())
    now = ctx.clock.now()
    try:
        claims = verify_assertion(
            signed["assertion"], await _yessign(ctx), audience=SITE_CODE, nonce=use.nonce, now=now
        )
    except InvalidAssertionError as error:
        raise Work24Error(
            422,
            _C.FINCERT_REFUSED,
            reason="INVALID_ASSERTION",
            message=str(error),
            message_en=str(error),
        ) from None
    if claims["sub_hash"] != subject_hash(SITE_CODE, use.nonce, use.business_number):
        raise Work24Error(422, _C.OWNER_MISMATCH, field="business_number")
    use.verified_at, use.holder_name = now, str(claims["name"])
    use.expires_at = now + FINCERT_TTL
    session = await _relay(ctx, "GET", f"/fincert/sessions/{use.pki_session_id}")
    return _view(use, session)
