"""HS Code 검색 (paginated, by code or name) and `Business.kotra` (one agency call per 100)."""

from __future__ import annotations

from mocks.kotra import seed
from mocks.nts.seed import CORPORATION_EXAMPLE
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import data

HS = """
query ($search: String!, $first: Int, $after: String) {
  kotraHsCodes(search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { code level nameEn nameKo } } } }"""
BUSINESSES = """
query ($numbers: [BusinessNumber!]!) {
  businesses(registrationNumbers: $numbers) { registrationNumber kotra { name registered } } }"""


async def test_hs_search_by_korean_name_finds_the_manuals_chocolate_codes(stack: Stack) -> None:
    found = (await data(stack, HS, {"search": "초콜릿"}))["kotraHsCodes"]
    assert [e["node"]["code"] for e in found["edges"]] == ["1704", "1806", "843820"]
    assert found["edges"][2]["node"]["nameKo"] == "과자 · 코코아 · 초콜릿 제조용 기계"


async def test_hs_search_by_code_prefix_is_paginated(stack: Stack) -> None:
    first = (await data(stack, HS, {"search": "01", "first": 2}))["kotraHsCodes"]
    assert [e["node"]["code"] for e in first["edges"]] == ["01", "0101"]
    assert first["pageInfo"]["hasNextPage"] is True
    after = first["pageInfo"]["endCursor"]
    second = (await data(stack, HS, {"search": "01", "first": 2, "after": after}))["kotraHsCodes"]
    assert [e["node"]["code"] for e in second["edges"]] == ["010121", "010129"]
    assert second["totalCount"] == first["totalCount"]


async def test_hs_search_by_english_name(stack: Stack) -> None:
    found = (await data(stack, HS, {"search": "horses", "first": 50}))["kotraHsCodes"]
    assert {e["node"]["level"] for e in found["edges"]} <= {2, 4, 6}
    assert "0101" in [e["node"]["code"] for e in found["edges"]]


async def test_business_kotra_is_batched_into_one_agency_call(stack: Stack) -> None:
    numbers = [seed.EDS_NUMBER, seed.KOTRA_NUMBER, CORPORATION_EXAMPLE]
    before = (await stack.mocks["kotra"].get("/__admin/calls")).json()["calls"]
    found = (await data(stack, BUSINESSES, {"numbers": numbers}))["businesses"]
    after = (await stack.mocks["kotra"].get("/__admin/calls")).json()["calls"]
    assert [b["kotra"] for b in found] == [
        {"name": "(주)한국이디에스", "registered": True},
        {"name": "대한무역투자진흥공사", "registered": False},
        None,
    ]
    route = "POST /companies/batch"
    assert after.get(route, 0) - before.get(route, 0) == 1


NODE = """
query ($id: ID!) { node(id: $id) { id ... on KotraCompany { businessNumber name } } }"""


async def test_a_kotra_company_is_refetched_by_its_global_id(stack: Stack) -> None:
    found = (await data(stack, BUSINESSES, {"numbers": [seed.EDS_NUMBER]}))["businesses"]
    assert found[0]["kotra"]["name"] == "(주)한국이디에스"
    query = "query ($n: BusinessNumber!) { business(registrationNumber: $n) { kotra { id } } }"
    global_id = (await data(stack, query, {"n": seed.EDS_NUMBER}))["business"]["kotra"]["id"]
    node = (await data(stack, NODE, {"id": global_id}))["node"]
    assert node == {"id": global_id, "businessNumber": seed.EDS_NUMBER, "name": "(주)한국이디에스"}
