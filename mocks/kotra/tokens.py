"""Login tokens: issued on login, found again from ``Authorization: Bearer …``."""

from __future__ import annotations

import secrets

from sqlalchemy import select

from mocks.framework import MockContext
from mocks.framework.sealing import lookup_hash
from mocks.kotra import messages
from mocks.kotra.errors import KotraError
from mocks.kotra.messages import KotraErrorCode as C
from mocks.kotra.models import Company, LoginToken, Member


async def issue(
    ctx: MockContext, principal: str, *, member_id: int | None = None, company: str | None = None
) -> tuple[str, LoginToken]:
    token = "kt_" + secrets.token_urlsafe(24)
    row = LoginToken(
        token_hash=lookup_hash(token),
        principal=principal,
        member_id=member_id,
        company_number=company,
        expires_at=ctx.clock.now() + messages.LOGIN_TTL,
    )
    (await ctx.session()).add(row)
    return token, row


async def current(ctx: MockContext, principal: str) -> LoginToken:
    """The caller's live login of ``principal`` kind. Raises: 401 NOT_LOGGED_IN."""
    scheme, _, token = ctx.request.headers.get("authorization", "").partition(" ")
    row = None
    if scheme.lower() == "bearer" and token:
        row = await (await ctx.session()).get(LoginToken, lookup_hash(token.strip()))
    if row is None or row.principal != principal or row.expires_at <= ctx.clock.now():
        raise KotraError(401, C.NOT_LOGGED_IN)
    return row


async def current_member(ctx: MockContext) -> Member:
    login = await current(ctx, "member")
    member = await (await ctx.session()).get(Member, login.member_id)
    if member is None or member.deleted_at is not None:
        raise KotraError(401, C.NOT_LOGGED_IN)
    return member


async def current_company(ctx: MockContext) -> tuple[LoginToken, Company]:
    login = await current(ctx, "company")
    company = await (await ctx.session()).get(Company, login.company_number)
    if company is None:
        raise KotraError(401, C.NOT_LOGGED_IN)
    return login, company


async def member_by_login_id(ctx: MockContext, login_id: str) -> Member | None:
    session = await ctx.session()
    found: Member | None = await session.scalar(select(Member).where(Member.login_id == login_id))
    return found
