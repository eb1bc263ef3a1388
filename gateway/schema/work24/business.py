"""`Business.work24`: the business as Work24 sees it."""

from __future__ import annotations

import strawberry

from gateway.context import Info
from gateway.resolvers import work24 as resolvers
from gateway.schema.work24.member import Work24CorporateMember


@strawberry.type
class Work24BusinessFields:
    """Mixed into `Business` (which holds ``number``)."""

    number: strawberry.Private[str]

    @strawberry.field(
        description=(
            "고용24 기업회원 — the business's Work24 corporate membership; null when it is not "
            "a member. One Work24 call per request for every business asked."
        )
    )
    async def work24(self, info: Info) -> Work24CorporateMember | None:
        member = await resolvers.resolve_member(info, self.number)
        return Work24CorporateMember.of(member) if member else None
