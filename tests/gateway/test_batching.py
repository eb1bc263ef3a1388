"""N businesses cost ceil(N/100) NTS calls, however the query asks for them."""

from __future__ import annotations

from mocks.nts import seed
from tests.gateway.conftest import Stack

ONE_LIST = """
query ($ns: [BusinessNumber!]!) {
  businesses(registrationNumbers: $ns) { nts { registered status taxType } }
}
"""
THREE_LISTS = """
query ($a: [BusinessNumber!]!, $b: [BusinessNumber!]!, $c: [BusinessNumber!]!) {
  a: businesses(registrationNumbers: $a) { nts { status } }
  b: businesses(registrationNumbers: $b) { nts { status } }
  c: businesses(registrationNumbers: $c) { nts { registered } }
}
"""


async def test_100_numbers_make_one_nts_call(stack: Stack) -> None:
    numbers = seed.GENERATED_NUMBERS[:100]
    result = await stack.gateway.execute(ONE_LIST, {"ns": numbers})
    assert "errors" not in result
    assert all(b["nts"]["registered"] for b in result["data"]["businesses"])
    assert await stack.nts_calls() == 1


async def test_250_numbers_across_three_fields_make_three_nts_calls(stack: Stack) -> None:
    numbers = seed.GENERATED_NUMBERS[:250]
    variables = {"a": numbers[:100], "b": numbers[100:200], "c": numbers[200:]}
    result = await stack.gateway.execute(THREE_LISTS, variables)
    assert "errors" not in result
    assert len(result["data"]["c"]) == 50
    assert await stack.nts_calls() == 3


async def test_the_same_number_asked_twice_is_sent_once(stack: Stack) -> None:
    query = """{ x: business(registrationNumber: "1208200275") { nts { status } }
                 y: business(registrationNumber: "120-82-00275") { nts { taxType } } }"""
    result = await stack.gateway.execute(query)
    assert result["data"]["x"]["nts"]["status"] == "CONTINUING"
    assert await stack.nts_calls() == 1
