"""간편인증 through the graph: pending until the person approves in the app (the mock's admin
endpoint plays the app), then confirmed; refused in the app; confirmed too early."""

from __future__ import annotations

from typing import Any

from gateway.app import GatewayState
from gateway.services.identity.flows import open_flow
from tests.gateway.conftest import Stack

START = """
mutation Start($input: IdentityVerificationStartInput!) {
  identityVerificationStart(input: $input) {
    verification { id step method simpleAuthProvider providerLabel phoneMasked expiresAt }
    errors { code field message }
  }
}
"""
CONFIRM = """
mutation Confirm($input: IdentityVerificationConfirmInput!) {
  identityVerificationConfirm(input: $input) {
    verification { step verified verificationId person { name birthDate } }
    errors { code field message }
  }
}
"""
HONG_BY_KAKAO = {
    "provider": "KAKAO",
    "name": "홍길동",
    "birthDate": "1980-12-10",
    "phone": "010-1234-5678",
    "consents": {"personalInfo": True, "uniqueId": True, "serviceTerms": True},
}


async def request(stack: Stack, **changes: Any) -> dict[str, Any]:
    variables = {"input": {"agency": "HOMETAX", "simpleAuth": {**HONG_BY_KAKAO, **changes}}}
    result = await stack.gateway.execute(START, variables)
    payload: dict[str, Any] = result["data"]["identityVerificationStart"]
    return payload


async def confirm(stack: Stack, flow_id: str) -> dict[str, Any]:
    result = await stack.gateway.execute(CONFIRM, {"input": {"id": flow_id}})
    payload: dict[str, Any] = result["data"]["identityVerificationConfirm"]
    return payload


async def in_the_app(stack: Stack, flow_id: str, decision: str) -> None:
    """The person approves or refuses in the provider's app (the mock's test control)."""
    state: GatewayState = stack.app.state.gateway
    upstream_id = open_flow(state.store.sealer, flow_id).upstream_id
    response = await stack.identity.post(f"/__admin/simple-auth/{upstream_id}/{decision}")
    assert response.status_code == 200, response.text


async def test_request_waits_for_approval_in_the_app(stack: Stack) -> None:
    payload = await request(stack)
    flow = payload["verification"]
    assert (flow["step"], flow["method"], flow["simpleAuthProvider"]) == (
        "PENDING_APPROVAL",
        "SIMPLE_AUTH",
        "KAKAO",
    )
    assert (flow["providerLabel"], flow["phoneMasked"]) == ("카카오톡 인증", "010-1234-****")


async def test_approved_in_the_app_then_confirmed_verifies_the_person(stack: Stack) -> None:
    # given a request the person approves in the app
    flow_id = (await request(stack))["verification"]["id"]
    await in_the_app(stack, flow_id, "approve")
    # when
    payload = await confirm(stack, flow_id)
    # then
    assert payload["errors"] == []
    verified = payload["verification"]
    assert (verified["step"], verified["verified"]) == ("VERIFIED", True)
    assert verified["person"] == {"name": "홍길동", "birthDate": "1980-12-10"}
    assert verified["verificationId"]


async def test_confirm_before_approval_says_it_is_pending(stack: Stack) -> None:
    flow_id = (await request(stack))["verification"]["id"]
    payload = await confirm(stack, flow_id)
    [error] = payload["errors"]
    assert error["code"] == "APPROVAL_PENDING"
    assert error["message"] == "카카오톡 인증 앱에서 인증 요청을 확인한 후 다시 시도해 주세요."
    assert payload["verification"]["step"] == "PENDING_APPROVAL"


async def test_refused_in_the_app_is_not_verified(stack: Stack) -> None:
    flow_id = (await request(stack))["verification"]["id"]
    await in_the_app(stack, flow_id, "reject")
    payload = await confirm(stack, flow_id)
    assert payload["errors"][0]["code"] == "APPROVAL_REJECTED"
    assert (payload["verification"]["step"], payload["verification"]["verified"]) == (
        "REJECTED",
        False,
    )


async def test_provider_without_the_persons_certificate_is_refused(stack: Stack) -> None:
    payload = await request(stack, name="김영희", birthDate="1978-09-05", phone="010-2222-3333")
    assert payload["errors"][0]["code"] == "NOT_ENROLLED"
