"""One gateway session holds one Hometax login (the platform's rule: one login per agency per
session). The representative and a department user in the same session replace each other;
each keeps its own session to act side by side."""

from __future__ import annotations

from tests.gateway.conftest import Stack
from tests.gateway.hometax.conftest import (
    REPRESENTATIVE_LOGIN,
    USER_LOGIN,
    apply,
    codes,
    execute,
    issue,
    prove,
    representative,
    set_status,
)

REPRESENTATIVE_REQUIRED = "사업자등록번호 아이디(대표자)의 공인인증서로 로그인해 주시기 바랍니다."
DEPARTMENT_USER_REQUIRED = "부서사용자 아이디로 로그인해 주시기 바랍니다."
ME = "{ viewer { hometaxDepartmentUser { userId } hometaxDepartmentUsers { totalCount } } }"


async def test_a_department_user_login_replaces_the_representatives_in_one_session(
    stack: Stack,
) -> None:
    # given the representative's session, and the user approved in it
    await apply(stack)
    token = await representative(stack)
    await set_status(stack, token, "ACTIVE")
    # when the department user logs in sending the same session token
    variables = {"input": {"userId": "cargo_pay1", "password": "Cargo2024!x"}}
    login = await execute(stack, USER_LOGIN, variables, token)
    assert (login["errors"], login["token"]) == ([], None)  # the session was extended
    # then the session is the user's: the representative's screens ask for its login again
    refused = await set_status(stack, token, "NOT_APPROVED")
    assert codes(refused) == ["REPRESENTATIVE_LOGIN_REQUIRED"]
    assert refused["errors"][0]["message"] == REPRESENTATIVE_REQUIRED
    viewer = await execute(stack, ME, {}, token)
    assert viewer == {
        "hometaxDepartmentUser": {"userId": "cargo_pay1"},
        "hometaxDepartmentUsers": None,
    }


async def test_the_representatives_login_replaces_the_users_in_one_session(stack: Stack) -> None:
    # given the seeded active EdsTax01 logged in (a new session)
    variables = {"input": {"userId": "EdsTax01", "password": "Etax2024!ok"}}
    user_token = (await execute(stack, USER_LOGIN, variables))["token"]
    # when (주)한국이디에스's representative logs in sending that session's token
    await representative_in(stack, user_token, "6638501035")
    # then the user's own screens ask for the department user's login again
    change = """mutation($input: HometaxDepartmentUserPasswordChangeInput!) {
      hometaxDepartmentUserPasswordChange(input: $input) { errors { code message } } }"""
    payload = await execute(
        stack,
        change,
        {
            "input": {
                "currentPassword": "Etax2024!ok",
                "newPassword": "NewPass24!ok",
                "newPasswordConfirmation": "NewPass24!ok",
            }
        },
        user_token,
    )
    assert codes(payload) == ["DEPARTMENT_USER_LOGIN_REQUIRED"]
    assert payload["errors"][0]["message"] == DEPARTMENT_USER_REQUIRED


async def test_separate_sessions_act_side_by_side(stack: Stack) -> None:
    # given the representative's session and, without its token, the user's own session
    await apply(stack)
    token = await representative(stack)
    await set_status(stack, token, "ACTIVE")
    variables = {"input": {"userId": "cargo_pay1", "password": "Cargo2024!x"}}
    user_token = (await execute(stack, USER_LOGIN, variables))["token"]
    # then each acts as itself
    assert user_token
    assert user_token != token
    assert (await set_status(stack, token, "ACTIVE"))["errors"] == []
    viewer = await execute(stack, ME, {}, user_token)
    assert viewer["hometaxDepartmentUser"] == {"userId": "cargo_pay1"}


async def representative_in(stack: Stack, token: str, business: str) -> None:
    """The representative's certificate login, sent with an existing session's token."""
    issued = await issue(stack, "corporate", business)
    variables = {"input": {"businessNumber": business, "proof": await prove(stack, issued)}}
    payload = await execute(stack, REPRESENTATIVE_LOGIN, variables, token)
    assert (payload["errors"], payload["token"]) == ([], None)
