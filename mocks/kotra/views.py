"""Building the member view (with the affiliated company) inside a request."""

from __future__ import annotations

from mocks.framework import MockContext
from mocks.kotra.models import Company, Member
from mocks.kotra.schemas import MemberView


async def member_view(ctx: MockContext, member: Member) -> MemberView:
    company = None
    if member.company_number is not None:
        company = await (await ctx.session()).get(Company, member.company_number)
    return MemberView.of(member, company)
