"""금융인증서 확인 through Work24 (seed §1.3.4.2): 사업자번호 + 휴대폰번호, the cloud account
created with its terms on first use, the SMS code, the PIN; the verified use then passes 가입
인증, and the company logs in with its 금융인증서."""

from __future__ import annotations

from typing import Any

from mocks.pki.seed import FINCERT_PIN
from tests.gateway.conftest import Stack
from tests.gateway.work24.support import (
    AGREE,
    FINCERT_CONFIRM,
    FINCERT_REGISTER,
    FINCERT_SIGN,
    FINCERT_START,
    HANBIT,
    KOREA_EDS,
    LOGIN,
    REQUIRED_TERMS,
    authenticate,
    complete,
    run,
    start,
)

NEW_PIN = "482916"
NO_CLOUD_ACCOUNT = (  # seed 000 §1.3.4.2 금융인증서비스
    "클라우드 계정이 없습니다. 금융인증서비스에 가입하고 클라우드 계정을 생성합니다."
)


async def sms_code(stack: Stack) -> str:
    code: str = (await stack.pki.get("/__admin/outbox")).json()["messages"][-1]["code"]
    return code


async def fincert_start(stack: Stack, number: str, phone: str) -> dict[str, Any]:
    given = {"registrationNumber": number, "phone": phone}
    payload = await run(stack, FINCERT_START, "work24FincertStart", given)
    assert payload["errors"] == [], payload
    fincert: dict[str, Any] = payload["fincert"]
    return fincert


async def confirm_and_sign(stack: Stack, fincert_id: str, pin: str) -> dict[str, Any]:
    code = {"id": fincert_id, "code": await sms_code(stack)}
    confirmed = await run(stack, FINCERT_CONFIRM, "work24FincertConfirm", code)
    assert confirmed["fincert"]["step"] == "PIN", confirmed
    return await run(stack, FINCERT_SIGN, "work24FincertSign", {"id": fincert_id, "pin": pin})


async def first_use(stack: Stack) -> str:
    """한빛's first 금융인증서 use: cloud account with terms, SMS code, PIN → verified id."""
    fincert = await fincert_start(stack, HANBIT["number"], "010-5551-0101")
    assert fincert["step"] == "SIGNUP"
    assert fincert["message"] == NO_CLOUD_ACCOUNT
    terms = [t["code"] for t in fincert["terms"]]
    given = {
        "id": fincert["id"],
        "name": HANBIT["name"],
        "agreedTerms": terms,
        "pin": NEW_PIN,
        "pinConfirm": NEW_PIN,
    }
    registered = await run(stack, FINCERT_REGISTER, "work24FincertRegister", given)
    assert registered["fincert"]["step"] == "CONFIRM", registered
    signed = await confirm_and_sign(stack, fincert["id"], NEW_PIN)
    assert signed["fincert"]["verified"] is True, signed
    return str(fincert["id"])


async def test_sign_up_and_login_with_a_financial_certificate(stack: Stack) -> None:
    # given 한빛 confirms with its 금융인증서 (first use: cloud account created)
    signup = await start(stack, HANBIT)
    fincert_id = await first_use(stack)
    # when it passes 가입 인증 with it and completes
    authenticated = await authenticate(stack, signup["id"], HANBIT, {"fincertId": fincert_id})
    assert authenticated["errors"] == []
    terms = {"id": signup["id"], "agreed": REQUIRED_TERMS}
    await run(stack, AGREE, "work24SignupAgreeTerms", terms)
    done = await complete(stack, signup["id"])
    # then its 금융인증서 is registered, and a new use logs in
    assert [c["kind"] for c in done["signup"]["member"]["certificates"]] == ["FINCERT"]
    again = await fincert_start(stack, HANBIT["number"], "010-5551-0101")
    assert again["step"] == "CONFIRM"
    await confirm_and_sign(stack, again["id"], NEW_PIN)
    given = {
        "memberType": "GENERAL",
        "registrationNumber": HANBIT["number"],
        "certificate": {"fincertId": again["id"]},
    }
    login = await run(stack, LOGIN, "work24Login", given)
    assert login["errors"] == []


async def test_a_financial_certificate_use_is_spent_once(stack: Stack) -> None:
    fincert_id = await first_use(stack)
    first = await start(stack, HANBIT)
    used = await authenticate(stack, first["id"], HANBIT, {"fincertId": fincert_id})
    assert used["errors"] == []
    second = await start(stack, HANBIT)
    again = await authenticate(stack, second["id"], HANBIT, {"fincertId": fincert_id})
    assert [e["code"] for e in again["errors"]] == ["FINCERT_NOT_VERIFIED"]


async def test_another_business_financial_certificate_is_refused(stack: Stack) -> None:
    signup = await start(stack, HANBIT)
    eds = await fincert_start(stack, KOREA_EDS["number"], "010-3473-6973")
    await confirm_and_sign(stack, eds["id"], FINCERT_PIN)
    payload = await authenticate(stack, signup["id"], HANBIT, {"fincertId": eds["id"]})
    assert [e["code"] for e in payload["errors"]] == ["FINCERT_NOT_VERIFIED"]


async def test_a_wrong_code_is_the_cas_refusal_with_tries_left(stack: Stack) -> None:
    fincert = await fincert_start(stack, KOREA_EDS["number"], "010-3473-6973")
    wrong = {
        "id": fincert["id"],
        "code": "000000" if await sms_code(stack) != "000000" else "111111",
    }
    payload = await run(stack, FINCERT_CONFIRM, "work24FincertConfirm", wrong)
    error = payload["errors"][0]
    assert (error["code"], error["reason"], error["triesLeft"]) == (
        "FINCERT_REFUSED",
        "WRONG_CODE",
        4,
    )
    assert error["field"] == ["input", "code"]


async def ars_start(stack: Stack, business: dict[str, str], phone: str) -> dict[str, Any]:
    given = {"registrationNumber": business["number"], "phone": phone, "method": "ARS"}
    payload = await run(stack, FINCERT_START, "work24FincertStart", given)
    assert payload["errors"] == [], payload
    fincert: dict[str, Any] = payload["fincert"]
    return fincert


async def key_into_the_call(stack: Stack, fincert_id: str, digits: str) -> Any:
    """The user answers the CA's ARS call and keys ``digits`` (Work24's test control)."""
    url = f"/__admin/fincert/{fincert_id}/ars"
    return await stack.mocks["work24"].post(url, json={"digits": digits})


async def test_ars_signs_up_and_logs_in_with_the_financial_certificate(stack: Stack) -> None:
    # given 한국이디에스 starts 가입 인증 and chooses 전화거는 ARS로 인증
    signup = await start(stack, KOREA_EDS)
    fincert = await ars_start(stack, KOREA_EDS, "010-3473-6973")
    assert (fincert["step"], fincert["method"]) == ("CONFIRM", "ARS")
    # when the user keys the code the portal shows into the call, then enters the PIN
    keyed = await key_into_the_call(stack, fincert["id"], fincert["arsDisplayCode"])
    assert keyed.status_code == 200, keyed.text
    sign = {"id": fincert["id"], "pin": FINCERT_PIN}
    signed = await run(stack, FINCERT_SIGN, "work24FincertSign", sign)
    assert signed["errors"] == [], signed
    assert signed["fincert"]["verified"] is True
    # then the use passes 가입 인증, the sign-up completes with the 금융인증서 registered
    authenticated = await authenticate(stack, signup["id"], KOREA_EDS, {"fincertId": fincert["id"]})
    assert authenticated["errors"] == [], authenticated
    assert authenticated["signup"]["step"] == "TERMS"
    terms = {"id": signup["id"], "agreed": REQUIRED_TERMS}
    await run(stack, AGREE, "work24SignupAgreeTerms", terms)
    done = await complete(stack, signup["id"])
    assert [c["kind"] for c in done["signup"]["member"]["certificates"]] == ["FINCERT"]
    # and a new ARS use logs the company in
    again = await ars_start(stack, KOREA_EDS, "010-3473-6973")
    await key_into_the_call(stack, again["id"], again["arsDisplayCode"])
    await run(stack, FINCERT_SIGN, "work24FincertSign", {"id": again["id"], "pin": FINCERT_PIN})
    given = {
        "memberType": "GENERAL",
        "registrationNumber": KOREA_EDS["number"],
        "certificate": {"fincertId": again["id"]},
    }
    login = await run(stack, LOGIN, "work24Login", given)
    assert login["errors"] == [], login
    assert login["token"]


async def test_ars_on_first_use_shows_the_code_after_the_cloud_sign_up(stack: Stack) -> None:
    # given 한빛 has no cloud account and chooses ARS
    fincert = await ars_start(stack, HANBIT, "010-5551-0101")
    assert fincert["step"] == "SIGNUP"
    assert fincert["arsDisplayCode"] is None
    given = {
        "id": fincert["id"],
        "name": HANBIT["name"],
        "agreedTerms": [t["code"] for t in fincert["terms"]],
        "pin": NEW_PIN,
        "pinConfirm": NEW_PIN,
    }
    # when it signs up to the 금융인증서비스 and keys the code into the call
    registered = await run(stack, FINCERT_REGISTER, "work24FincertRegister", given)
    shown = registered["fincert"]["arsDisplayCode"]
    assert registered["fincert"]["step"] == "CONFIRM", registered
    assert len(shown) == 2
    await key_into_the_call(stack, fincert["id"], shown)
    # then its new PIN signs and the use is verified
    signed = await run(
        stack, FINCERT_SIGN, "work24FincertSign", {"id": fincert["id"], "pin": NEW_PIN}
    )
    assert signed["fincert"]["verified"] is True, signed


async def test_a_wrong_ars_code_leaves_the_use_unverified(stack: Stack) -> None:
    fincert = await ars_start(stack, KOREA_EDS, "010-3473-6973")
    wrong = "00" if fincert["arsDisplayCode"] != "00" else "11"
    keyed = await key_into_the_call(stack, fincert["id"], wrong)
    assert (keyed.json()["reason"], keyed.json()["tries_left"]) == ("WRONG_CODE", 4)
    # the PIN cannot be entered before the call is answered right
    sign = {"id": fincert["id"], "pin": FINCERT_PIN}
    refused = await run(stack, FINCERT_SIGN, "work24FincertSign", sign)
    assert [(e["code"], e["reason"]) for e in refused["errors"]] == [
        ("FINCERT_REFUSED", "WRONG_STEP")
    ]


async def test_ars_shows_the_code_to_key_into_the_call(stack: Stack) -> None:
    fincert = await ars_start(stack, KOREA_EDS, "010-3473-6973")
    assert (fincert["step"], fincert["method"]) == ("CONFIRM", "ARS")
    assert len(fincert["arsDisplayCode"]) == 2
    # a typed code is no answer to an ARS call
    typed = {"id": fincert["id"], "code": "123456"}
    refused = await run(stack, FINCERT_CONFIRM, "work24FincertConfirm", typed)
    assert [(e["code"], e["reason"]) for e in refused["errors"]] == [
        ("FINCERT_REFUSED", "ARS_CALL_REQUIRED")
    ]


async def test_otp_needs_an_otp_registered_to_the_certificate(stack: Stack) -> None:
    given = {"registrationNumber": KOREA_EDS["number"], "phone": "010-3473-6973", "method": "OTP"}
    payload = await run(stack, FINCERT_START, "work24FincertStart", given)
    assert [(e["code"], e["reason"]) for e in payload["errors"]] == [
        ("FINCERT_REFUSED", "OTP_NOT_REGISTERED")
    ]
