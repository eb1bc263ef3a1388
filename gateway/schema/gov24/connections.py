"""Cursor connections (`first` / `after`) of Gov24 lists: the agency search and the citizen's
confirmations. Cursors are offsets in the agency's order, opaque to clients."""

from __future__ import annotations

import base64

import strawberry
from strawberry.relay import PageInfo

from gateway.schema.gov24.types import Gov24Agency, Gov24SignatureConfirmation

MAX_PAGE = 100
DEFAULT_PAGE = 20


@strawberry.type(description="One agency in a page of the 수요기관 search, with its cursor.")
class Gov24AgencyEdge:
    cursor: str = strawberry.field(description="Pass as `after` for the next page.")
    node: Gov24Agency = strawberry.field(description="The agency.")


@strawberry.type(description="수요기관 검색 결과 — a page of eligible agencies.")
class Gov24AgencyConnection:
    edges: list[Gov24AgencyEdge] = strawberry.field(description="This page.")
    page_info: PageInfo = strawberry.field(description="Where this page is in the list.")
    total_count: int = strawberry.field(description="How many agencies match in all.")


@strawberry.type(description="One confirmation in a page, with its cursor.")
class Gov24SignatureConfirmationEdge:
    cursor: str = strawberry.field(description="Pass as `after` for the next page.")
    node: Gov24SignatureConfirmation = strawberry.field(description="The confirmation.")


@strawberry.type(description="발급 내역 — a page of the citizen's confirmations, newest first.")
class Gov24SignatureConfirmationConnection:
    edges: list[Gov24SignatureConfirmationEdge] = strawberry.field(description="This page.")
    page_info: PageInfo = strawberry.field(description="Where this page is in the list.")
    total_count: int = strawberry.field(description="How many confirmations in all.")


def cursor(kind: str, index: int) -> str:
    return base64.b64encode(f"gov24-{kind}:{index}".encode()).decode()


def offset_after(kind: str, after: str | None) -> int:
    """The offset just past the cursor ``after`` (0 for none or a foreign cursor)."""
    if after is None:
        return 0
    prefix = f"gov24-{kind}:"
    try:
        text = base64.b64decode(after, validate=True).decode()
        return int(text.removeprefix(prefix)) + 1 if text.startswith(prefix) else 0
    except ValueError:
        return 0


def page_size(first: int | None) -> int:
    return DEFAULT_PAGE if first is None else max(1, min(first, MAX_PAGE))


def page_info(cursors: list[str], start: int, shown: int, total: int) -> PageInfo:
    return PageInfo(
        has_next_page=start + shown < total,
        has_previous_page=start > 0,
        start_cursor=cursors[0] if cursors else None,
        end_cursor=cursors[-1] if cursors else None,
    )
