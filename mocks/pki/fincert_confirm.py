"""Confirming a 금융인증서 use: the SMS code or the registered OTP, a new code, or the ARS call
(the registered phone is called; the user keys in the 2-digit code shown on screen)."""

from __future__ import annotations

import hmac

from mocks.framework import MockContext
from mocks.pki import messages
from mocks.pki.agency import route
from mocks.pki.errors import PkiError
from mocks.pki.fincert_rules import CODES, confirmed, open_session, otp_ok, send_confirmation, view
from mocks.pki.fincert_schemas import ArsKeypad, CodeEntry, FincertSessionView
from mocks.pki.messages import PkiErrorCode

_C = PkiErrorCode


@route(
    "POST",
    "/fincert/sessions/{id}/confirm",
    body=CodeEntry,
    ok=FincertSessionView,
    errors=(404, 409, 410, 422, 423),
    summary="인증번호 확인 — the SMS code (outbox) or the registered OTP's code",
    description=(
        "422 WRONG_CODE with tries_left; the fifth wrong code locks the session (423); "
        "410 CODE_EXPIRED after three minutes; 409 ARS_CALL_REQUIRED for the ARS method."
    ),
)
async def confirm_fincert(ctx: MockContext, body: CodeEntry) -> FincertSessionView:
    session, now = await open_session(ctx, "confirm")
    if session.method == "ars":
        raise PkiError(409, _C.ARS_CALL_REQUIRED)
    if session.method == "sms":
        CODES.check(session, body.code, now)
    elif not await otp_ok(ctx, session, body.code, now):
        raise CODES.wrong_try(session)
    await confirmed(ctx, session, now)
    return view(session)


@route(
    "POST",
    "/fincert/sessions/{id}/resend",
    ok=FincertSessionView,
    errors=(404, 409, 410, 423, 429),
    summary="인증번호 재전송 — a new SMS code (or ARS call); the previous one stops working",
)
async def resend_fincert(ctx: MockContext) -> FincertSessionView:
    session, now = await open_session(ctx, "confirm")
    if session.method == "otp":
        raise PkiError(409, _C.WRONG_STEP, field="method")
    if session.resends >= messages.FINCERT_MAX_RESENDS:
        raise PkiError(429, _C.TOO_MANY_RESENDS)
    session.resends += 1
    await send_confirmation(ctx, session, now)
    return view(session)


@route(
    "POST",
    "/__admin/fincert/sessions/{id}/ars",
    body=ArsKeypad,
    ok=FincertSessionView,
    errors=(404, 409, 410, 422, 423),
    summary="Test control: the user answers the ARS call and keys in the code shown on screen",
)
async def key_in_ars(ctx: MockContext, body: ArsKeypad) -> FincertSessionView:
    session, now = await open_session(ctx, "confirm")
    if session.method != "ars":
        raise PkiError(409, _C.WRONG_STEP, field="method")
    CODES.refuse_expired(session, now, field="digits")
    if not hmac.compare_digest(session.ars_code or "", body.digits):
        raise CODES.wrong_try(session)
    await confirmed(ctx, session, now)
    return view(session)
