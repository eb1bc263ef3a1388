"""The cursor connection of department users (`first` / `after`)."""

from __future__ import annotations

import base64
from collections.abc import Sequence

import strawberry
from strawberry.relay import PageInfo

from connectors.hometax import DepartmentUser
from gateway.schema.hometax.types import HometaxDepartmentUser

MAX_PAGE = 100
_PREFIX = "hometax-department-user:"


@strawberry.type(description="One department user in a page, with its cursor.")
class HometaxDepartmentUserEdge:
    cursor: str = strawberry.field(description="Pass as `after` for the next page.")
    node: HometaxDepartmentUser = strawberry.field(description="The department user.")


@strawberry.type(description="부서사용자 아이디 목록 — a page of department users (총 N건).")
class HometaxDepartmentUserConnection:
    edges: list[HometaxDepartmentUserEdge] = strawberry.field(description="This page.")
    page_info: PageInfo = strawberry.field(description="Where this page is in the list.")
    total_count: int = strawberry.field(description="총 건수 — how many in all.")


def _cursor(index: int) -> str:
    return base64.b64encode(f"{_PREFIX}{index}".encode()).decode()


def _offset(after: str | None) -> int:
    if after is None:
        return 0
    try:
        text = base64.b64decode(after, validate=True).decode()
        return int(text.removeprefix(_PREFIX)) + 1 if text.startswith(_PREFIX) else 0
    except ValueError:
        return 0


def paginate(
    users: Sequence[DepartmentUser], first: int | None, after: str | None
) -> HometaxDepartmentUserConnection:
    """A page of ``users`` after the cursor ``after`` (at most ``first``, ≤ 100)."""
    start = _offset(after)
    size = MAX_PAGE if first is None else max(0, min(first, MAX_PAGE))
    page = list(enumerate(users))[start : start + size]
    edges = [
        HometaxDepartmentUserEdge(cursor=_cursor(i), node=HometaxDepartmentUser.of(user))
        for i, user in page
    ]
    return HometaxDepartmentUserConnection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=start + len(page) < len(users),
            has_previous_page=start > 0,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=len(users),
    )
