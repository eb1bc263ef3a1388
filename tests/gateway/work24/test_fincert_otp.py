"""금융인증서 확인 by OTP through Work24: a business whose cloud account has an OTP registered
(the pki mock's test control) confirms its 금융인증서 with the code the OTP shows, passes 가입
인증, and logs in the same way; a wrong code is the CA's refusal with the tries left."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from typing import Any

from mocks.pki.messages import FINCERT_MAX_WRONG_CODES
from mocks.pki.seed import FINCERT_PIN
from tests.gateway.conftest import Stack
from tests.gateway.work24.support import (
    AGREE,
    FINCERT_CONFIRM,
    FINCERT_SIGN,
    FINCERT_START,
    KOREA_EDS,
    LOGIN,
    REQUIRED_TERMS,
    authenticate,
    complete,
    run,
    start,
)

EDS_PHONE = "010-3473-6973"
"""김형원's phone, the one (주)한국이디에스's 금융인증서 is registered with."""
EDS_OWNER = {"subject_type": "business", "number": KOREA_EDS["number"]}


def rfc6238(secret: bytes, unix_time: int) -> str:
    """The 6-digit TOTP (RFC 6238, HMAC-SHA1, 30 s) a device with ``secret`` shows."""
    digest = hmac.new(secret, (unix_time // 30).to_bytes(8, "big"), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = int.from_bytes(digest[offset : offset + 4], "big") & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


async def register_otp(stack: Stack) -> dict[str, Any]:
    """An OTP registered to (주)한국이디에스's cloud account (pki mock test control)."""
    response = await stack.pki.post("/__admin/fincert/otp", json=EDS_OWNER)
    assert response.status_code == 201, response.text
    device: dict[str, Any] = response.json()
    return device


async def otp_code(stack: Stack, device: dict[str, Any]) -> str:
    """What the device shows now: computed here from its secret and the pki mock's clock,
    and the same as the mock's own reading."""
    now = (await stack.pki.get("/__admin/clock")).json()["now"]
    code = rfc6238(
        bytes.fromhex(device["secret_hex"]), int(dt.datetime.fromisoformat(now).timestamp())
    )
    shown = (await stack.pki.post("/__admin/fincert/otp/code", json=EDS_OWNER)).json()
    assert shown["code"] == code
    return code


async def otp_start(stack: Stack) -> dict[str, Any]:
    given = {"registrationNumber": KOREA_EDS["number"], "phone": EDS_PHONE, "method": "OTP"}
    payload = await run(stack, FINCERT_START, "work24FincertStart", given)
    assert payload["errors"] == [], payload
    fincert: dict[str, Any] = payload["fincert"]
    return fincert


async def confirm_by_otp_and_sign(stack: Stack, device: dict[str, Any]) -> str:
    """A use of the 금융인증서 confirmed by the OTP's code and signed with the PIN."""
    fincert = await otp_start(stack)
    assert (fincert["step"], fincert["method"]) == ("CONFIRM", "OTP")
    code = {"id": fincert["id"], "code": await otp_code(stack, device)}
    confirmed = await run(stack, FINCERT_CONFIRM, "work24FincertConfirm", code)
    assert confirmed["errors"] == [], confirmed
    assert confirmed["fincert"]["step"] == "PIN"
    sign = {"id": fincert["id"], "pin": FINCERT_PIN}
    signed = await run(stack, FINCERT_SIGN, "work24FincertSign", sign)
    assert signed["errors"] == [], signed
    assert signed["fincert"]["verified"] is True
    return str(fincert["id"])


async def test_otp_signs_up_and_logs_in_with_the_financial_certificate(stack: Stack) -> None:
    # given (주)한국이디에스 has an OTP registered to its 금융인증서 and starts 가입 인증
    device = await register_otp(stack)
    signup = await start(stack, KOREA_EDS)
    # when it confirms a 금융인증서 use with the OTP's code and the PIN
    fincert_id = await confirm_by_otp_and_sign(stack, device)
    # then the use passes 가입 인증 and the sign-up completes with the 금융인증서 registered
    authenticated = await authenticate(stack, signup["id"], KOREA_EDS, {"fincertId": fincert_id})
    assert authenticated["errors"] == [], authenticated
    assert authenticated["signup"]["step"] == "TERMS"
    await run(
        stack, AGREE, "work24SignupAgreeTerms", {"id": signup["id"], "agreed": REQUIRED_TERMS}
    )
    done = await complete(stack, signup["id"])
    assert [c["kind"] for c in done["signup"]["member"]["certificates"]] == ["FINCERT"]
    # and, a step of the OTP later, a new use confirmed by OTP logs the company in
    await stack.pki.post("/__admin/clock", json={"advance_seconds": 30})
    again = await confirm_by_otp_and_sign(stack, device)
    given = {
        "memberType": "GENERAL",
        "registrationNumber": KOREA_EDS["number"],
        "certificate": {"fincertId": again},
    }
    login = await run(stack, LOGIN, "work24Login", given)
    assert login["errors"] == [], login
    assert login["token"]
    assert login["login"]["member"]["registrationNumber"] == KOREA_EDS["number"]


async def test_a_wrong_otp_is_the_cas_refusal_with_tries_left(stack: Stack) -> None:
    # given a use by OTP
    device = await register_otp(stack)
    fincert = await otp_start(stack)
    # when a code other than the OTP's is entered
    right = await otp_code(stack, device)
    wrong = {"id": fincert["id"], "code": f"{(int(right) + 1) % 1_000_000:06d}"}
    payload = await run(stack, FINCERT_CONFIRM, "work24FincertConfirm", wrong)
    # then the CA's WRONG_CODE with the tries left, and no PIN before the right code
    error = payload["errors"][0]
    assert (error["code"], error["reason"], error["triesLeft"]) == (
        "FINCERT_REFUSED",
        "WRONG_CODE",
        FINCERT_MAX_WRONG_CODES - 1,
    )
    assert error["field"] == ["input", "code"]
    sign = {"id": fincert["id"], "pin": FINCERT_PIN}
    early = await run(stack, FINCERT_SIGN, "work24FincertSign", sign)
    assert [(e["code"], e["reason"]) for e in early["errors"]] == [
        ("FINCERT_REFUSED", "WRONG_STEP")
    ]
    retried = await run(
        stack, FINCERT_CONFIRM, "work24FincertConfirm", {"id": fincert["id"], "code": right}
    )
    assert retried["fincert"]["step"] == "PIN", retried


async def test_a_wrong_otp_use_does_not_log_in(stack: Stack) -> None:
    # given a member that joined with its 금융인증서 (confirmed by OTP)
    device = await register_otp(stack)
    signup = await start(stack, KOREA_EDS)
    fincert_id = await confirm_by_otp_and_sign(stack, device)
    await authenticate(stack, signup["id"], KOREA_EDS, {"fincertId": fincert_id})
    await run(
        stack, AGREE, "work24SignupAgreeTerms", {"id": signup["id"], "agreed": REQUIRED_TERMS}
    )
    await complete(stack, signup["id"])
    # when a new use is refused its OTP code and so never signed
    fincert = await otp_start(stack)
    right = await otp_code(stack, device)
    wrong = {"id": fincert["id"], "code": f"{(int(right) + 1) % 1_000_000:06d}"}
    await run(stack, FINCERT_CONFIRM, "work24FincertConfirm", wrong)
    given = {
        "memberType": "GENERAL",
        "registrationNumber": KOREA_EDS["number"],
        "certificate": {"fincertId": fincert["id"]},
    }
    login = await run(stack, LOGIN, "work24Login", given)
    # then the login is refused: the use is not verified
    assert login["token"] is None
    assert [e["code"] for e in login["errors"]] == ["FINCERT_NOT_VERIFIED"]
