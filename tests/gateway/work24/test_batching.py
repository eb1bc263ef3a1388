"""`Business.work24` for many businesses: one Work24 call per request; partial results when
Work24 is down."""

from __future__ import annotations

from koreakit import brn
from tests.gateway.conftest import Stack
from tests.gateway.work24.support import CHEONGSOL, KOTRA

BUSINESSES = """
query Many($numbers: [BusinessNumber!]!) {
  businesses(registrationNumbers: $numbers) { registrationNumber work24 { memberType } }
}
"""
ONE = """query($n: BusinessNumber!) {
  business(registrationNumber: $n) { nts { statusLabel } work24 { memberType } } }"""


def numbers(count: int) -> list[str]:
    """``count`` valid 사업자등록번호 (개인 과세사업자 range), the two seed members first."""
    made = [KOTRA["number"], CHEONGSOL["number"]]
    serial = 1
    while len(made) < count:
        first9 = f"101{10 + serial // 10000:02d}{serial % 10000:04d}"
        made.append(first9 + str(brn.check_digit(first9)))
        serial += 1
    return made


async def test_a_hundred_businesses_make_one_work24_call(stack: Stack) -> None:
    # when 100 businesses are asked for their Work24 membership
    result = await stack.gateway.execute(BUSINESSES, {"numbers": numbers(100)})
    # then the members are shown, the others null, from one lookup
    assert "errors" not in result, result
    shown = [b["work24"] for b in result["data"]["businesses"]]
    assert shown[:2] == [{"memberType": "GENERAL"}, {"memberType": "AGENCY"}]
    assert shown[2:] == [None] * 98
    calls = (await stack.mocks["work24"].get("/__admin/calls")).json()["calls"]
    assert calls == {"POST /members/lookup": 1}


async def test_work24_down_leaves_the_other_agencies_answering(stack: Stack) -> None:
    await stack.mocks["work24"].post("/__admin/faults", json={"route": "*", "outage": True})
    result = await stack.gateway.execute(ONE, {"n": KOTRA["number"]})
    assert result["data"]["business"]["nts"] == {"statusLabel": "계속사업자"}
    assert result["data"]["business"]["work24"] is None
    assert result["errors"][0]["extensions"]["code"] == "AGENCY_UNAVAILABLE"
    assert result["errors"][0]["extensions"]["agency"] == "work24"
