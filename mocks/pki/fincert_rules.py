"""The steps of a 금융인증서 session that several operations share: finding and checking the
session, sending the confirmation, counting wrong codes, creating the account on first use."""

from __future__ import annotations

import itertools
from datetime import datetime

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.twofactor import InvalidToken
from cryptography.hazmat.primitives.twofactor.totp import TOTP
from sqlalchemy import select

from koreakit import phone
from mocks.framework import MockContext, OneTimeCodes
from mocks.framework.codes import new_code
from mocks.framework.sealing import unseal
from mocks.pki import messages
from mocks.pki.errors import PkiError
from mocks.pki.fincert_schemas import ArsPrompt, FincertSessionView, Term
from mocks.pki.messages import PkiErrorCode
from mocks.pki.models import FincertAccount, FincertSession

_C = PkiErrorCode
TERMS = [Term(code=code, title=title, required=req) for code, title, req in messages.FINCERT_TERMS]
REQUIRED_TERMS = frozenset(term.code for term in TERMS if term.required)
CODES = OneTimeCodes(
    max_wrong_tries=messages.FINCERT_MAX_WRONG_CODES,
    error=PkiError,
    expired=_C.CODE_EXPIRED,
    wrong=_C.WRONG_CODE,
    too_many_tries=_C.TOO_MANY_TRIES,
)
"""The session's SMS, OTP and ARS codes: the fifth wrong one locks the session."""


def view(session: FincertSession) -> FincertSessionView:
    step = session.step
    message = {
        "signup": messages.NO_CLOUD_ACCOUNT_MESSAGE,
        "confirm": messages.STEP_MESSAGES[session.method],
    }.get(step) or messages.STEP_MESSAGES[step]
    ars = None
    if step == "confirm" and session.method == "ars" and session.ars_code is not None:
        ars = ArsPrompt(display_code=session.ars_code, phone_masked=phone.mask(session.phone))
    return FincertSessionView(
        id=session.id,
        step=step,
        method=session.method,
        site_code=session.site_code,
        subject_type=session.subject_type,
        number_masked=session.number_masked,
        phone_masked=phone.mask(session.phone),
        expires_at=session.expires_at,
        code_expires_at=session.code_expires_at,
        tries_left=CODES.tries_left(session),
        message=message,
        terms=TERMS if step == "signup" else None,
        ars=ars,
    )


async def send_confirmation(ctx: MockContext, session: FincertSession, now: datetime) -> None:
    session.code_expires_at = now + messages.FINCERT_CODE_TTL
    if session.method == "sms":
        code = CODES.issue(session)
        await ctx.outbox.send(
            channel="sms",
            to=session.phone,
            subject="[금융결제원] 금융인증서비스 인증번호",
            body=f"[금융결제원] 금융인증서비스 인증번호 [{code}]를 입력해 주세요.",
            code=code,
        )
    elif session.method == "ars":
        session.ars_code = new_code(2)


async def account_by_hash(ctx: MockContext, number_hash: str) -> FincertAccount | None:
    db = await ctx.session()
    return await db.scalar(select(FincertAccount).where(FincertAccount.number_hash == number_hash))


async def open_session(ctx: MockContext, *steps: str) -> tuple[FincertSession, datetime]:
    """The path's session, if it is at one of ``steps`` and not expired; and now."""
    session = await (await ctx.session()).get(FincertSession, ctx.request.path_params["id"])
    if session is None:
        raise PkiError(404, _C.SESSION_NOT_FOUND)
    now = ctx.clock.now()
    if session.step == "locked":
        raise PkiError(423, _C.TOO_MANY_TRIES, tries_left=0)
    if session.step != "done" and now > session.expires_at:
        raise PkiError(410, _C.SESSION_EXPIRED)
    if session.step not in steps:
        raise PkiError(409, _C.WRONG_STEP)
    return session, now


def weak_pin(pin: str) -> bool:
    """One repeated digit (111111) or a run (123456, 987654)."""
    steps = {int(b) - int(a) for a, b in itertools.pairwise(pin)}
    return steps in ({0}, {1}, {-1})


async def otp_ok(ctx: MockContext, session: FincertSession, code: str, now: datetime) -> bool:
    """Whether ``code`` is the account's OTP code now (or one 30-second step either side)."""
    account = await (await ctx.session()).get(FincertAccount, session.account_id)
    if account is None or account.otp_secret_sealed is None:
        return False
    totp = TOTP(bytes.fromhex(unseal(account.otp_secret_sealed)), 6, hashes.SHA1(), 30)
    for drift in (0, -30, 30):  # one step of clock drift either way
        try:
            totp.verify(code.encode(), int(now.timestamp()) + drift)
        except InvalidToken:
            continue
        return True
    return False


async def confirmed(ctx: MockContext, session: FincertSession, now: datetime) -> None:
    """The phone is proven: create the account on first use, then ask for the PIN."""
    if session.account_id is None:
        account = FincertAccount(
            subject_type=session.subject_type,
            number_hash=session.number_hash,
            number_masked=session.number_masked,
            name=session.signup_name or "",
            phone=session.phone,
            pin_hash=session.signup_pin_hash or "",
            pin_failures=0,
            terms=session.signup_terms or "",
            created_at=now,
        )
        db = await ctx.session()
        db.add(account)
        await db.flush()
        session.account_id = account.id
        session.signup_pin_hash = None
    session.step, session.code_hash, session.ars_code = "pin", None, None
