"""Certificate login rules through GraphQL: a personal certificate only, the security-token
check, the lock after five wrong codes, English messages, and the agency being down."""

from __future__ import annotations

from tests.gateway.conftest import Stack
from tests.gateway.gov24.support import CHECK, START, issued, nonce, run, start
from tests.mocks.gov24.support import HONG, SEOJUN, holder, last_code

RELAY = """
query Node($id: ID!) { node(id: $id) { ... on Gov24SignatureConfirmation { issuanceNumber } } }
"""
TOKEN_PERSON = ("최민서", "8808082567891")


async def test_a_confirmation_is_refetched_by_its_global_id(stack: Stack) -> None:
    confirmation, token = await issued(stack)
    auth = {"Authorization": f"Bearer {token}"}
    node = await stack.gateway.execute(RELAY, {"id": confirmation["id"]}, **auth)
    assert node["data"]["node"] == {"issuanceNumber": confirmation["issuanceNumber"]}
    # and nobody else's session finds it
    anonymous = await stack.gateway.execute(RELAY, {"id": confirmation["id"]})
    assert anonymous["data"]["node"] is None


async def test_a_corporate_certificate_cannot_log_in(stack: Stack) -> None:
    corporate = await holder(stack.pki, ("(주)한국이디에스", "6638501035"), kind="corporate")
    started = await start(stack, corporate, HONG[1])
    assert started["errors"][0]["code"] == "KIND_NOT_ACCEPTED"
    assert started["issuance"] is None


async def test_the_security_token_shows_the_code(stack: Stack) -> None:
    # given an approval with the security-token method
    granted = await stack.mocks["gov24"].post(
        "/__admin/approvals",
        json={
            "name": TOKEN_PERSON[0],
            "resident_number": TOKEN_PERSON[1],
            "method": "security_token",
            "token_serial": "GOV-TKN-0042",
        },
    )
    assert granted.status_code == 201, granted.text
    # when the person logs in
    started = await start(stack, await holder(stack.pki, TOKEN_PERSON), TOKEN_PERSON[1])
    check = started["issuance"]["identityCheck"]
    assert (check["method"], check["tokenSerial"]) == ("SECURITY_TOKEN", "GOV-TKN-0042")
    # then the token's code passes the check
    code = await last_code(stack.mocks["gov24"], "GOV-TKN-0042")
    checked = await run(stack, CHECK, {"id": started["issuance"]["id"], "code": code})
    assert checked["issuance"]["step"] == "FORM"


async def test_five_wrong_codes_lock_the_login(stack: Stack) -> None:
    started = await start(stack, await holder(stack.pki, HONG), HONG[1])
    flow = started["issuance"]["id"]
    code = await last_code(stack.mocks["gov24"], "01012345678")
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(4):
        await run(stack, CHECK, {"id": flow, "code": wrong})
    fifth = await run(stack, CHECK, {"id": flow, "code": wrong})
    assert (fifth["errors"][0]["code"], fifth["errors"][0]["triesLeft"]) == ("TOO_MANY_TRIES", 0)
    late = await run(stack, CHECK, {"id": flow, "code": code})
    assert late["errors"][0]["code"] == "LOGIN_EXPIRED"


async def test_messages_in_english_on_request(stack: Stack) -> None:
    who = await holder(stack.pki, SEOJUN)
    started = await start(stack, who, SEOJUN[1], **{"Accept-Language": "en"})
    assert started["errors"][0]["message"].startswith("The approval to use the issuance system")


async def test_agency_down_is_a_graphql_error(stack: Stack) -> None:
    await stack.mocks["gov24"].post("/__admin/faults", json={"route": "/login", "outage": True})
    who = await holder(stack.pki, HONG)
    result = await stack.gateway.execute(
        START, {"input": {"proof": who.proof(await nonce(stack)), "residentNumber": HONG[1]}}
    )
    assert result["errors"][0]["extensions"]["code"] == "AGENCY_UNAVAILABLE"
    assert result["data"]["gov24IssuanceStart"] is None


async def test_a_proof_not_made_with_the_certificates_key_is_refused(stack: Stack) -> None:
    # 인증서 암호입력: only the holder who opened the key file can sign the challenge
    who = await holder(stack.pki, HONG)
    proof = who.proof(await nonce(stack))
    proof["signature"] = who.proof(await nonce(stack))["signature"]  # over another challenge
    result = await stack.gateway.execute(
        START, {"input": {"proof": proof, "residentNumber": HONG[1]}}
    )
    payload = result["data"]["gov24IssuanceStart"]
    [error] = payload["errors"]
    assert error["code"] == "BAD_SIGNATURE"
    assert payload["issuance"] is None
    # and no identity-check code was sent
    sent = await stack.mocks["gov24"].get("/__admin/outbox", params={"to": "01012345678"})
    assert sent.json()["messages"] == []
