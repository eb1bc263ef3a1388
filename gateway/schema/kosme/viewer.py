"""Kosme's fields under `viewer` (the logged-in session)."""

from __future__ import annotations

from collections.abc import Iterable

import strawberry
from strawberry import relay

from gateway.context import Info
from gateway.resolvers import kosme as resolvers
from gateway.schema.kosme.types import KosmeMember, KosmeResume


@strawberry.type
class KosmeViewerFields:
    """Mixed into `Viewer`."""

    @strawberry.field(
        description=(
            "개인회원 — the member logged in to the KOSME job-matching platform in this session, "
            "with their résumés; null without a live KOSME login."
        )
    )
    async def kosme(self, info: Info) -> KosmeMember | None:
        member = await resolvers.resolve_member(info)
        return KosmeMember.of(member) if member else None

    @relay.connection(
        relay.ListConnection[KosmeResume],
        description=(
            "이력서 관리 — the KOSME member's résumés, newest first (`first`/`after`); empty "
            "without a live KOSME login."
        ),
    )
    async def kosme_resumes(self, info: Info) -> Iterable[KosmeResume]:
        return [KosmeResume.of(r) for r in await resolvers.resolve_resumes(info)]
