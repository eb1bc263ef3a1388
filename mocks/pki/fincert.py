"""금융인증서 (cloud financial certificate of 금융결제원): one use by a relying party.

Starting, signing up, signing and reading a session are here; confirming the phone is in
`mocks.pki.fincert_confirm`.

``POST /fincert/sessions`` with the number and the registered mobile → ``signup`` when there
is no cloud account yet (the Work24 manual's "클라우드 계정이 없습니다…"; terms and a new PIN),
then ``confirm``: an SMS code (outbox), the registered OTP, or ARS (the registered phone is
called and the user keys in the 2-digit code shown on screen; test control
``POST /__admin/fincert/sessions/{id}/ars``) → ``pin`` → ``done`` with a signed assertion.
Five wrong codes lock the session; five wrong PINs lock the account.
"""

from __future__ import annotations

import hmac

from koreakit import phone
from mocks.framework import MockContext
from mocks.framework.identifiers import mobile_digits, new_id
from mocks.framework.sealing import hash_secret, verify_secret
from mocks.framework.sites import SITES
from mocks.pki import messages
from mocks.pki.agency import pki_of, route
from mocks.pki.assertion import sign_assertion, subject_hash
from mocks.pki.errors import PkiError
from mocks.pki.fincert_rules import (
    REQUIRED_TERMS,
    TERMS,
    account_by_hash,
    open_session,
    send_confirmation,
    view,
    weak_pin,
)
from mocks.pki.fincert_schemas import (
    AssertionClaims,
    FincertSessionView,
    FincertSigned,
    FincertSignup,
    FincertStart,
    PinEntry,
    TermList,
)
from mocks.pki.messages import PkiErrorCode
from mocks.pki.models import FincertAccount, FincertSession
from mocks.pki.subjects import subject_of

_C = PkiErrorCode


@route("GET", "/fincert/terms", ok=TermList, summary="금융인증서비스 약관 — terms of first use")
async def fincert_terms(ctx: MockContext) -> TermList:
    return TermList(notice=messages.TERMS_NOTICE, terms=TERMS)


@route(
    "POST",
    "/fincert/sessions",
    body=FincertStart,
    ok=FincertSessionView,
    status=201,
    errors=(403, 422, 423),
    summary="금융인증서 이용 시작 — by number and registered mobile; sign-up on first use",
)
async def start_fincert(ctx: MockContext, body: FincertStart) -> FincertSessionView:
    if body.site_code not in SITES:
        raise PkiError(403, _C.UNKNOWN_SITE, field="site_code")
    subject = subject_of(body.subject_type, body.number)
    try:
        digits = mobile_digits(body.phone)
    except ValueError:
        raise PkiError(400, _C.INVALID_PHONE, field="phone") from None
    db = await ctx.session()
    account = await account_by_hash(ctx, subject.hash)
    if account is not None:
        if account.locked_at is not None:
            raise PkiError(423, _C.ACCOUNT_LOCKED, tries_left=0)
        if account.phone != digits:
            raise PkiError(422, _C.PHONE_MISMATCH, field="phone")
    if body.method == "otp" and (account is None or account.otp_secret_sealed is None):
        raise PkiError(422, _C.OTP_NOT_REGISTERED, field="method")
    now = ctx.clock.now()
    session = FincertSession(
        id=new_id("fcs"),
        site_code=body.site_code,
        nonce=body.nonce,
        subject_type=body.subject_type,
        number_hash=subject.hash,
        number_masked=subject.masked,
        subject_hash=subject_hash(body.site_code, body.nonce, subject.number),
        phone=digits,
        method=body.method,
        step="signup" if account is None else "confirm",
        account_id=None if account is None else account.id,
        wrong_tries=0,
        resends=0,
        created_at=now,
        expires_at=now + messages.FINCERT_SESSION_TTL,
    )
    db.add(session)
    if account is not None:
        await send_confirmation(ctx, session, now)
    return view(session)


@route(
    "GET",
    "/fincert/sessions/{id}",
    ok=FincertSessionView,
    errors=(404,),
    summary="State of a 금융인증서 session (a client resumes from its step)",
)
async def get_fincert_session(ctx: MockContext) -> FincertSessionView:
    session = await (await ctx.session()).get(FincertSession, ctx.request.path_params["id"])
    if session is None:
        raise PkiError(404, _C.SESSION_NOT_FOUND)
    return view(session)


@route(
    "POST",
    "/fincert/sessions/{id}/signup",
    body=FincertSignup,
    ok=FincertSessionView,
    errors=(404, 409, 410, 423),
    summary="금융인증서비스 가입 — agree to the terms and choose the 6-digit PIN",
    description="The account is created once the phone is confirmed (next step).",
)
async def sign_up_fincert(ctx: MockContext, body: FincertSignup) -> FincertSessionView:
    session, now = await open_session(ctx, "signup")
    if not set(body.agreed_terms) >= REQUIRED_TERMS:
        raise PkiError(400, _C.TERMS_REQUIRED, field="agreed_terms")
    if weak_pin(body.pin):
        raise PkiError(400, _C.WEAK_PIN, field="pin")
    if not hmac.compare_digest(body.pin, body.pin_confirm):
        raise PkiError(400, _C.PIN_CONFIRM_MISMATCH, field="pin_confirm")
    agreed = [term.code for term in TERMS if term.code in body.agreed_terms]
    session.signup_name, session.signup_terms = body.name.strip(), ",".join(agreed)
    session.signup_pin_hash = hash_secret(body.pin)
    session.step = "confirm"
    await send_confirmation(ctx, session, now)
    return view(session)


@route(
    "POST",
    "/fincert/sessions/{id}/sign",
    body=PinEntry,
    ok=FincertSigned,
    errors=(404, 409, 410, 422, 423),
    summary="PIN 입력 — sign: the assertion for the relying party",
    description=(
        "422 WRONG_PIN with tries_left; the fifth wrong PIN locks the account (423 "
        "ACCOUNT_LOCKED, also for every later use)."
    ),
)
async def sign_fincert(ctx: MockContext, body: PinEntry) -> FincertSigned:
    session, now = await open_session(ctx, "pin")
    account = await (await ctx.session()).get(FincertAccount, session.account_id)
    if account is None:
        raise PkiError(404, _C.SESSION_NOT_FOUND)
    if account.locked_at is not None:
        raise PkiError(423, _C.ACCOUNT_LOCKED, tries_left=0)
    if not verify_secret(body.pin, account.pin_hash):
        account.pin_failures += 1
        left = messages.FINCERT_MAX_WRONG_PINS - account.pin_failures
        if left <= 0:
            account.locked_at, session.step = now, "locked"
            raise PkiError(423, _C.ACCOUNT_LOCKED, field="pin", tries_left=0)
        raise PkiError(422, _C.WRONG_PIN, field="pin", tries_left=left)
    account.pin_failures = 0
    session.step, session.completed_at = "done", now
    issued_at = int(now.timestamp())
    claims = {
        "aud": session.site_code,
        "sub_type": session.subject_type,
        "sub_masked": session.number_masked,
        "sub_hash": session.subject_hash,
        "name": account.name,
        "phone_masked": phone.mask(session.phone),
        "auth_method": session.method,
        "iat": issued_at,
        "exp": issued_at + int(messages.ASSERTION_TTL.total_seconds()),
        "nonce": session.nonce,
    }
    signed = sign_assertion(pki_of(ctx).assertion_signer, claims)
    return FincertSigned(
        assertion=signed.token,
        header=signed.header,
        claims=AssertionClaims.model_validate(signed.claims),
        expires_at=now + messages.ASSERTION_TTL,
        message=messages.STEP_MESSAGES["done"],
    )
