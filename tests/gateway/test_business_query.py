"""The business view through /graphql, backed by the NTS mock."""

from __future__ import annotations

import pytest

from mocks.nts import seed
from tests.gateway.conftest import Stack

BUSINESS = """
query ($n: BusinessNumber!) {
  business(registrationNumber: $n) {
    id registrationNumber formattedRegistrationNumber
    nts { registered status statusLabel taxType taxTypeLabel closedOn }
  }
}
"""
REGISTRY = """
query ($n: BusinessNumber!) {
  business(registrationNumber: $n) {
    nts { registry { companyName representativeName openedOn corporateNumber address } }
  }
}
"""
BUSINESSES = """
query ($ns: [BusinessNumber!]!) {
  businesses(registrationNumbers: $ns) { registrationNumber nts { registered status } }
}
"""
NODE = """
query ($id: ID!) { node(id: $id) { ... on Business { registrationNumber } } }
"""


async def test_continuing_business_shows_its_nts_status(stack: Stack) -> None:
    # when
    result = await stack.gateway.execute(BUSINESS, {"n": "1208200275"})
    # then
    business = result["data"]["business"]
    assert "errors" not in result
    assert business["registrationNumber"] == "1208200275"
    assert business["formattedRegistrationNumber"] == "120-82-00275"
    assert business["nts"]["registered"] is True
    assert business["nts"]["status"] == "CONTINUING"
    assert business["nts"]["statusLabel"] == "계속사업자"


async def test_hyphenated_number_is_accepted_and_normalised(stack: Stack) -> None:
    result = await stack.gateway.execute(BUSINESS, {"n": "663-85-01035"})
    assert result["data"]["business"]["registrationNumber"] == "6638501035"


@pytest.mark.parametrize(
    ("number", "status", "label"),
    [
        (seed.SUSPENDED_EXAMPLE, "SUSPENDED", "휴업자"),
        (seed.CLOSED_EXAMPLE, "CLOSED", "폐업자"),
    ],
)
async def test_suspended_and_closed_businesses_are_reported(
    stack: Stack, number: str, status: str, label: str
) -> None:
    nts = (await stack.gateway.execute(BUSINESS, {"n": number}))["data"]["business"]["nts"]
    assert (nts["status"], nts["statusLabel"]) == (status, label)
    assert (nts["closedOn"] is not None) == (status == "CLOSED")


async def test_unregistered_number_is_a_business_the_nts_does_not_know(stack: Stack) -> None:
    result = await stack.gateway.execute(BUSINESS, {"n": seed.UNREGISTERED_VALID_EXAMPLE})
    nts = result["data"]["business"]["nts"]
    assert nts["registered"] is False
    assert nts["status"] is None
    assert nts["taxTypeLabel"] == "국세청에 등록되지 않은 사업자등록번호입니다."


async def test_bad_check_digit_is_refused_before_any_agency_call(stack: Stack) -> None:
    # given a number whose last digit is off by one
    result = await stack.gateway.execute(BUSINESS, {"n": "1208200276"})
    # then
    assert result.get("data") is None
    [error] = result["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["reason"] == "BRN_CHECK_DIGIT"
    assert "검증번호" in error["message"]
    assert await stack.nts_calls() == 0


async def test_error_messages_follow_accept_language(stack: Stack) -> None:
    headers = {"Accept-Language": "en-US,en;q=0.9,ko;q=0.5"}
    result = await stack.gateway.execute(BUSINESS, {"n": "1208200276"}, **headers)
    assert "check digit" in result["errors"][0]["message"]


async def test_inline_literal_with_bad_check_digit_is_refused(stack: Stack) -> None:
    query = '{ business(registrationNumber: "120-82-00276") { registrationNumber } }'
    result = await stack.gateway.execute(query)
    assert result["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_registry_details_come_from_the_nts_registry(stack: Stack) -> None:
    result = await stack.gateway.execute(REGISTRY, {"n": "6638501035"})
    registry = result["data"]["business"]["nts"]["registry"]
    assert registry["companyName"] == "(주)한국이디에스"
    assert registry["representativeName"] == "김형원"
    assert registry["corporateNumber"] == "1101111611056"


async def test_registry_of_an_unknown_number_is_null(stack: Stack) -> None:
    result = await stack.gateway.execute(REGISTRY, {"n": seed.UNREGISTERED_VALID_EXAMPLE})
    assert result["data"]["business"]["nts"]["registry"] is None


async def test_businesses_keep_the_order_given_with_duplicates(stack: Stack) -> None:
    numbers = ["6638501035", "1208200275", "6638501035"]
    result = await stack.gateway.execute(BUSINESSES, {"ns": numbers})
    assert [b["registrationNumber"] for b in result["data"]["businesses"]] == numbers


async def test_more_numbers_than_the_list_limit_are_refused(stack: Stack) -> None:
    numbers = seed.GENERATED_NUMBERS[:101]
    result = await stack.gateway.execute(BUSINESSES, {"ns": numbers})
    [error] = result["errors"]
    assert error["extensions"]["code"] == "LIST_TOO_LONG"
    assert await stack.nts_calls() == 0


async def test_global_id_refetches_the_business(stack: Stack) -> None:
    business = (await stack.gateway.execute(BUSINESS, {"n": "1208200275"}))["data"]["business"]
    result = await stack.gateway.execute(NODE, {"id": business["id"]})
    assert result["data"]["node"] == {"registrationNumber": "1208200275"}
