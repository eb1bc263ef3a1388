"""The production profile: introspection, field suggestions and GraphiQL off together."""

from __future__ import annotations

from typing import Any

import pytest
from graphql import get_introspection_query

from gateway.settings import Settings
from tests.gateway.conftest import Stack, make_settings

TEST_KEY = "a2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2s="  # 32 bytes, base64

SCHEMA = "{ __schema { queryType { name } } }"
TYPE = '{ __type(name: "Business") { name } }'
TYPENAME = "{ __typename }"
MISSPELT_FIELD = '{ busines(registrationNumber: "1208200275") { kind } }'
MISSPELT_ARGUMENT = '{ business(registrationNumbr: "1208200275") { kind } }'
LOGOUT = (
    "mutation Out($input: SessionLogoutInput) { sessionLogout(input: $input) { sessionEnded } }"
)
MISSPELT_ENUM_VALUE = {"input": {"agency": "NTZ"}}
GRAPHIQL_INTROSPECTION = get_introspection_query(descriptions=True)


def production(**overrides: Any) -> Settings:
    return make_settings(environment="production", secret_key=TEST_KEY, **overrides)


def messages(result: dict[str, Any]) -> list[str]:
    return [e["message"] for e in result["errors"]]


class TestProduction:
    @pytest.fixture
    def settings(self) -> Settings:
        return production()

    @pytest.mark.parametrize("query", [SCHEMA, TYPE])
    async def test_introspection_is_refused(self, stack: Stack, query: str) -> None:
        result = await stack.gateway.execute(query)
        assert result["data"] is None
        for error in result["errors"]:
            assert error["message"].startswith("GraphQL introspection has been disabled")
            assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"

    async def test_typename_still_answers(self, stack: Stack) -> None:
        assert await stack.gateway.execute(TYPENAME) == {"data": {"__typename": "Query"}}

    @pytest.mark.parametrize("query", [MISSPELT_FIELD, MISSPELT_ARGUMENT])
    async def test_errors_suggest_no_names(self, stack: Stack, query: str) -> None:
        result = await stack.gateway.execute(query)
        assert result["errors"]
        assert not any("Did you mean" in m for m in messages(result))

    async def test_variable_errors_suggest_no_enum_values(self, stack: Stack) -> None:
        result = await stack.gateway.execute(LOGOUT, MISSPELT_ENUM_VALUE)
        [message] = messages(result)
        assert "'NTZ'" in message
        assert "Did you mean" not in message
        assert "NTS" not in message.replace("NTZ", "")

    async def test_graphiql_is_not_served(self, stack: Stack) -> None:
        response = await stack.gateway.http.get("/graphql", headers={"Accept": "text/html"})
        assert response.status_code == 404
        assert "graphiql" not in response.text.lower()


class TestDevelopment:
    async def test_errors_suggest_names(self, stack: Stack) -> None:
        result = await stack.gateway.execute(MISSPELT_FIELD)
        assert "Did you mean 'business'" in messages(result)[0]
        result = await stack.gateway.execute(LOGOUT, MISSPELT_ENUM_VALUE)
        assert "Did you mean the enum value 'NTS'?" in messages(result)[0]

    async def test_graphiql_s_introspection_fits_the_default_limits(self, stack: Stack) -> None:
        result = await stack.gateway.execute(GRAPHIQL_INTROSPECTION)
        assert "errors" not in result
        assert result["data"]["__schema"]["queryType"]["name"] == "Query"


class TestIntrospectionSettingOverridesTheEnvironment:
    @pytest.fixture
    def settings(self) -> Settings:
        return production(introspection=True)

    async def test_introspection_and_suggestions_are_back_together(self, stack: Stack) -> None:
        assert "errors" not in await stack.gateway.execute(SCHEMA)
        result = await stack.gateway.execute(MISSPELT_ARGUMENT)
        assert "Did you mean 'registrationNumber'" in messages(result)[0]


class TestIntrospectionOffInDevelopment:
    @pytest.fixture
    def settings(self) -> Settings:
        return make_settings(introspection=False)

    async def test_introspection_is_refused(self, stack: Stack) -> None:
        result = await stack.gateway.execute(SCHEMA)
        assert messages(result)[0].startswith("GraphQL introspection has been disabled")
