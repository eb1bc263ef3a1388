"""기업회원 로그인 (seed §1.4.1): member type plus a registered certificate.

일반사업자 and 사무대행기관 log in as what they joined as; any member may log in as 대리인
(employment insurance, vocational training and foreign-worker services only). The session
answers what the login type may use.
"""

from __future__ import annotations

import secrets

from mocks.framework import MockContext
from mocks.framework.sealing import lookup_hash
from mocks.work24 import proofs
from mocks.work24.agency import route
from mocks.work24.errors import Work24Error
from mocks.work24.members import certificates_of, existing_member, show
from mocks.work24.messages import LOGIN_TTL, MEMBER_TYPES, Work24ErrorCode
from mocks.work24.models import Login, Member
from mocks.work24.schemas import LoginRequest, LoginView, MemberView
from mocks.work24.signup import business_number
from mocks.work24.views import services

_C = Work24ErrorCode
TOKEN_PREFIX = "w24t_"


def _may_log_in_as(member: Member, login_type: str) -> bool:
    return login_type == "proxy" or member.member_type == login_type


def _view(login: Login, member: MemberView, token: str | None) -> LoginView:
    return LoginView(
        token=token,
        login_type=login.login_type,  # one of MEMBER_TYPES
        login_type_label=MEMBER_TYPES[login.login_type],
        services=services(login.login_type, member.employment_membership),
        expires_at=login.expires_at,
        member=member,
    )


@route(
    "POST",
    "/logins",
    body=LoginRequest,
    ok=LoginView,
    status=201,
    errors=(404, 409, 422, 503),
    summary="기업회원 로그인 — member type and a registered certificate",
    description=(
        "422 CERTIFICATE_NOT_REGISTERED: 등록된 인증서 정보가 없습니다 (register it first)."
    ),
)
async def log_in(ctx: MockContext, body: LoginRequest) -> LoginView:
    db, now = await ctx.session(), ctx.clock.now()
    number = business_number(body.business_number)
    member = await existing_member(db, number)
    if not _may_log_in_as(member, body.member_type):
        raise Work24Error(422, _C.MEMBER_TYPE_MISMATCH, field="member_type")
    confirmed = await proofs.confirm(ctx, body, number)
    registered = (await certificates_of(db, [member]))[member.id]
    if all(row.certificate_key != confirmed.key for row in registered):
        raise Work24Error(422, _C.CERTIFICATE_NOT_REGISTERED, field="joint")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    login = Login(
        token_hash=lookup_hash(token),
        member_id=member.id,
        login_type=body.member_type,
        created_at=now,
        expires_at=now + LOGIN_TTL,
    )
    db.add(login)
    return _view(login, await show(db, member), token)


@route(
    "GET",
    "/me",
    ok=LoginView,
    errors=(401,),
    summary="The logged-in member (Authorization: Bearer <token>)",
)
async def me(ctx: MockContext) -> LoginView:
    scheme, _, token = ctx.request.headers.get("authorization", "").partition(" ")
    db, now = await ctx.session(), ctx.clock.now()
    login = await db.get(Login, lookup_hash(token.strip())) if scheme.lower() == "bearer" else None
    if login is None or login.expires_at <= now:
        raise Work24Error(401, _C.LOGIN_REQUIRED)
    member = await db.get(Member, login.member_id)
    if member is None:
        raise Work24Error(401, _C.LOGIN_REQUIRED)
    return _view(login, await show(db, member), None)
