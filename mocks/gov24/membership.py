"""정부24 회원 records and their logins: recording a member (seed, admin) and telling a member
login's token apart from a 발급시스템 login."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mocks.framework import MockContext
from mocks.framework.sealing import hash_secret, lookup_hash, seed_salt
from mocks.gov24.models import Member, MemberLogin
from mocks.gov24.records import MemberRequest
from mocks.gov24.rules import resident

TOKEN_PREFIX = "g24m_"
"""Member-login tokens are told apart from 발급시스템 logins by this prefix."""


async def record(session: AsyncSession, request: MemberRequest, now: datetime) -> Member:
    """Record (or replace) a member; the password only as a salted pbkdf2 hash.

    Raises: Gov24Error 400 INVALID_NUMBER.
    """
    number = resident(request.resident_number, now.date(), "resident_number").number
    member = await session.get(Member, request.user_id)
    if member is None:
        member = Member(user_id=request.user_id)
        session.add(member)
    member.name = request.name
    member.number_hash = lookup_hash(number)
    member.password_hash = hash_secret(request.password, seed_salt("gov24", request.user_id))
    await session.flush()
    return member


async def member_of(ctx: MockContext, token: str) -> Member | None:
    """The member of a live member-login ``token``; None for any other token."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    session = await ctx.session()
    login = await session.scalar(
        select(MemberLogin).where(MemberLogin.token_hash == lookup_hash(token))
    )
    if login is None or ctx.clock.now() >= login.expires_at:
        return None
    return await session.get(Member, login.user_id)
