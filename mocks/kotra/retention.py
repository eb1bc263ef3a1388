"""간편회원 retention: an account unused through the 3-year re-consent period is deleted
(※ 재동의 기간(3년)동안 미접속시 계정이 삭제됩니다.), on the mock clock, before any lookup of simple
members sees it."""

from __future__ import annotations

from sqlalchemy import update

from mocks.framework import MockContext
from mocks.kotra import messages
from mocks.kotra.models import Member


async def purge_unused_simple_members(ctx: MockContext) -> None:
    now = ctx.clock.now()
    await (await ctx.session()).execute(
        update(Member)
        .where(
            Member.kind == "simple",
            Member.deleted_at.is_(None),
            Member.last_login_at < now - messages.SIMPLE_MEMBER_RETENTION,
        )
        .values(deleted_at=now)
    )
