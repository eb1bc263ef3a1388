"""정부24 접속 by ID and password through GraphQL (발급절차 1: "ID, PW 입력 또는 인증서 로그인"):
the portal login opens no issuance menu (복합인증 로그인 안내), and the certificate login that
follows must be the member's own."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from mocks.gov24.seed import HONG_PASSWORD, HONG_USER_ID
from tests.gateway.conftest import Stack
from tests.gateway.gov24.support import CHECK, run, start
from tests.mocks.gov24.support import HONG, YOUNGHEE, holder, last_code

MEMBER_LOGIN = """
mutation Enter($input: Gov24MemberLoginInput!) {
  gov24MemberLogin(input: $input) {
    member { userId name expiresAt complexAuthRequired notice }
    sessionToken
    errors { code field message }
  }
}
"""
VIEWER = "{ viewer { logins { agency } gov24UsageApproval { name status } } }"
RENEW = """
mutation Renew($input: Gov24UsageApprovalRenewInput!) {
  gov24UsageApprovalRenew(input: $input) { approval { id } errors { code message } }
}
"""


async def entered(stack: Stack, password: str = HONG_PASSWORD) -> Any:
    return await run(stack, MEMBER_LOGIN, {"userId": HONG_USER_ID, "password": password})


async def test_id_and_password_log_in_to_the_portal_but_open_no_issuance_menu(
    stack: Stack,
) -> None:
    # when 홍길동 enters 정부24 with his ID and password
    payload = await entered(stack)
    # then the login is held in a new gateway session, with the 복합인증 notice
    assert payload["errors"] == []
    assert payload["member"]["name"] == "홍길동"
    assert payload["member"]["complexAuthRequired"] is True
    assert "복합인증" in payload["member"]["notice"]
    bearer = f"Bearer {payload['sessionToken']}"
    auth = {"Authorization": bearer}
    viewer = (await stack.gateway.execute(VIEWER, Authorization=bearer))["data"]["viewer"]
    assert viewer["logins"] == [{"agency": "GOV24"}]
    # but the 발급시스템's menus stay shut: no approval shown, renewal refused
    assert viewer["gov24UsageApproval"] is None
    renewed = await run(stack, RENEW, {"approvalId": "apv_x"}, **auth)
    [error] = renewed["errors"]
    assert error["code"] == "COMPLEX_AUTH_REQUIRED"
    assert "복합 인증로그인으로 이동" in error["message"]


async def test_a_wrong_password_is_refused(stack: Stack) -> None:
    payload = await entered(stack, HONG_PASSWORD + "x")
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("MEMBER_LOGIN_FAILED", ["input", "password"])
    assert error["message"] == "아이디 또는 비밀번호가 일치하지 않습니다."
    assert (payload["member"], payload["sessionToken"]) == (None, None)


async def test_the_certificate_login_after_it_must_be_the_members_own(stack: Stack) -> None:
    # given 홍길동 entered by ID and password
    auth = {"Authorization": f"Bearer {(await entered(stack))['sessionToken']}"}
    # when 김영희's certificate is used for the 복합인증 in his session
    other = await start(stack, await holder(stack.pki, YOUNGHEE), YOUNGHEE[1], **auth)
    # then it is refused
    [error] = other["errors"]
    assert error["code"] == "MEMBER_MISMATCH"
    assert other["issuance"] is None


async def test_the_members_certificate_login_replaces_it_and_opens_the_menus(
    stack: Stack,
) -> None:
    # given 홍길동 entered by ID and password
    bearer = f"Bearer {(await entered(stack))['sessionToken']}"
    auth = {"Authorization": bearer}
    # when he does the 복합인증: his own certificate, then the phone code
    started = await start(stack, await holder(stack.pki, HONG), HONG[1], **auth)
    assert started["errors"] == []
    assert started["sessionToken"] is None  # the same gateway session goes on
    code = await last_code(stack.mocks["gov24"], "01012345678")
    checked = await run(stack, CHECK, {"id": started["issuance"]["id"], "code": code})
    assert checked["issuance"]["step"] == "FORM"
    # then his session holds the certificate login and the approval is shown
    viewer = (await stack.gateway.execute(VIEWER, Authorization=bearer))["data"]["viewer"]
    assert viewer["logins"] == [{"agency": "GOV24"}]
    assert viewer["gov24UsageApproval"] == {"name": "홍길동", "status": "VALID"}


async def test_the_password_is_never_logged(stack: Stack, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        await entered(stack)
        await entered(stack, "Wrong-" + HONG_PASSWORD)
    assert caplog.records
    assert HONG_PASSWORD not in caplog.text
