"""`Business.hometax`: the department-user standing, one Hometax call for many businesses."""

from __future__ import annotations

from tests.gateway.conftest import Stack
from tests.gateway.hometax.conftest import apply

BUSINESSES = """
query Standing($numbers: [BusinessNumber!]!) {
  businesses(registrationNumbers: $numbers) {
    registrationNumber
    hometax { registered departmentUser { userIdMasked nameMasked status statusLabel } }
  }
}
"""
STANDING_ROUTE = "POST /businesses/standing"


async def _calls(stack: Stack) -> int:
    calls = (await stack.mocks["hometax"].get("/__admin/calls")).json()["calls"]
    return int(calls.get(STANDING_ROUTE, 0))


async def test_standing_shows_the_department_user_masked(stack: Stack) -> None:
    await apply(stack)
    result = await stack.gateway.execute(BUSINESSES, {"numbers": ["2148602348", "6638501035"]})
    rows = {row["registrationNumber"]: row["hometax"] for row in result["data"]["businesses"]}
    assert rows["2148602348"]["departmentUser"] == {
        "userIdMasked": "car*******",
        "nameMasked": "홍*동",
        "status": "PENDING",
        "statusLabel": "대기",
    }
    assert rows["6638501035"]["departmentUser"]["status"] == "ACTIVE"


async def test_business_without_hometax_id_has_no_standing(stack: Stack) -> None:
    result = await stack.gateway.execute(BUSINESSES, {"numbers": ["1048510035"]})
    assert result["data"]["businesses"][0]["hometax"] == {
        "registered": False,
        "departmentUser": None,
    }


async def test_many_businesses_make_one_hometax_call(stack: Stack) -> None:
    # given 100 numbers, some repeated
    numbers = ["2148602348", "6638501035", "2208100016", "1208200275"] * 25
    await stack.mocks["hometax"].delete("/__admin/calls")
    # when their standing is asked
    result = await stack.gateway.execute(BUSINESSES, {"numbers": numbers})
    # then one call answered all of them
    assert len(result["data"]["businesses"]) == 100
    assert await _calls(stack) == 1


async def test_hometax_down_nulls_only_its_field(stack: Stack) -> None:
    await stack.mocks["hometax"].post(
        "/__admin/faults", json={"route": "/businesses/*", "outage": True}
    )
    result = await stack.gateway.execute(
        '{ business(registrationNumber: "2148602348") { kind hometax { registered } } }'
    )
    assert result["data"]["business"] == {"kind": "FOR_PROFIT_HEAD_OFFICE", "hometax": None}
    assert result["errors"][0]["extensions"]["code"] == "AGENCY_UNAVAILABLE"
