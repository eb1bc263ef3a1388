"""At most ``max_errors`` errors for one document, in validation and in execution."""

from __future__ import annotations

import pytest

from gateway.settings import Settings
from tests.gateway.conftest import Stack, make_settings

FIVE_UNKNOWN_FIELDS = "{ one two three four five }"
FIVE_BUSINESSES = """
query Five($numbers: [BusinessNumber!]!) {
  businesses(registrationNumbers: $numbers) { kind nts { status } }
}
"""
NUMBERS = ["1208200275"] * 5  # each item its own field, its own error


@pytest.fixture
def settings() -> Settings:
    return make_settings(max_errors=3)


async def test_validation_stops_at_the_error_limit(stack: Stack) -> None:
    result = await stack.gateway.execute(FIVE_UNKNOWN_FIELDS)
    messages = [e["message"] for e in result["errors"]]
    assert len(messages) == 3
    assert messages[0].startswith("Cannot query field 'one'")
    assert messages[2] == "Too many validation errors, error limit reached. Validation aborted."


async def test_execution_errors_are_capped_with_a_count_of_those_left_out(stack: Stack) -> None:
    # given an agency that is down: each of five businesses gets an error
    await stack.nts.post("/__admin/faults", json={"outage": True})
    # when
    result = await stack.gateway.execute(FIVE_BUSINESSES, {"numbers": NUMBERS})
    # then two errors are shown, then one that says three more were left out
    errors = result["errors"]
    assert [e["extensions"]["code"] for e in errors] == [
        "AGENCY_UNAVAILABLE",
        "AGENCY_UNAVAILABLE",
        "TOO_MANY_ERRORS",
    ]
    assert errors[2]["extensions"]["omitted"] == 3
    assert errors[2]["message"] == "오류가 너무 많아 3개를 생략했습니다. (최대 3개 표시)"
    # and the data that could be had is still there
    assert [b["kind"] for b in result["data"]["businesses"]] == ["NON_PROFIT"] * 5


async def test_the_error_count_notice_is_in_english_on_accept_language_en(stack: Stack) -> None:
    await stack.nts.post("/__admin/faults", json={"outage": True})
    result = await stack.gateway.execute(
        FIVE_BUSINESSES, {"numbers": NUMBERS}, **{"Accept-Language": "en"}
    )
    assert result["errors"][-1]["message"] == (
        "Too many errors: 3 more were left out (at most 3 are shown)."
    )
