"""The static cost limit: agency fields cost more, list fields multiply by their length."""

from __future__ import annotations

from typing import Any

import pytest
from graphql import GraphQLList, GraphQLNonNull, GraphQLObjectType

from gateway.limits.cost import AGENCY_CALL_COST, AGENCY_FIELDS, LIST_SIZE_ARGUMENTS
from gateway.schema import schema
from gateway.settings import Settings
from tests.gateway.conftest import Stack, make_settings

NO_AGENCY = '{ business(registrationNumber: "1208200275") { kind formattedRegistrationNumber } }'
ONE_AGENCY_CALL = '{ business(registrationNumber: "1208200275") { nts { status } } }'
TWO_AGENCY_CALLS = (
    '{ business(registrationNumber: "1208200275") { nts { status registry { companyName } } } }'
)
THROUGH_NODE = '{ node(id: "QnVzaW5lc3M6MTIwODIwMDI3NQ==") { ... on Business { nts { status } } } }'
THREE_PAGES = """
query Pages($numbers: [BusinessNumber!]!) {
  a: businesses(registrationNumbers: $numbers) { ...Both }
  b: businesses(registrationNumbers: $numbers) { ...Both }
  c: businesses(registrationNumbers: $numbers) { ...Both }
}
fragment Both on Business { nts { status registry { companyName } } }
"""
LITERAL_LIST = (
    '{ businesses(registrationNumbers: ["1208200275", "1208200275", "1208200275"]) '
    "{ nts { status } } }"
)


def numbers(count: int) -> list[str]:
    return ["1208200275"] * count


def cost_error(result: dict[str, Any]) -> dict[str, Any]:
    assert result.get("data") is None, result
    [error] = result["errors"]
    assert error["extensions"]["code"] == "QUERY_TOO_COSTLY"
    return dict(error["extensions"])


async def test_a_list_costs_its_variable_s_length_times_its_items(stack: Stack) -> None:
    # given three pages of businesses, each item asking both NTS views: 1 + 11 + 11 per item
    # when the pages hold 100 numbers: 3 × 100 × 23 = 6,900 > 5,000
    refused = cost_error(await stack.gateway.execute(THREE_PAGES, {"numbers": numbers(100)}))
    # then the document is refused before any agency is asked
    assert (refused["limit"], refused["actual"]) == (5000, 6900)
    assert await stack.nts_calls() == 0
    # and the same document with 10 numbers (690) runs
    result = await stack.gateway.execute(THREE_PAGES, {"numbers": numbers(10)})
    assert "errors" not in result
    assert len(result["data"]["c"]) == 10


async def test_the_cost_error_names_limit_and_cost_in_english(stack: Stack) -> None:
    result = await stack.gateway.execute(
        THREE_PAGES, {"numbers": numbers(100)}, **{"Accept-Language": "en"}
    )
    assert result["errors"][0]["message"].startswith(
        "The query costs 6900, over the limit of 5000."
    )


class TestWithASmallBudget:
    @pytest.fixture
    def settings(self) -> Settings:
        return make_settings(max_cost=2 * AGENCY_CALL_COST + 2)  # 22

    async def test_fields_that_call_an_agency_cost_more(self, stack: Stack) -> None:
        assert "errors" not in await stack.gateway.execute(NO_AGENCY)  # 1
        assert "errors" not in await stack.gateway.execute(ONE_AGENCY_CALL)  # 1 + 11
        refused = cost_error(await stack.gateway.execute(TWO_AGENCY_CALLS))  # 1 + 11 + 11
        assert (refused["limit"], refused["actual"]) == (22, 23)

    async def test_a_literal_list_costs_its_length(self, stack: Stack) -> None:
        refused = cost_error(await stack.gateway.execute(LITERAL_LIST))
        assert refused["actual"] == 3 * (1 + 1 + AGENCY_CALL_COST)

    async def test_agency_fields_cost_the_same_through_a_fragment_on_an_interface(
        self, stack: Stack
    ) -> None:
        result = await stack.gateway.execute(THROUGH_NODE)
        assert "errors" not in result, result
        deeper = THROUGH_NODE.replace("status", "status registry { phone }")
        assert cost_error(await stack.gateway.execute(deeper))["actual"] == 23


def test_every_costed_field_exists_in_the_schema() -> None:
    for coordinate in [*AGENCY_FIELDS, *LIST_SIZE_ARGUMENTS]:
        type_name, field_name = coordinate.split(".")
        owner = schema._schema.get_type(type_name)
        assert isinstance(owner, GraphQLObjectType), coordinate
        assert field_name in owner.fields, coordinate
    for coordinate, argument in LIST_SIZE_ARGUMENTS.items():
        type_name, field_name = coordinate.split(".")
        owner = schema._schema.get_type(type_name)
        assert isinstance(owner, GraphQLObjectType)
        field = owner.fields[field_name]
        assert argument in field.args, coordinate
        returned = field.type.of_type if isinstance(field.type, GraphQLNonNull) else field.type
        assert isinstance(returned, GraphQLList), coordinate
