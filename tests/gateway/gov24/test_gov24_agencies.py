"""수요기관 검색: only eligible agencies (government, their agencies, public institutions, local
public corporations, special corporations, schools), paged with cursors."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gateway.conftest import Stack

AGENCIES = """
query Agencies($query: String!, $category: Gov24AgencyCategory, $first: Int, $after: String) {
  gov24Agencies(query: $query, category: $category, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { code name category categoryLabel eligible } }
  }
}
"""


async def agencies(stack: Stack, **variables: Any) -> dict[str, Any]:
    result = await stack.gateway.execute(AGENCIES, {"query": "", **variables})
    assert "errors" not in result, result
    page: dict[str, Any] = result["data"]["gov24Agencies"]
    return page


async def test_search_finds_eligible_agencies_by_name(stack: Stack) -> None:
    page = await agencies(stack, query="국민연금")
    assert [e["node"]["code"] for e in page["edges"]] == ["B551002"]
    assert page["edges"][0]["node"]["category"] == "PUBLIC_INSTITUTION"


async def test_ineligible_agencies_are_never_listed(stack: Stack) -> None:
    page = await agencies(stack, first=100)
    nodes = [e["node"] for e in page["edges"]]
    assert all(node["eligible"] for node in nodes)
    assert "X900001" not in {node["code"] for node in nodes}
    assert {node["category"] for node in nodes} == {
        "CENTRAL",
        "LOCAL",
        "AFFILIATED",
        "PUBLIC_INSTITUTION",
        "LOCAL_CORPORATION",
        "SPECIAL",
        "SCHOOL",
    }


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("국민연금공단", "PUBLIC_INSTITUTION"),
        ("주택도시보증공사", "PUBLIC_INSTITUTION"),
        ("한국은행", "SPECIAL"),
        ("한국산업은행", "SPECIAL"),
        ("새마을금고중앙회", "SPECIAL"),
        ("초등학교", "SCHOOL"),
        ("고등학교", "SCHOOL"),
        ("대학교", "SCHOOL"),
    ],
)
async def test_the_seeds_named_submission_agencies_are_found(
    stack: Stack, name: str, category: str
) -> None:
    # 제출 가능대상 공공기관 named by the guide (공공기관, 특수법인, 각급학교)
    page = await agencies(stack, query=name)
    found = [e["node"] for e in page["edges"]]
    assert found, name
    assert all(name in node["name"] and node["eligible"] for node in found)
    assert {node["category"] for node in found} == {category}


async def test_pages_follow_their_cursors(stack: Stack) -> None:
    first = await agencies(stack, category="SCHOOL", first=3)
    assert (first["totalCount"], len(first["edges"])) == (4, 3)
    assert first["pageInfo"]["hasNextPage"] is True
    rest = await agencies(stack, category="SCHOOL", first=3, after=first["pageInfo"]["endCursor"])
    assert len(rest["edges"]) == 1
    assert rest["pageInfo"]["hasNextPage"] is False
    seen = {e["node"]["code"] for e in first["edges"] + rest["edges"]}
    assert len(seen) == 4
