"""Identity flows as a whole: resumed by id, for an agency or the gateway, one method at a time,
and the provider down or not configured failing only what needs it."""

from __future__ import annotations

from typing import Any

from gateway.app import create_app
from tests.conftest import asgi_client, running
from tests.gateway.conftest import GraphQLClient, Stack, make_settings
from tests.gateway.test_identity_card import HONG_CARD
from tests.gateway.test_identity_phone import HONG_BY_SMS, START, sent_codes, started

RESUME = """
query Resume($id: ID!) {
  identityVerification(id: $id) {
    id step method agency carrier phoneMasked verified person { name } notice
  }
}
"""
RESUME_AND_BUSINESS = """
query Both($id: ID!) {
  identityVerification(id: $id) { step }
  business(registrationNumber: "1208200275") { nts { statusLabel } }
}
"""


async def start_with(stack: Stack, start_input: dict[str, Any]) -> dict[str, Any]:
    result = await stack.gateway.execute(START, {"input": start_input})
    payload: dict[str, Any] = result["data"]["identityVerificationStart"]
    return payload


async def test_a_flow_is_resumed_by_its_id(stack: Stack) -> None:
    # given a phone flow waiting for its code
    flow_id = await started(stack)
    # when a restarted client reads it back
    result = await stack.gateway.execute(RESUME, {"id": flow_id})
    # then it learns where it stands and what the next screen shows
    flow = result["data"]["identityVerification"]
    assert (flow["id"], flow["step"], flow["method"], flow["carrier"]) == (
        flow_id,
        "CODE_SENT",
        "SMS",
        "SKT",
    )
    assert (flow["phoneMasked"], flow["verified"], flow["agency"]) == ("010-1234-****", False, None)
    assert len(flow["notice"]) == 2


async def test_a_verified_flow_reads_back_verified(stack: Stack) -> None:
    flow_id = (await start_with(stack, {"card": HONG_CARD}))["verification"]["id"]
    flow = (await stack.gateway.execute(RESUME, {"id": flow_id}))["data"]["identityVerification"]
    assert (flow["step"], flow["verified"], flow["person"]) == (
        "VERIFIED",
        True,
        {"name": "홍길동"},
    )


async def test_an_id_the_gateway_did_not_issue_reads_as_null(stack: Stack) -> None:
    result = await stack.gateway.execute(RESUME, {"id": "v1.bm90LWEtZmxvdw"})
    assert result == {"data": {"identityVerification": None}}


async def test_a_verification_for_an_agency_names_it(stack: Stack) -> None:
    payload = await start_with(stack, {"agency": "KOTRA", "phone": HONG_BY_SMS})
    flow_id = payload["verification"]["id"]
    flow = (await stack.gateway.execute(RESUME, {"id": flow_id}))["data"]["identityVerification"]
    assert flow["agency"] == "KOTRA"


async def test_an_agency_that_is_no_relying_party_is_refused(stack: Stack) -> None:
    payload = await start_with(stack, {"agency": "NTS", "phone": HONG_BY_SMS})
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("AGENCY_NOT_RELYING_PARTY", ["input", "agency"])
    assert error["message"] == "국세청은(는) 본인확인을 요청할 수 있는 이용기관이 아닙니다."


async def test_exactly_one_method_is_required(stack: Stack) -> None:
    payload = await start_with(stack, {"phone": HONG_BY_SMS, "card": HONG_CARD})
    assert payload["errors"][0]["code"] == "ONE_METHOD_REQUIRED"
    assert (await start_with(stack, {}))["errors"][0]["code"] == "ONE_METHOD_REQUIRED"
    assert await sent_codes(stack) == []


async def test_provider_down_fails_only_the_identity_field(stack: Stack) -> None:
    # given a flow, then the provider down
    flow_id = await started(stack)
    await stack.identity.post("/__admin/faults", json={"outage": True})
    # when one query asks for the flow and for a business
    result = await stack.gateway.execute(RESUME_AND_BUSINESS, {"id": flow_id})
    # then the flow is null with AGENCY_UNAVAILABLE, and the business still answers
    assert result["data"]["identityVerification"] is None
    assert result["data"]["business"]["nts"]["statusLabel"] == "계속사업자"
    [error] = result["errors"]
    assert error["path"] == ["identityVerification"]
    assert (error["extensions"]["code"], error["extensions"]["agency"]) == (
        "AGENCY_UNAVAILABLE",
        "identity",
    )


async def test_provider_down_makes_a_start_unavailable_not_a_user_error(stack: Stack) -> None:
    await stack.identity.post("/__admin/faults", json={"outage": True})
    result = await stack.gateway.execute(START, {"input": {"phone": HONG_BY_SMS}})
    assert result["data"] == {"identityVerificationStart": None}
    [error] = result["errors"]
    assert (error["path"], error["extensions"]["code"]) == (
        ["identityVerificationStart"],
        "AGENCY_UNAVAILABLE",
    )
    assert error["message"].startswith("본인확인기관에 지금 연결할 수 없습니다.")


async def test_unconfigured_provider_is_unavailable_and_shown_down() -> None:
    # given a gateway told nothing about the identity provider (no URL, no transport)
    app = create_app(make_settings(), transports={"nts": _no_nts()})
    async with running(app), asgi_client(app, "http://gw") as client:
        # when a verification starts
        result = await GraphQLClient(client).execute(START, {"input": {"phone": HONG_BY_SMS}})
        ready = await client.get("/readyz")
    # then the gateway started, the call is unavailable and /readyz says why
    assert result["errors"][0]["extensions"]["code"] == "AGENCY_UNAVAILABLE"
    assert ready.status_code == 503
    assert ready.json()["upstreams"]["identity"]["status"] == "down"
    assert ready.json()["upstreams"]["identity"]["detail"] == "not configured"


def _no_nts() -> Any:
    import httpx

    return httpx.MockTransport(lambda request: httpx.Response(503))
