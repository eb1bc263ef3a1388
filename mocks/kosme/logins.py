"""개인회원 로그인: ID / password / name, SNS, or Digital OnePass; bearer tokens for the API."""

from __future__ import annotations

import secrets

from sqlalchemy import select

from mocks.framework import MockContext
from mocks.framework.sealing import lookup_hash, verify_secret
from mocks.kosme import checks, peers
from mocks.kosme.agency import route
from mocks.kosme.errors import KosmeError
from mocks.kosme.messages import LOGIN_TTL, KosmeErrorCode
from mocks.kosme.models import LoginToken, Member
from mocks.kosme.schemas import LoggedIn, MemberView, OnePassLogin, PasswordLogin, SnsLogin
from mocks.kosme.views import member_view

_C = KosmeErrorCode


async def issue_login(ctx: MockContext, member: Member, method: str) -> LoggedIn:
    """A new bearer token for ``member`` (kept only as a keyed hash)."""
    token = "kst_" + secrets.token_urlsafe(32)
    expires_at = ctx.clock.now() + LOGIN_TTL
    (await ctx.session()).add(
        LoginToken(
            token_hash=lookup_hash(token), member_id=member.id, method=method, expires_at=expires_at
        )
    )
    return LoggedIn(member=member_view(member), token=token, expires_at=expires_at)


async def current_member(ctx: MockContext) -> Member:
    """The member of the request's ``Authorization: Bearer`` token.

    Raises:
        KosmeError: 401 UNAUTHORIZED (missing, unknown or expired token).
    """
    scheme, _, token = ctx.request.headers.get("authorization", "").partition(" ")
    session = await ctx.session()
    row = None
    if scheme.lower() == "bearer" and token:
        row = await session.get(LoginToken, lookup_hash(token.strip()))
    if row is None or row.expires_at <= ctx.clock.now():
        raise KosmeError(401, _C.UNAUTHORIZED)
    member = await session.get(Member, row.member_id)
    if member is None:
        raise KosmeError(401, _C.UNAUTHORIZED)
    return member


@route(
    "POST",
    "/login",
    body=PasswordLogin,
    ok=LoggedIn,
    errors=(401,),
    summary="로그인 — 아이디/비밀번호/성명",
)
async def log_in(ctx: MockContext, body: PasswordLogin) -> LoggedIn:
    member = await (await ctx.session()).scalar(
        select(Member).where(Member.login_id == body.login_id.strip())
    )
    if (
        member is None
        or member.password_hash is None
        or not verify_secret(body.password, member.password_hash)
        or not checks.same_name(body.name, member.name)
    ):
        raise KosmeError(401, _C.LOGIN_FAILED)
    return await issue_login(ctx, member, "password")


@route(
    "POST",
    "/login/sns",
    body=SnsLogin,
    ok=LoggedIn,
    errors=(401, 503),
    summary="SNS 로그인 — naver, kakao or facebook authorization code",
    description="401 NOT_MEMBER when the SNS account has not joined (SNS 회원가입 first).",
)
async def log_in_sns(ctx: MockContext, body: SnsLogin) -> LoggedIn:
    provider = checks.sns_provider(body.provider)
    profile = await peers.sns_profile(ctx, provider, body.code)
    member = await (await ctx.session()).scalar(
        select(Member).where(Member.sns_provider == provider, Member.sns_id == profile["id"])
    )
    if member is None:
        raise KosmeError(401, _C.NOT_MEMBER)
    return await issue_login(ctx, member, "sns")


@route(
    "POST",
    "/login/onepass",
    body=OnePassLogin,
    ok=LoggedIn,
    errors=(401, 503),
    summary="디지털원패스 로그인 — the member verified by Digital OnePass, found by CI",
)
async def log_in_onepass(ctx: MockContext, body: OnePassLogin) -> LoggedIn:
    person = await peers.onepass_identity(ctx, body.code)
    member = await (await ctx.session()).scalar(select(Member).where(Member.ci == person["ci"]))
    if member is None:
        raise KosmeError(401, _C.NOT_MEMBER)
    return await issue_login(ctx, member, "onepass")


@route("GET", "/me", ok=MemberView, errors=(401,), summary="The logged-in member")
async def me(ctx: MockContext) -> MemberView:
    return member_view(await current_member(ctx))
