"""Certificate login (공동인증서 로그인) and the extra identity check the approval chose
(보안토큰이나 전화인증을 통한 추가 신분확인)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from koreakit import phone
from mocks.framework import MockContext, OneTimeCodes
from mocks.framework.identifiers import new_id
from mocks.framework.sealing import lookup_hash
from mocks.gov24.agency import route
from mocks.gov24.auth import login_of, new_token
from mocks.gov24.errors import Gov24Error
from mocks.gov24.issuance import ApplicationView, application_view
from mocks.gov24.membership import member_of
from mocks.gov24.messages import CODE_TTL, LOGIN_TTL, MAX_WRONG_CODES, Gov24ErrorCode
from mocks.gov24.models import Approval, Login
from mocks.gov24.pki_peer import verify_proof
from mocks.gov24.records import ApprovalView
from mocks.gov24.rules import is_expired, resident, view

_C = Gov24ErrorCode
CODES = OneTimeCodes(
    max_wrong_tries=MAX_WRONG_CODES,
    error=Gov24Error,
    expired=_C.CODE_EXPIRED,
    wrong=_C.WRONG_CODE,
    too_many_tries=_C.TOO_MANY_TRIES,
)
PROMPTS = {
    "security_token": "보안토큰에 표시된 인증번호 6자리를 입력해 주세요.",
    "mobile": "선택한 전화번호로 전화를 걸어 불러주는 인증번호 6자리를 입력해 주세요.",
    "landline": "선택한 전화번호로 전화를 걸어 불러주는 인증번호 6자리를 입력해 주세요.",
}


class Proof(BaseModel):
    """A holder's proof over a pki challenge (`koreakit.npki.Proof.to_json()`)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    certificate: str = Field(description="base64 DER")
    signature: str = Field(description="base64 signature over the challenge's ASCII text")
    challenge: str = Field(description="the nonce from the pki mock's POST /challenges")
    signatureAlgorithm: str = "sha256WithRSAEncryption"
    randomNum: str = Field(description="R from the key file, base64: the owner check")


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    proof: Proof
    resident_number: str = Field(description="주민등록번호 as typed; checked against the VID")


class LoginState(BaseModel):
    """A login: where it stands, what the extra check needs, and the draft it holds."""

    status: Literal["identity_check", "active", "locked"]
    method: Literal["security_token", "mobile", "landline"]
    phone_masked: str | None
    token_serial: str | None
    certificate_serial: str
    code_expires_at: datetime | None
    expires_at: datetime
    message: str
    approval: ApprovalView
    application: ApplicationView | None = None


class LoginStarted(LoginState):
    token: str = Field(description="bearer token of this login; send as Authorization")
    holder_name: str


class CodeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(min_length=1, max_length=10)


@route(
    "POST",
    "/login",
    body=LoginRequest,
    ok=LoginStarted,
    status=201,
    errors=(403, 404, 410, 422, 503),
    summary="인증서 로그인 — a personal certificate proof plus 주민등록번호; needs a valid usage "
    "approval; sends the extra identity-check code. Sent with a member login's bearer token "
    "(entered by ID/PW first), the certificate must be that member's",
)
async def log_in(ctx: MockContext, body: LoginRequest) -> LoginStarted:
    now = ctx.clock.now()
    number = resident(body.resident_number, now.date(), "resident_number").number
    verified = await verify_proof(ctx, body.proof.model_dump(), number)
    session = await ctx.session()
    approval = await session.scalar(
        select(Approval).where(Approval.number_hash == lookup_hash(number))
    )
    if approval is None:
        raise Gov24Error(404, _C.APPROVAL_NOT_FOUND, field="resident_number")
    if is_expired(approval, now):
        raise Gov24Error(410, _C.APPROVAL_EXPIRED)
    if verified["holder_name"] != approval.name:
        raise Gov24Error(422, _C.NAME_MISMATCH, field="proof.certificate")
    await _same_member(ctx, number)
    token = new_token()
    login = Login(
        id=new_id("lgn"),
        token_hash=lookup_hash(token),
        approval_id=approval.id,
        certificate=body.proof.certificate,
        certificate_serial=verified["serial"],
        status="identity_check",
        wrong_tries=0,
        created_at=now,
        expires_at=now + LOGIN_TTL,
        code_expires_at=now + CODE_TTL,
    )
    session.add(login)
    await session.flush()
    await _send_code(ctx, login, approval)
    state = await state_of(ctx, login, approval)
    return LoginStarted(**state.model_dump(), token=token, holder_name=verified["holder_name"])


async def _same_member(ctx: MockContext, number: str) -> None:
    """Entered by ID and password first (``Authorization: Bearer g24m_…``): the certificate must
    be that member's. A lapsed member login is no obstacle: a certificate login alone is allowed.

    Raises: Gov24Error 403 MEMBER_MISMATCH.
    """
    scheme, _, token = ctx.request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        return
    member = await member_of(ctx, token)
    if member is not None and member.number_hash != lookup_hash(number):
        raise Gov24Error(403, _C.MEMBER_MISMATCH, field="proof.certificate")


async def _send_code(ctx: MockContext, login: Login, approval: Approval) -> None:
    code = CODES.issue(login)
    if approval.method == "security_token":
        to, body = approval.token_serial or "", f"[보안토큰] 인증번호 {code}"
    else:
        to = approval.phone or ""
        body = f"[정부24 ARS] 전자본인서명확인서 추가 신분확인 인증번호는 {code} 입니다."
    await ctx.outbox.send(channel="sms", to=to, body=body, code=code)


@route(
    "POST",
    "/login/identity-check",
    body=CodeRequest,
    ok=LoginState,
    errors=(401, 403, 409, 410, 422, 423),
    summary="추가 신분확인 — the code the security token shows or the phone call reads out",
)
async def identity_check(ctx: MockContext, body: CodeRequest) -> LoginState:
    login, approval = await login_of(ctx, checked=False)
    if login.status == "active":
        raise Gov24Error(409, _C.ALREADY_CHECKED)
    now = ctx.clock.now()
    CODES.check(login, body.code.strip(), now)
    login.status, login.code_hash = "active", None
    return await state_of(ctx, login, approval)


@route(
    "GET",
    "/login",
    ok=LoginState,
    errors=(401,),
    summary="The current login (Authorization: Bearer) and its approval",
)
async def current_login(ctx: MockContext) -> LoginState:
    login, approval = await login_of(ctx, checked=False)
    return await state_of(ctx, login, approval)


async def state_of(ctx: MockContext, login: Login, approval: Approval) -> LoginState:
    now = ctx.clock.now()
    application = None
    if login.application_id is not None:
        application = await application_view(ctx, login.application_id, approval, now)
    return LoginState(
        status=login.status,
        method=approval.method,
        phone_masked=phone.mask(approval.phone) if approval.phone else None,
        token_serial=approval.token_serial,
        certificate_serial=login.certificate_serial,
        code_expires_at=login.code_expires_at if login.status == "identity_check" else None,
        expires_at=login.expires_at,
        message=PROMPTS[approval.method],
        approval=view(approval, now),
        application=application,
    )
