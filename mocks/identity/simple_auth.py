"""간편인증: the provider pushes a request to the user's app; the user approves or refuses it.

States: ``requested`` (accepted, push not yet delivered) → ``pending`` (pushed to the app; this
mock delivers at once, so a new request answers ``pending``) → ``approved`` | ``rejected`` |
``expired`` (not confirmed within `SIMPLE_AUTH_TTL`). The relying party polls
``GET /verifications/{id}``. The user's app is simulated by the test-control endpoints
``POST /__admin/simple-auth/{id}/approve`` and ``…/reject``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from pydantic import BaseModel, ConfigDict, Field

from mocks.framework import MockContext
from mocks.framework.identifiers import mobile_digits, new_id
from mocks.identity import messages
from mocks.identity.agency import route
from mocks.identity.errors import IdentityError
from mocks.identity.messages import IdentityErrorCode
from mocks.identity.models import Verification
from mocks.identity.records import SimpleAuthProvider
from mocks.identity.results import (
    expire_if_due,
    find_line,
    get_verification,
    require_consents,
    same_name,
)
from mocks.identity.schemas import ServiceConsents, VerificationStatus
from mocks.identity.sites import site_name

_C = IdentityErrorCode

PROVIDER_LABELS: Final[dict[str, str]] = {
    "payco": "PAYCO 인증서",
    "pass": "PASS 인증서",
    "samsungpass": "삼성패스 인증서",
    "naver": "네이버 인증서",
    "fincert": "금융인증서",
    "kakao": "카카오톡 인증",
    "toss": "토스 인증서",
    "kb": "KB국민인증서",
    "shinhan": "신한 인증서",
}
"""The providers as the KOTRA manual's 간편인증 window names them."""


class SimpleAuthStart(BaseModel):
    model_config = ConfigDict(extra="forbid")

    site_code: str
    provider: SimpleAuthProvider
    name: str = Field(min_length=1, max_length=60, description="이름")
    birth_date: str = Field(pattern=r"^\d{8}$", description="생년월일 YYYYMMDD")
    phone: str = Field(description="휴대폰번호")
    consents: ServiceConsents


class SimpleAuthRequested(BaseModel):
    id: str
    status: VerificationStatus
    provider: SimpleAuthProvider
    provider_label: str = Field(description="카카오톡 인증, 네이버 인증서, …")
    expires_at: datetime = Field(description="the user must confirm in the app before this")
    message: str


class SimpleAuthDecision(BaseModel):
    id: str
    status: VerificationStatus


@route(
    "POST",
    "/simple-auth/requests",
    body=SimpleAuthStart,
    ok=SimpleAuthRequested,
    status=201,
    errors=(403, 422),
    summary="간편인증 요청 — push an authentication request to the provider's app",
    description=(
        "Name, birth date and phone must belong to a person with a certificate of that "
        "provider (422 NOT_ENROLLED otherwise). Poll GET /verifications/{id}."
    ),
)
async def request_simple_auth(ctx: MockContext, body: SimpleAuthStart) -> SimpleAuthRequested:
    site = site_name(body.site_code)
    require_consents(body.consents)
    try:
        digits = mobile_digits(body.phone)
    except ValueError:
        raise IdentityError(400, _C.INVALID_PHONE, field="phone") from None
    found = await find_line(await ctx.session(), digits)
    person = None if found is None else found[1]
    if (
        person is None
        or not same_name(body.name, person.name)
        or person.birth_date.strftime("%Y%m%d") != body.birth_date
        or body.provider not in person.simple_auth.split(",")
    ):
        raise IdentityError(422, _C.NOT_ENROLLED)
    now = ctx.clock.now()
    label = PROVIDER_LABELS[body.provider]
    verification = Verification(
        id=new_id("sau"),
        kind="simple_auth",
        method=body.provider,
        site_code=body.site_code,
        status="requested",
        person_id=person.id,
        phone=digits,
        provider=body.provider,
        wrong_tries=0,
        resends=0,
        created_at=now,
        expires_at=now + messages.SIMPLE_AUTH_TTL,
    )
    (await ctx.session()).add(verification)
    await ctx.outbox.send(
        channel="sms",
        to=digits,
        subject=f"[{label}] 인증 요청",
        body=f"[{label}] {site}에서 본인확인을 요청했습니다. 앱에서 확인해 주세요.",
    )
    verification.status = "pending"  # the push is delivered
    return SimpleAuthRequested(
        id=verification.id,
        status="pending",
        provider=body.provider,
        provider_label=label,
        expires_at=verification.expires_at,
        message=f"{label} 앱에서 인증 요청을 확인해 주세요.",
    )


async def _decide(ctx: MockContext, status: VerificationStatus) -> SimpleAuthDecision:
    session = await ctx.session()
    verification = await get_verification(session, ctx.request.path_params["id"], "simple_auth")
    now = ctx.clock.now()
    expire_if_due(verification, now)
    if verification.status == "expired":
        raise IdentityError(409, _C.REQUEST_EXPIRED)
    if verification.status not in ("requested", "pending"):
        raise IdentityError(409, _C.ALREADY_COMPLETED)
    verification.status, verification.completed_at = status, now
    return SimpleAuthDecision(id=verification.id, status=status)


@route(
    "POST",
    "/__admin/simple-auth/{id}/approve",
    ok=SimpleAuthDecision,
    errors=(404, 409),
    summary="Test control: the user approves the request in the app (PIN or biometrics)",
)
async def approve_simple_auth(ctx: MockContext) -> SimpleAuthDecision:
    return await _decide(ctx, "approved")


@route(
    "POST",
    "/__admin/simple-auth/{id}/reject",
    ok=SimpleAuthDecision,
    errors=(404, 409),
    summary="Test control: the user refuses the request in the app",
)
async def reject_simple_auth(ctx: MockContext) -> SimpleAuthDecision:
    return await _decide(ctx, "rejected")
