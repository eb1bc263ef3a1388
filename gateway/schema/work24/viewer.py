"""Work24's fields under `viewer` (the logged-in session)."""

from __future__ import annotations

import strawberry

from gateway.context import Info
from gateway.resolvers import work24 as resolvers
from gateway.schema.work24.types import Work24Login


@strawberry.type
class Work24ViewerFields:
    """Mixed into `Viewer`."""

    @strawberry.field(
        description=(
            "고용24 기업회원 로그인 — the member this session is logged in as at Work24, with "
            "what the login type may use; null when not logged in (or the login ended)."
        )
    )
    async def work24(self, info: Info) -> Work24Login | None:
        login = await resolvers.resolve_viewer_login(info)
        return Work24Login.of(login) if login else None
