"""Document limits: depth, aliases, directives, tokens and root fields, checked in validation.

The gateway here runs with small limits so that short documents can break them; the defaults
(GraphQL Armor's) are checked at the end.
"""

from __future__ import annotations

from typing import Any

import pytest

from gateway.limits import extension
from gateway.settings import Settings
from tests.gateway.conftest import Stack, make_settings

DEPTH_4 = '{ business(registrationNumber: "1208200275") { nts { registry { companyName } } } }'
DEPTH_3 = '{ business(registrationNumber: "1208200275") { nts { statusLabel } } }'
DEPTH_4_THROUGH_FRAGMENTS = """
query { business(registrationNumber: "1208200275") { ...Views } }
fragment Views on Business { nts { ...Registry } }
fragment Registry on NtsBusiness { registry { companyName } }
"""
THREE_ALIASES = '{ a: business(registrationNumber: "1208200275") { b: kind c: kind } }'
ALIASES_IN_A_FRAGMENT_SPREAD_TWICE = """
{ business(registrationNumber: "1208200275") { ...Kinds nts { registered } ...Kinds } }
fragment Kinds on Business { one: kind }
"""
FOUR_DIRECTIVES = (
    '{ business(registrationNumber: "1208200275") '
    "{ kind @include(if: true) kind @skip(if: false) a: kind @include(if: true) "
    "b: kind @skip(if: false) } }"
)
FOUR_ROOT_FIELDS = "{ __typename __typename __typename __typename }"
DEEP_INTROSPECTION = "{ __schema { types { fields { type { ofType { ofType { name } } } } } } }"
UNKNOWN_FIELD = "{ nope }"


def many_tokens(count: int) -> str:
    return "{ " + " ".join("__typename" for _ in range(count)) + " }"


@pytest.fixture
def settings() -> Settings:
    return make_settings(
        max_depth=3, max_aliases=2, max_directives=3, max_root_fields=3, max_tokens=60
    )


def only_error(result: dict[str, Any]) -> dict[str, Any]:
    assert result.get("data") is None, result
    [error] = result["errors"]
    return dict(error)


async def test_a_document_deeper_than_the_limit_is_refused_before_any_agency_is_asked(
    stack: Stack,
) -> None:
    # when
    error = only_error(await stack.gateway.execute(DEPTH_4))
    # then
    assert error["extensions"]["code"] == "QUERY_TOO_DEEP"
    assert (error["extensions"]["limit"], error["extensions"]["actual"]) == (3, 4)
    assert error["message"] == "쿼리가 4단계로 중첩되어 있습니다. 최대 깊이는 3단계입니다."
    assert await stack.nts_calls() == 0


async def test_a_document_within_the_depth_limit_runs(stack: Stack) -> None:
    result = await stack.gateway.execute(DEPTH_3)
    assert result["data"]["business"]["nts"]["statusLabel"] == "계속사업자"


async def test_depth_counts_fields_inside_fragments(stack: Stack) -> None:
    error = only_error(await stack.gateway.execute(DEPTH_4_THROUGH_FRAGMENTS))
    assert error["extensions"]["code"] == "QUERY_TOO_DEEP"
    assert error["extensions"]["actual"] == 4


async def test_limit_errors_are_in_english_on_accept_language_en(stack: Stack) -> None:
    result = await stack.gateway.execute(DEPTH_4, **{"Accept-Language": "en"})
    error = only_error(result)
    assert error["message"] == "The query is nested 4 levels deep; the limit is 3."
    assert error["extensions"]["code"] == "QUERY_TOO_DEEP"


async def test_more_aliases_than_the_limit_are_refused(stack: Stack) -> None:
    error = only_error(await stack.gateway.execute(THREE_ALIASES))
    assert error["extensions"]["code"] == "TOO_MANY_ALIASES"
    assert (error["extensions"]["limit"], error["extensions"]["actual"]) == (2, 3)
    assert "별칭(alias)이 3개" in error["message"]


async def test_aliases_in_a_fragment_count_each_time_it_is_spread(stack: Stack) -> None:
    # given one alias in a fragment, spread twice: two aliases, within the limit of 2
    result = await stack.gateway.execute(ALIASES_IN_A_FRAGMENT_SPREAD_TWICE)
    assert "errors" not in result
    # when it is spread a third time
    thrice = ALIASES_IN_A_FRAGMENT_SPREAD_TWICE.replace("...Kinds }", "...Kinds ...Kinds }")
    error = only_error(await stack.gateway.execute(thrice))
    # then
    assert error["extensions"]["code"] == "TOO_MANY_ALIASES"
    assert error["extensions"]["actual"] == 3


async def test_more_directives_than_the_limit_are_refused(stack: Stack) -> None:
    result = await stack.gateway.execute(FOUR_DIRECTIVES)
    codes = {e["extensions"]["code"]: e["extensions"] for e in result["errors"]}
    assert codes["TOO_MANY_DIRECTIVES"]["limit"] == 3
    assert codes["TOO_MANY_DIRECTIVES"]["actual"] == 4


async def test_more_root_fields_than_the_limit_are_refused(stack: Stack) -> None:
    error = only_error(await stack.gateway.execute(FOUR_ROOT_FIELDS))
    assert error["extensions"]["code"] == "TOO_MANY_ROOT_FIELDS"
    assert (error["extensions"]["limit"], error["extensions"]["actual"]) == (3, 4)


async def test_a_document_over_the_token_limit_is_abandoned_by_the_parser(stack: Stack) -> None:
    error = only_error(await stack.gateway.execute(many_tokens(200)))
    assert error["extensions"]["code"] == "TOO_MANY_TOKENS"
    assert error["extensions"]["limit"] == 60
    assert error["message"] == "문서의 토큰이 최대 60개를 넘어 해석을 중단했습니다."


async def test_introspection_does_not_count_toward_depth(stack: Stack) -> None:
    result = await stack.gateway.execute(DEEP_INTROSPECTION)
    assert "errors" not in result


async def test_graphql_validation_errors_keep_their_own_message(stack: Stack) -> None:
    error = only_error(await stack.gateway.execute(UNKNOWN_FIELD))
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert error["message"].startswith("Cannot query field 'nope' on type 'Query'.")


async def test_a_known_document_is_validated_once(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given a counter on graphql-core's validation
    calls: list[object] = []
    real = extension.validate

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(extension, "validate", counting)
    document = DEPTH_3.replace("statusLabel", "statusLabel registered")  # new to the cache
    # when the same document is sent three times, once refused for depth
    for _ in range(3):
        await stack.gateway.execute(document)
    refused = DEPTH_4.replace("companyName", "companyName phone")
    for _ in range(3):
        await stack.gateway.execute(refused)
    # then each was validated (and its limits checked) once
    assert len(calls) == 2
