"""휴대폰 본인확인 by PASS or SMS: carrier, name, birth date + 7th digit and phone, four consents,
then a 6-digit code.

When the data does not match the carrier's subscriber, the answer looks the same but no code
is sent (KOTRA manual: "입력하신 인증정보가 일치하지 않을 경우, 인증번호 문자는 발송되지
않습니다."), so every code entered for it is wrong.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from koreakit import phone
from mocks.framework import MockContext, OneTimeCodes
from mocks.framework.identifiers import mobile_digits, new_id
from mocks.identity import messages
from mocks.identity.agency import route
from mocks.identity.errors import IdentityError
from mocks.identity.messages import IdentityErrorCode
from mocks.identity.models import Person, Verification
from mocks.identity.records import Carrier
from mocks.identity.results import (
    expire_if_due,
    find_line,
    get_verification,
    identity_result,
    require_consents,
    same_name,
)
from mocks.identity.schemas import PhoneConsents, VerificationCompleted
from mocks.identity.sites import site_name

_C = IdentityErrorCode
_CENTURY = dict.fromkeys("1256", 1900) | dict.fromkeys("3478", 2000)

CODES = OneTimeCodes(
    max_wrong_tries=messages.MAX_WRONG_TRIES,
    error=IdentityError,
    expired=_C.CODE_EXPIRED,
    wrong=_C.WRONG_CODE,
    too_many_tries=_C.TOO_MANY_TRIES,
)
"""The phone verification's 6-digit codes: the fifth wrong one locks the verification."""


class PhoneVerificationStart(BaseModel):
    model_config = ConfigDict(extra="forbid")

    site_code: str = Field(description="the relying party (kotra, kosme, …)")
    carrier: Carrier = Field(description="이용중인 통신사: SKT, KT, LGU+, MVNO (알뜰폰)")
    method: Literal["pass", "sms"] = Field(description="PASS로 인증 or 문자(SMS)로 인증")
    name: str = Field(min_length=1, max_length=60, description="이름")
    birth_date: str = Field(pattern=r"^\d{6}$", description="생년월일 YYMMDD")
    sex_digit: str = Field(pattern=r"^[1-8]$", description="주민등록번호 뒷자리 첫 숫자 (성별)")
    phone: str = Field(description="휴대폰번호, e.g. 01012345678")
    consents: PhoneConsents


class PhoneVerificationStarted(BaseModel):
    """A code was sent (or, when the data matched no subscriber, silently not)."""

    id: str
    status: Literal["code_sent"] = "code_sent"
    method: Literal["pass", "sms"]
    carrier: Carrier
    phone_masked: str = Field(description="010-1234-****")
    code_expires_at: datetime = Field(description="the code is refused after this instant")
    expires_at: datetime = Field(description="the verification can be finished until then")
    tries_left: int
    resends_left: int
    message: str
    notice: list[str] = Field(description="인증번호 문자를 못 받으셨나요? (the manual's notes)")


class CodeEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(pattern=r"^\d{6}$", description="인증번호, 6 digits")


def _digits(value: str) -> str:
    try:
        return mobile_digits(value)
    except ValueError:
        raise IdentityError(400, _C.INVALID_PHONE, field="phone") from None


def _check_birth_date(yymmdd: str, sex_digit: str, today: date) -> None:
    try:
        born = date(_CENTURY[sex_digit] + int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:]))
    except ValueError:
        raise IdentityError(400, _C.INVALID_BIRTH_DATE, field="birth_date") from None
    if born > today:
        raise IdentityError(400, _C.INVALID_BIRTH_DATE, field="birth_date")


async def _send_code(ctx: MockContext, verification: Verification) -> None:
    code = CODES.issue(verification)
    via = "PASS" if verification.method == "pass" else "SMS"
    site = site_name(verification.site_code)
    await ctx.outbox.send(
        channel="sms",
        to=verification.phone or "",
        subject=f"[{via}] 본인확인 인증번호",
        body=f"[{via}] 본인확인 인증번호 [{code}]를 입력해 주세요. ({site})",
        code=code,
    )


def _started(verification: Verification) -> PhoneVerificationStarted:
    assert verification.code_expires_at is not None
    assert verification.phone is not None
    return PhoneVerificationStarted(
        id=verification.id,
        method=verification.method,
        carrier=verification.provider,
        phone_masked=phone.mask(verification.phone),
        code_expires_at=verification.code_expires_at,
        expires_at=verification.expires_at,
        tries_left=CODES.tries_left(verification),
        resends_left=messages.MAX_RESENDS - verification.resends,
        message=messages.CODE_SENT_MESSAGE,
        notice=list(messages.CODE_NOT_RECEIVED_NOTICE),
    )


async def _subscriber(ctx: MockContext, body: PhoneVerificationStart, digits: str) -> Person | None:
    """The person when every entered detail matches the carrier's subscriber, else None."""
    found = await find_line(await ctx.session(), digits)
    if found is None:
        return None
    line, person = found
    matches = (
        line.carrier == body.carrier
        and same_name(body.name, person.name)
        and person.number_masked[:8] == f"{body.birth_date}-{body.sex_digit}"
    )
    if not matches:
        return None
    if body.method == "pass" and not line.pass_app:
        raise IdentityError(422, _C.PASS_APP_REQUIRED, field="method")
    return person


@route(
    "POST",
    "/phone/verifications",
    body=PhoneVerificationStart,
    ok=PhoneVerificationStarted,
    status=201,
    errors=(403, 422),
    summary="휴대폰 본인확인 시작 — send a 6-digit code by PASS or SMS",
    description=(
        "All four consents are required. A code goes to the outbox only when carrier, name, "
        "birth date, 7th digit and phone match the subscriber; otherwise the answer is the same "
        "and nothing is sent. 422 PASS_APP_REQUIRED when PASS is chosen on a phone without it."
    ),
)
async def start_phone_verification(
    ctx: MockContext, body: PhoneVerificationStart
) -> PhoneVerificationStarted:
    site_name(body.site_code)
    require_consents(body.consents)
    digits = _digits(body.phone)
    now = ctx.clock.now()
    _check_birth_date(body.birth_date, body.sex_digit, now.date())
    person = await _subscriber(ctx, body, digits)
    verification = Verification(
        id=new_id("phv"),
        kind="phone",
        method=body.method,
        site_code=body.site_code,
        status="code_sent",
        person_id=None if person is None else person.id,
        phone=digits,
        provider=body.carrier,
        code_expires_at=now + messages.CODE_TTL,
        wrong_tries=0,
        resends=0,
        created_at=now,
        expires_at=now + messages.SESSION_TTL,
    )
    (await ctx.session()).add(verification)
    if person is not None:
        await _send_code(ctx, verification)
    return _started(verification)


async def _open_verification(ctx: MockContext) -> tuple[Verification, datetime]:
    verification = await get_verification(
        await ctx.session(), ctx.request.path_params["id"], "phone"
    )
    now = ctx.clock.now()
    expire_if_due(verification, now)
    if verification.status == "expired":
        raise IdentityError(410, _C.SESSION_EXPIRED)
    if verification.status == "locked":
        raise IdentityError(423, _C.TOO_MANY_TRIES, tries_left=0)
    if verification.status == "verified":
        raise IdentityError(409, _C.ALREADY_COMPLETED)
    return verification, now


@route(
    "POST",
    "/phone/verifications/{id}/confirm",
    body=CodeEntry,
    ok=VerificationCompleted,
    errors=(404, 409, 410, 422, 423),
    summary="인증번호 확인 — the verified identity with CI and DI",
    description=(
        "422 WRONG_CODE with tries_left; the fifth wrong code locks the verification (423 "
        "TOO_MANY_TRIES); 410 CODE_EXPIRED once the code's time is up (resend for a new one)."
    ),
)
async def confirm_phone_verification(ctx: MockContext, body: CodeEntry) -> VerificationCompleted:
    verification, now = await _open_verification(ctx)
    CODES.check(verification, body.code, now)
    verification.status, verification.completed_at = "verified", now
    verification.code_hash = None
    person = await (await ctx.session()).get(Person, verification.person_id)
    assert person is not None
    result = identity_result(verification, person)
    return VerificationCompleted(message=messages.VERIFIED_MESSAGE, result=result)


@route(
    "POST",
    "/phone/verifications/{id}/resend",
    ok=PhoneVerificationStarted,
    errors=(404, 409, 410, 423, 429),
    summary="재전송 — a new code; the previous one stops working",
    description="Wrong tries are not reset. At most five resends (429 TOO_MANY_RESENDS).",
)
async def resend_phone_code(ctx: MockContext) -> PhoneVerificationStarted:
    verification, now = await _open_verification(ctx)
    if verification.resends >= messages.MAX_RESENDS:
        raise IdentityError(429, _C.TOO_MANY_RESENDS)
    verification.resends += 1
    verification.code_expires_at = now + messages.CODE_TTL
    verification.code_hash = None
    if verification.person_id is not None:
        await _send_code(ctx, verification)
    return _started(verification)
