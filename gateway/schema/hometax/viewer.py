"""Hometax's fields under `viewer` (the logged-in session)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from gateway.context import Info
from gateway.errors import UserError
from gateway.resolvers import hometax as resolvers
from gateway.schema.hometax.connection import MAX_PAGE, HometaxDepartmentUserConnection, paginate
from gateway.schema.hometax.types import HometaxDepartmentUser


@strawberry.type
class HometaxViewerFields:
    """Mixed into `Viewer`."""

    @strawberry.field(
        description=(
            "부서사용자 아이디 관리 — the business's department users (ID, 담당자명, 부서명, "
            "phones, e-mail, 상태, 변경일시, 유형), newest first. Needs the representative's "
            "Hometax login (`hometaxRepresentativeLogin`); null without it."
        )
    )
    async def hometax_department_users(
        self,
        info: Info,
        first: Annotated[
            int | None, strawberry.argument(description=f"Page size, at most {MAX_PAGE}.")
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="The cursor to continue after.")
        ] = None,
    ) -> HometaxDepartmentUserConnection | None:
        try:
            users = await resolvers.resolve_department_users(info)
        except UserError:
            return None
        return paginate(users, first, after)

    @strawberry.field(
        description=(
            "The logged-in department user (its status, whether its certificate is registered); "
            "null without a department user's Hometax login."
        )
    )
    async def hometax_department_user(self, info: Info) -> HometaxDepartmentUser | None:
        try:
            return HometaxDepartmentUser.of(await resolvers.resolve_me(info))
        except UserError:
            return None
