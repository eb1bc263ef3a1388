"""부서사용자등록 at a third-party platform (seed 004 step 11): an active department user's ID
and password get the platform a delegation for the business, and nothing else does. Only an
integrator client (the platform's server) may ask."""

from __future__ import annotations

from typing import Any

import pytest

from gateway.db.models import ClientKind
from tests.gateway.conftest import Stack
from tests.gateway.hometax.conftest import (
    PASSWORD,
    apply,
    client_key,
    codes,
    representative,
    set_status,
)

DELEGATE = """
mutation Delegate($input: HometaxDepartmentUserDelegateInput!) {
  hometaxDepartmentUserDelegate(input: $input) {
    delegation { id token businessNumber companyName userId name platform scopes expiresAt }
    errors { code field message }
  }
}
"""


def _variables(user_id: str, password: str) -> dict[str, Any]:
    return {"input": {"userId": user_id, "password": password, "platform": "카고페이"}}


async def _delegate(stack: Stack, user_id: str, password: str) -> dict[str, Any]:
    """The mutation as the platform (an integrator client) sends it."""
    key = await client_key(stack, "cargopay")
    result = await stack.gateway.execute(
        DELEGATE, _variables(user_id, password), **{"X-Api-Key": key}
    )
    assert "errors" not in result, result
    payload: dict[str, Any] = result["data"]["hometaxDepartmentUserDelegate"]
    return payload


async def test_platform_registers_an_active_user_and_acts_for_the_business(stack: Stack) -> None:
    # given an approved department user of (주)서울물류
    await apply(stack)
    await set_status(stack, await representative(stack), "ACTIVE")
    # when the platform registers it with ID and password
    payload = await _delegate(stack, "cargo_pay1", PASSWORD)
    # then it gets a scoped delegation for the business
    delegation = payload["delegation"]
    assert (delegation["businessNumber"], delegation["companyName"]) == (
        "2148602348",
        "(주)서울물류",
    )
    assert delegation["scopes"] == ["etax-invoice:issue", "etax-invoice:list"]
    assert delegation["token"].startswith("htd_")
    # and Hometax honours the token
    seen = await stack.mocks["hometax"].post(
        "/delegations/introspect", json={"token": delegation["token"]}
    )
    assert seen.json()["active"] is True


@pytest.mark.parametrize("kind", [None, ClientKind.PORTAL, ClientKind.MOBILE_APP])
async def test_only_an_integrator_client_may_register(
    stack: Stack, kind: ClientKind | None
) -> None:
    # given the seeded active EdsTax01 and a caller that is anonymous, a portal or an app
    headers = {} if kind is None else {"X-Api-Key": await client_key(stack, "front", kind)}
    await stack.mocks["hometax"].delete("/__admin/calls")
    # when it asks for a delegation with the right ID and password
    result = await stack.gateway.execute(DELEGATE, _variables("EdsTax01", "Etax2024!ok"), **headers)
    # then the gateway refuses it with a typed GraphQL error, before asking Hometax
    assert result["errors"][0]["extensions"]["code"] == "CLIENT_KIND_NOT_ALLOWED"
    assert "integrator" in result["errors"][0]["message"]
    assert result["data"] == {"hometaxDepartmentUserDelegate": None}
    calls = (await stack.mocks["hometax"].get("/__admin/calls")).json()["calls"]
    assert "POST /delegations" not in calls


async def test_pending_user_cannot_be_registered(stack: Stack) -> None:
    await apply(stack)
    assert codes(await _delegate(stack, "cargo_pay1", PASSWORD)) == ["NOT_APPROVED"]


async def test_wrong_password_gets_nothing(stack: Stack) -> None:
    payload = await _delegate(stack, "EdsTax01", "Wrong2024!x")
    assert (codes(payload), payload["delegation"]) == (["LOGIN_FAILED"], None)


async def test_withdrawn_user_cannot_be_registered(stack: Stack) -> None:
    await apply(stack)
    await set_status(stack, await representative(stack), "WITHDRAWN")
    assert codes(await _delegate(stack, "cargo_pay1", PASSWORD)) == ["WITHDRAWN"]


async def test_delegation_stops_acting_when_the_user_is_withdrawn(stack: Stack) -> None:
    await apply(stack)
    token = await representative(stack)
    await set_status(stack, token, "ACTIVE")
    delegation = (await _delegate(stack, "cargo_pay1", PASSWORD))["delegation"]
    await set_status(stack, token, "WITHDRAWN")
    seen = await stack.mocks["hometax"].post(
        "/delegations/introspect", json={"token": delegation["token"]}
    )
    assert seen.json()["active"] is False
