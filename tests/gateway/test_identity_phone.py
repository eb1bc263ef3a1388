"""휴대폰 본인확인 through the graph: code from the provider's outbox, wrong, expired and resent
codes, the lock after five wrong codes, a carrier mismatch that sends nothing, early checks."""

from __future__ import annotations

from typing import Any

from mocks.identity import people
from mocks.identity.messages import CODE_TTL
from mocks.identity.sealing import ci_of, di_of
from tests.gateway.conftest import Stack

START = """
mutation Start($input: IdentityVerificationStartInput!) {
  identityVerificationStart(input: $input) {
    verification {
      id step method agency expiresAt verified verificationId carrier phoneMasked
      codeExpiresAt triesLeft resendsLeft notice
    }
    errors { code field message triesLeft }
  }
}
"""
CONFIRM = """
mutation Confirm($input: IdentityVerificationConfirmInput!) {
  identityVerificationConfirm(input: $input) {
    verification {
      step verified verificationId
      person {
        name birthDate sex nationality nationalityCode phoneMasked residentNumberMasked
      }
    }
    errors { code field message triesLeft }
  }
}
"""
RESEND = """
mutation Resend($input: IdentityVerificationResendInput!) {
  identityVerificationResend(input: $input) {
    verification { step codeExpiresAt resendsLeft }
    errors { code field message }
  }
}
"""
STEP = "query Step($id: ID!) { identityVerification(id: $id) { step verified } }"

CONSENTS = {"personalInfo": True, "uniqueId": True, "serviceTerms": True, "carrierTerms": True}
HONG_BY_SMS = {
    "carrier": "SKT",
    "channel": "SMS",
    "name": "홍길동",
    "birthDate": "1980-12-10",
    "sexDigit": "1",
    "phone": "010-1234-5678",
    "consents": CONSENTS,
}


async def start(stack: Stack, **changes: Any) -> dict[str, Any]:
    variables = {"input": {"phone": {**HONG_BY_SMS, **changes}}}
    result = await stack.gateway.execute(START, variables)
    payload: dict[str, Any] = result["data"]["identityVerificationStart"]
    return payload


async def started(stack: Stack, **changes: Any) -> str:
    payload = await start(stack, **changes)
    assert payload["errors"] == []
    flow_id: str = payload["verification"]["id"]
    return flow_id


async def confirm(stack: Stack, flow_id: str, code: str, **headers: str) -> dict[str, Any]:
    variables = {"input": {"id": flow_id, "code": code}}
    result = await stack.gateway.execute(CONFIRM, variables, **headers)
    payload: dict[str, Any] = result["data"]["identityVerificationConfirm"]
    return payload


async def sent_codes(stack: Stack) -> list[str]:
    outbox = (await stack.identity.get("/__admin/outbox")).json()["messages"]
    return [message["code"] for message in outbox if message["code"]]


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


async def test_code_from_the_outbox_verifies_the_person(stack: Stack) -> None:
    # given
    payload = await start(stack)
    flow = payload["verification"]
    assert (flow["step"], flow["method"], flow["carrier"]) == ("CODE_SENT", "SMS", "SKT")
    assert (flow["phoneMasked"], flow["triesLeft"], flow["resendsLeft"]) == ("010-1234-****", 5, 5)
    [code] = await sent_codes(stack)
    # when
    confirmed = await confirm(stack, flow["id"], code)
    # then
    assert confirmed["errors"] == []
    verified = confirmed["verification"]
    assert (verified["step"], verified["verified"]) == ("VERIFIED", True)
    assert verified["verificationId"]
    assert verified["person"] == {
        "name": "홍길동",
        "birthDate": "1980-12-10",
        "sex": "MALE",
        "nationality": "KOREAN",
        "nationalityCode": "KR",
        "phoneMasked": "010-1234-****",
        "residentNumberMasked": "801210-1******",
    }


async def test_ci_di_and_the_resident_number_never_reach_the_client(stack: Stack) -> None:
    flow_id = await started(stack)
    [code] = await sent_codes(stack)
    response = await stack.gateway.post(CONFIRM, {"input": {"id": flow_id, "code": code}})
    number = people.HONG_GILDONG.resident_number
    for secret in (number, ci_of(number), di_of(number, "gateway")):
        assert secret not in response.text


async def test_wrong_code_is_refused_with_the_tries_left(stack: Stack) -> None:
    flow_id = await started(stack)
    [code] = await sent_codes(stack)
    payload = await confirm(stack, flow_id, wrong(code))
    [error] = payload["errors"]
    assert (error["code"], error["field"], error["triesLeft"]) == (
        "WRONG_CODE",
        ["input", "code"],
        4,
    )
    assert error["message"] == "인증번호가 일치하지 않습니다. 다시 입력해 주세요. (남은 횟수 4회)"
    assert payload["verification"] is None
    assert (await confirm(stack, flow_id, code))["verification"]["verified"] is True


async def test_wrong_code_is_explained_in_english_on_request(stack: Stack) -> None:
    flow_id = await started(stack)
    [code] = await sent_codes(stack)
    payload = await confirm(stack, flow_id, wrong(code), **{"Accept-Language": "en"})
    assert payload["errors"][0]["message"] == "The code is wrong. Try again (4 tries left)."


async def test_expired_code_is_refused(stack: Stack) -> None:
    # given a code, and the provider's clock past its lifetime
    flow_id = await started(stack)
    [code] = await sent_codes(stack)
    await stack.identity.post(
        "/__admin/clock", json={"advance_seconds": CODE_TTL.total_seconds() + 1}
    )
    # when
    payload = await confirm(stack, flow_id, code)
    # then
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("CODE_EXPIRED", ["input", "code"])


async def test_resend_invalidates_the_old_code(stack: Stack) -> None:
    # given
    flow_id = await started(stack)
    # when
    resent = await stack.gateway.execute(RESEND, {"input": {"id": flow_id}})
    # then
    payload = resent["data"]["identityVerificationResend"]
    assert (payload["errors"], payload["verification"]["resendsLeft"]) == ([], 4)
    old, new = await sent_codes(stack)
    if old != new:  # one chance in a million that both are the same code
        assert (await confirm(stack, flow_id, old))["errors"][0]["code"] == "WRONG_CODE"
    assert (await confirm(stack, flow_id, new))["verification"]["verified"] is True


async def test_too_many_wrong_codes_lock_the_verification(stack: Stack) -> None:
    # given four wrong codes
    flow_id = await started(stack)
    [code] = await sent_codes(stack)
    for _ in range(4):
        await confirm(stack, flow_id, wrong(code))
    # when the fifth is wrong too
    fifth = await confirm(stack, flow_id, wrong(code))
    # then the flow is locked, even for the right code
    assert (fifth["errors"][0]["code"], fifth["errors"][0]["triesLeft"]) == ("TOO_MANY_TRIES", 0)
    assert (await confirm(stack, flow_id, code))["errors"][0]["code"] == "TOO_MANY_TRIES"
    state = await stack.gateway.execute(STEP, {"id": flow_id})
    assert state["data"]["identityVerification"] == {"step": "LOCKED", "verified": False}


async def test_carrier_mismatch_sends_no_code(stack: Stack) -> None:
    # when 홍길동's details are sent with the wrong carrier
    payload = await start(stack, carrier="KT")
    # then the answer looks the same, with the manual's note, and nothing was sent
    assert payload["errors"] == []
    assert payload["verification"]["step"] == "CODE_SENT"
    assert payload["verification"]["notice"][0] == (
        "입력하신 인증정보가 일치하지 않을 경우, 인증번호 문자는 발송되지 않습니다."
    )
    assert await sent_codes(stack) == []
    flow_id = payload["verification"]["id"]
    assert (await confirm(stack, flow_id, "000000"))["errors"][0]["code"] == "WRONG_CODE"


async def test_missing_consent_is_refused_before_the_provider_is_asked(stack: Stack) -> None:
    payload = await start(stack, consents={**CONSENTS, "carrierTerms": False})
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == (
        "CONSENT_REQUIRED",
        ["input", "phone", "consents", "carrierTerms"],
    )
    calls = (await stack.identity.get("/__admin/calls")).json()["calls"]
    assert calls.get("POST /phone/verifications", 0) == 0


async def test_birth_date_must_agree_with_the_seventh_digit(stack: Stack) -> None:
    payload = await start(stack, sexDigit="3")  # 3: born in the 2000s, not in 1980
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == (
        "INVALID_BIRTH_DATE",
        ["input", "phone", "birthDate"],
    )


async def test_pass_needs_the_pass_app_on_the_phone(stack: Stack) -> None:
    # given 김영희, whose phone has no PASS app
    kim = {"name": "김영희", "birthDate": "1978-09-05", "sexDigit": "2", "phone": "010-2222-3333"}
    # when
    payload = await start(stack, channel="PASS", **kim)
    # then the KOTRA manual's message, on the channel field
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("PASS_APP_REQUIRED", ["input", "phone", "channel"])
    assert error["message"] == "PASS앱 설치 및 가입 후 이용이 가능합니다."
