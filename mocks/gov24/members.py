"""정부24 접속 by ID and password (``ID, PW 입력``): a portal login that opens no issuance menu.

The seed's 발급절차 starts with "정부24 접속 — ID, PW 입력 또는 인증서 로그인", and its step list
then sends the user from the 신청 button to the 복합인증 로그인 (공인인증서 로그인 + 전화번호 인증):
whichever way one entered, the 발급시스템 needs the certificate and the extra check. So a member
login here is only the way in; every 발급시스템 menu answers it ``COMPLEX_AUTH_REQUIRED``, and a
certificate login sent with it must be the same person's (``MEMBER_MISMATCH``).
"""

from __future__ import annotations

import secrets
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from mocks.framework import MockContext
from mocks.framework.sealing import lookup_hash, verify_secret
from mocks.gov24.agency import route
from mocks.gov24.errors import Gov24Error
from mocks.gov24.membership import TOKEN_PREFIX
from mocks.gov24.messages import MEMBER_LOGIN_TTL, Gov24ErrorCode
from mocks.gov24.models import Member, MemberLogin

_C = Gov24ErrorCode
COMPLEX_AUTH_NOTICE = (
    "전자본인서명확인서 발급은 복합인증 로그인(공인인증서 로그인 + 추가 신분확인)이 필요합니다."
)


class MemberLoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    user_id: str = Field(min_length=1, max_length=20, description="아이디")
    password: str = Field(min_length=1, max_length=64, description="비밀번호")


class MemberLoginStarted(BaseModel):
    """A portal login; its token goes with `POST /login` as ``Authorization: Bearer``."""

    token: str = Field(description="bearer token of this member login")
    user_id: str
    name: str
    expires_at: datetime
    complex_auth_required: bool = Field(
        True, description="always true: the 발급시스템 needs the 복합인증 로그인"
    )
    message: str = COMPLEX_AUTH_NOTICE


@route(
    "POST",
    "/members/login",
    body=MemberLoginRequest,
    ok=MemberLoginStarted,
    status=201,
    errors=(401,),
    summary="정부24 접속 — ID, PW 입력: a portal login; the issuance menus still need the "
    "복합인증 로그인 (`POST /login`, which may carry this token)",
)
async def member_log_in(ctx: MockContext, body: MemberLoginRequest) -> MemberLoginStarted:
    session = await ctx.session()
    member = await session.get(Member, body.user_id.strip())
    if member is None or not verify_secret(body.password, member.password_hash):
        raise Gov24Error(401, _C.MEMBER_LOGIN_FAILED, field="password")
    now = ctx.clock.now()
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    login = MemberLogin(
        token_hash=lookup_hash(token),
        user_id=member.user_id,
        created_at=now,
        expires_at=now + MEMBER_LOGIN_TTL,
    )
    session.add(login)
    return MemberLoginStarted(
        token=token, user_id=member.user_id, name=member.name, expires_at=login.expires_at
    )
