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


async def test_ars_shows_the_code_to_key_into_the_call(stack: Stack) -> None:
    given = {"registrationNumber": KOREA_EDS["number"], "phone": "010-3473-6973", "method": "ARS"}
    query = FINCERT_START.replace("verified", "verified arsDisplayCode")
    payload = await run(stack, query, "work24FincertStart", given)
    fincert = payload["fincert"]
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
