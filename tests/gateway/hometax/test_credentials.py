"""A lost ID or password: the representative sees the ID and has a temporary password e-mailed;
the user must change it at the next login. Then the user registers its own e-tax-invoice
certificate (not the business's) and logs in with it."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from tests.gateway.conftest import Stack
from tests.gateway.hometax.conftest import (
    BUSINESS,
    REPRESENTATIVE_LOGIN,
    USER_ID,
    apply,
    codes,
    execute,
    issue,
    prove,
    representative,
    set_status,
    user_login,
)

SEND = """
mutation Send($input: HometaxTemporaryPasswordSendInput!) {
  hometaxTemporaryPasswordSend(input: $input) {
    emailMasked expiresAt errors { code field message }
  }
}
"""
CHANGE = """
mutation Change($input: HometaxDepartmentUserPasswordChangeInput!) {
  hometaxDepartmentUserPasswordChange(input: $input) { changed message errors { code field } }
}
"""
REGISTER = """
mutation Register($input: HometaxDepartmentUserCertificateRegisterInput!) {
  hometaxDepartmentUserCertificateRegister(input: $input) {
    certificate { serial kind holderName message }
    errors { code field message }
  }
}
"""
CERTIFICATE_LOGIN = """
mutation CertLogin($input: HometaxDepartmentUserCertificateLoginInput!) {
  hometaxDepartmentUserCertificateLogin(input: $input) {
    login { role method userId }
    errors { code field message }
  }
}
"""
NEW_PASSWORD = "NewPass24!ok"
EXPIRED = (
    "임시 비밀번호의 유효기간이 지났습니다. 사업자등록번호 아이디로 로그인하여 "
    "MyNTS-부서사용자아이디관리 화면에서 임시비밀번호를 다시 발송해 주시기 바랍니다."
)


async def _active_user(stack: Stack) -> str:
    """An approved 부서사용자 of (주)서울물류; the representative's token."""
    await apply(stack)
    token = await representative(stack)
    await set_status(stack, token, "ACTIVE")
    return token


async def _temporary_password(stack: Stack, token: str) -> str:
    payload = await execute(stack, SEND, {"input": {"userId": USER_ID}}, token)
    assert payload["errors"] == []
    assert payload["emailMasked"].endswith("@seoul-logistics.example")
    last = await _last_mail(stack)
    assert last["to"] == "etax@seoul-logistics.example"
    assert USER_ID in last["body"]
    assert "까지 사용할 수 있습니다" in last["body"]
    code: str = last["code"]
    return code


async def _last_mail(stack: Stack) -> dict[str, Any]:
    mails = (await stack.mocks["hometax"].get("/__admin/outbox")).json()
    messages = mails["messages"] if isinstance(mails, dict) else mails
    last: dict[str, Any] = messages[-1]
    return last


async def _last_code(stack: Stack) -> str:
    code: str = (await _last_mail(stack))["code"]
    return code


async def test_temporary_password_must_be_changed_at_next_login(stack: Stack) -> None:
    # given the representative had a temporary password e-mailed
    token = await _active_user(stack)
    temporary = await _temporary_password(stack, token)
    # when the user logs in with it
    login = await user_login(stack, temporary)
    assert login["login"]["passwordChangeRequired"] is True
    user_token = login["token"]
    # then nothing else is allowed until the password is changed
    etax = await issue(stack, "e-tax-invoice")
    refused = await execute(
        stack, REGISTER, {"input": {"proof": await prove(stack, etax)}}, user_token
    )
    assert codes(refused) == ["PASSWORD_CHANGE_REQUIRED"]
    change = {"currentPassword": temporary, "newPassword": NEW_PASSWORD,
              "newPasswordConfirmation": NEW_PASSWORD}  # fmt: skip
    changed = await execute(stack, CHANGE, {"input": change}, user_token)
    assert changed["changed"] is True
    # and the new password logs in without the flag, the old one no longer does
    assert (await user_login(stack, NEW_PASSWORD))["login"]["passwordChangeRequired"] is False
    assert codes(await user_login(stack)) == ["LOGIN_FAILED"]


async def test_temporary_password_expires_after_a_day(stack: Stack) -> None:
    # given a temporary password sent with the mock clock frozen (at its present)
    hometax = stack.mocks["hometax"]
    present = (await hometax.get("/__admin/clock")).json()["now"]
    frozen = await hometax.post("/__admin/clock", json={"now": present})
    token = await _active_user(stack)
    sent = await execute(stack, SEND, {"input": {"userId": USER_ID}}, token)
    sent_at = datetime.fromisoformat(frozen.json()["now"])
    assert datetime.fromisoformat(sent["expiresAt"]) - sent_at == timedelta(hours=24)
    temporary = await _last_code(stack)
    # when a day and a second have passed
    await stack.mocks["hometax"].post("/__admin/clock", json={"advance_seconds": 24 * 3600 + 1})
    # then it no longer logs in, with the way to a new one in the message
    payload = await user_login(stack, temporary)
    assert codes(payload) == ["TEMPORARY_PASSWORD_EXPIRED"]
    assert payload["errors"][0]["message"] == EXPIRED
    assert payload["login"] is None


async def test_new_password_follows_the_same_rules(stack: Stack) -> None:
    token = await _active_user(stack)
    temporary = await _temporary_password(stack, token)
    user_token = (await user_login(stack, temporary))["token"]
    change = {"currentPassword": temporary, "newPassword": "short1!",
              "newPasswordConfirmation": "short1!"}  # fmt: skip
    payload = await execute(stack, CHANGE, {"input": change}, user_token)
    assert codes(payload) == ["INVALID_PASSWORD_LENGTH"]


async def test_user_registers_its_own_certificate_then_logs_in_with_it(stack: Stack) -> None:
    # given an active user logged in with ID and password
    await _active_user(stack)
    user_token = (await user_login(stack))["token"]
    # when it registers an e-tax-invoice certificate issued for the business
    etax = await issue(stack, "e-tax-invoice")
    registered = await execute(
        stack, REGISTER, {"input": {"proof": await prove(stack, etax)}}, user_token
    )
    assert registered["errors"] == []
    assert registered["certificate"]["kind"] == "e-tax-invoice"
    # then it logs in with that certificate
    variables = {"input": {"businessNumber": BUSINESS, "userId": USER_ID,
                           "proof": await prove(stack, etax)}}  # fmt: skip
    login = await execute(stack, CERTIFICATE_LOGIN, variables)
    assert login["login"] == {"role": "DEPARTMENT_USER", "method": "CERTIFICATE", "userId": USER_ID}


async def test_the_business_certificate_cannot_be_registered(stack: Stack) -> None:
    # given the representative logged in with a corporate certificate
    await apply(stack)
    business = await issue(stack, "corporate")
    login = {"businessNumber": BUSINESS, "proof": await prove(stack, business)}
    token = (await execute(stack, REPRESENTATIVE_LOGIN, {"input": login}))["token"]
    await set_status(stack, token, "ACTIVE")
    user_token = (await user_login(stack))["token"]
    # when the user tries to register that same certificate
    payload = await execute(
        stack, REGISTER, {"input": {"proof": await prove(stack, business)}}, user_token
    )
    # then the manual's rule refuses it
    assert codes(payload) == ["BUSINESS_CERTIFICATE_REUSED"]


async def test_certificate_of_another_business_is_refused(stack: Stack) -> None:
    await _active_user(stack)
    user_token = (await user_login(stack))["token"]
    other = await issue(stack, "e-tax-invoice", "6638501035")
    payload = await execute(
        stack, REGISTER, {"input": {"proof": await prove(stack, other)}}, user_token
    )
    assert codes(payload) == ["CERTIFICATE_REFUSED"]


async def test_certificate_login_needs_a_registered_certificate(stack: Stack) -> None:
    await _active_user(stack)
    etax = await issue(stack, "e-tax-invoice")
    variables = {"input": {"businessNumber": BUSINESS, "userId": USER_ID,
                           "proof": await prove(stack, etax)}}  # fmt: skip
    payload = await execute(stack, CERTIFICATE_LOGIN, variables)
    assert codes(payload) == ["CERTIFICATE_NOT_REGISTERED"]


async def test_representative_sees_a_lost_id(stack: Stack) -> None:
    token = await _active_user(stack)
    viewer = await execute(
        stack, "{ viewer { hometaxDepartmentUsers { edges { node { userId } } } } }", {}, token
    )
    assert viewer["hometaxDepartmentUsers"]["edges"][0]["node"]["userId"] == USER_ID


async def test_department_users_certificate_cannot_open_my_nts(stack: Stack) -> None:
    # given the department user registered its e-tax-invoice certificate
    await _active_user(stack)
    user_token = (await user_login(stack))["token"]
    etax = await issue(stack, "e-tax-invoice")
    await execute(stack, REGISTER, {"input": {"proof": await prove(stack, etax)}}, user_token)
    # when that certificate is used for the representative's login
    login = {"businessNumber": BUSINESS, "proof": await prove(stack, etax)}
    payload = await execute(stack, REPRESENTATIVE_LOGIN, {"input": login})
    # then Hometax refuses: the user cannot approve itself
    assert codes(payload) == ["DEPARTMENT_USER_CERTIFICATE"]


CERTIFICATE_SESSION = """
mutation CertLogin($input: HometaxDepartmentUserCertificateLoginInput!) {
  hometaxDepartmentUserCertificateLogin(input: $input) {
    login { method } token errors { code field message }
  }
}
"""
RENEWAL_RULE = (
    "경선된 인증서를 등록하기 위해서는 아이디/비밀번호로 로그인을 해야 됩니다."  # seed 004
)


async def _register(stack: Stack, token: str, certificate: dict[str, Any]) -> dict[str, Any]:
    variables = {"input": {"proof": await prove(stack, certificate)}}
    return await execute(stack, REGISTER, variables, token)


async def _certificate_login(stack: Stack, certificate: dict[str, Any]) -> dict[str, Any]:
    variables = {"input": {"businessNumber": BUSINESS, "userId": USER_ID,
                           "proof": await prove(stack, certificate)}}  # fmt: skip
    return await execute(stack, CERTIFICATE_SESSION, variables)


async def test_a_renewed_certificate_is_registered_after_an_id_password_login(
    stack: Stack,
) -> None:
    # given the user registered a certificate and logged in with it
    await _active_user(stack)
    old = await issue(stack, "e-tax-invoice")
    assert (await _register(stack, (await user_login(stack))["token"], old))["errors"] == []
    certificate_session = (await _certificate_login(stack, old))["token"]
    # when it registers the renewed certificate in that certificate login
    renewed = await issue(stack, "e-tax-invoice")
    refused = await _register(stack, certificate_session, renewed)
    # then the manual's rule asks for an ID/password login first
    assert codes(refused) == ["PASSWORD_LOGIN_REQUIRED"]
    assert refused["errors"][0]["message"] == RENEWAL_RULE
    # and after an ID/password login the renewed one replaces the old one
    registered = await _register(stack, (await user_login(stack))["token"], renewed)
    assert registered["errors"] == []
    assert codes(await _certificate_login(stack, old)) == ["CERTIFICATE_MISMATCH"]
    assert (await _certificate_login(stack, renewed))["login"] == {"method": "CERTIFICATE"}


async def test_one_id_logs_in_several_times_at_once(stack: Stack) -> None:
    # 동시 접속 가능: two people share the one department user ID
    await _active_user(stack)
    first = (await user_login(stack))["token"]
    second = (await user_login(stack))["token"]
    query = "{ viewer { hometaxDepartmentUser { userId } } }"
    for token in (first, second):
        viewer = await execute(stack, query, {}, token)
        assert viewer["hometaxDepartmentUser"] == {"userId": USER_ID}


async def test_no_temporary_password_for_a_withdrawn_user(stack: Stack) -> None:
    token = await _active_user(stack)
    await set_status(stack, token, "WITHDRAWN")
    payload = await execute(stack, SEND, {"input": {"userId": USER_ID}}, token)
    assert codes(payload) == ["ALREADY_WITHDRAWN"]
