"""부서사용자 아이디 관리: the representative logs in with the business's certificate, lists the
department users and sets 사용 / 탈퇴 / 미승인; only 사용 logs in; the applicant hears of it on
`flowUpdated`."""

from __future__ import annotations

import asyncio
from typing import Any

from gateway.app import GatewayState
from gateway.events.flows import flow_topic
from tests.gateway.conftest import Stack
from tests.gateway.hometax.conftest import (
    BUSINESS,
    REPRESENTATIVE_LOGIN,
    apply,
    codes,
    execute,
    issue,
    prove,
    representative,
    set_status,
    user_login,
)

DEPARTMENT_USERS = """
query Users($first: Int, $after: String) {
  viewer {
    hometaxDepartmentUsers(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node {
        userId name department phone mobile email status statusLabel appliedAt changedAt
        userType
      } }
    }
  }
}
"""
NOT_APPROVED_MESSAGE = (  # seed 004 step 9, verbatim
    "대기인 상태에서 사용으로 전환을 하여야만 해당 부서사용자의 아이디를 사용할 수 있습니다."
)


async def _users(stack: Stack, token: str, **page: Any) -> dict[str, Any]:
    viewer = await execute(stack, DEPARTMENT_USERS, page, token)
    connection: dict[str, Any] = viewer["hometaxDepartmentUsers"]
    return connection


async def test_representative_lists_the_pending_user(stack: Stack) -> None:
    # given an application and the representative's certificate login
    await apply(stack)
    token = await representative(stack)
    # when the representative opens 부서사용자 아이디 관리
    users = await _users(stack, token)
    # then the row shows the manual's columns
    assert users["totalCount"] == 1
    node = users["edges"][0]["node"]
    assert (node["userId"], node["name"], node["department"]) == ("cargo_pay1", "홍길동", "정산팀")
    assert (node["statusLabel"], node["userType"]) == ("대기", "전자세금계산서전용")
    assert (node["mobile"], node["phone"]) == ("010-1234-5678", "02-400-2300")


async def test_manuals_row_is_listed_for_its_business(stack: Stack) -> None:
    token = await representative(stack, "2208100016")
    node = (await _users(stack, token))["edges"][0]["node"]
    assert (node["userId"], node["name"], node["department"]) == ("hanbit_test", "김철수", "1팀")
    assert (node["phone"], node["email"]) == ("02-1234-4567", "test@email.com")
    assert node["appliedAt"].startswith("2018-07-01T12:00:00")  # 신청일시
    assert node["changedAt"].startswith("2018-07-01T12:00:00")  # 변경일시
    assert (node["statusLabel"], node["userType"]) == ("대기", "전자세금계산서전용")


async def test_list_pages_with_cursors(stack: Stack) -> None:
    # given a withdrawn user and a new application for one business
    await apply(stack)
    token = await representative(stack)
    await set_status(stack, token, "WITHDRAWN")
    await apply(stack, userId="cargo_pay2")
    # when reading one at a time
    first = await _users(stack, token, first=1)
    second = await _users(stack, token, first=1, after=first["pageInfo"]["endCursor"])
    # then the newest comes first and the second page ends the list
    assert first["pageInfo"]["hasNextPage"] is True
    assert [e["node"]["userId"] for e in first["edges"] + second["edges"]] == [
        "cargo_pay2",
        "cargo_pay1",
    ]
    assert second["pageInfo"]["hasNextPage"] is False


async def test_login_before_approval_is_refused(stack: Stack) -> None:
    await apply(stack)
    payload = await user_login(stack)
    assert codes(payload) == ["NOT_APPROVED"]
    assert payload["errors"][0]["message"] == NOT_APPROVED_MESSAGE
    assert payload["login"] is None


async def test_active_user_logs_in(stack: Stack) -> None:
    await apply(stack)
    token = await representative(stack)
    saved = await set_status(stack, token, "ACTIVE")
    assert (saved["departmentUser"]["statusLabel"], saved["message"]) == ("사용", "저장되었습니다.")
    payload = await user_login(stack)
    assert payload["errors"] == []
    assert (payload["login"]["role"], payload["login"]["userId"]) == (
        "DEPARTMENT_USER",
        "cargo_pay1",
    )


async def test_not_approved_user_cannot_log_in_until_set_to_use(stack: Stack) -> None:
    # given the representative refused the ID (미승인)
    await apply(stack)
    token = await representative(stack)
    await set_status(stack, token, "NOT_APPROVED")
    assert codes(await user_login(stack)) == ["NOT_APPROVED"]
    # when it later sets 사용, then the ID logs in
    assert (await set_status(stack, token, "ACTIVE"))["errors"] == []
    assert (await user_login(stack))["errors"] == []


async def test_withdrawn_user_cannot_log_in_nor_come_back(stack: Stack) -> None:
    # given an active user the representative then withdraws
    await apply(stack)
    token = await representative(stack)
    await set_status(stack, token, "ACTIVE")
    await set_status(stack, token, "WITHDRAWN")
    # then it cannot log in, and its status cannot change any more
    assert codes(await user_login(stack)) == ["WITHDRAWN"]
    assert codes(await set_status(stack, token, "ACTIVE")) == ["ALREADY_WITHDRAWN"]


async def test_withdrawal_ends_the_users_login(stack: Stack) -> None:
    await apply(stack)
    token = await representative(stack)
    await set_status(stack, token, "ACTIVE")
    user_token = (await user_login(stack))["token"]
    await set_status(stack, token, "WITHDRAWN")
    viewer = await execute(stack, "{ viewer { hometaxDepartmentUser { status } } }", {}, user_token)
    assert viewer["hometaxDepartmentUser"] is None


async def test_wrong_password_is_refused(stack: Stack) -> None:
    payload = await user_login(stack, "Wrong2024!x", "EdsTax01")
    assert codes(payload) == ["LOGIN_FAILED"]


async def test_ids_log_in_case_sensitively(stack: Stack) -> None:
    payload = await user_login(stack, "Etax2024!ok", "edstax01")
    assert codes(payload) == ["LOGIN_FAILED"]
    assert (await user_login(stack, "Etax2024!ok", "EdsTax01"))["errors"] == []


async def test_representative_login_needs_the_business_certificate(stack: Stack) -> None:
    # a certificate of (주)한국이디에스 does not open (주)서울물류's My NTS
    issued = await issue(stack, "corporate", "6638501035")
    variables = {"input": {"businessNumber": BUSINESS, "proof": await prove(stack, issued)}}
    payload = await execute(stack, REPRESENTATIVE_LOGIN, variables)
    assert codes(payload) == ["CERTIFICATE_REFUSED"]


async def test_department_user_cannot_manage(stack: Stack) -> None:
    user_token = (await user_login(stack, "Etax2024!ok", "EdsTax01"))["token"]
    assert codes(await set_status(stack, user_token, "ACTIVE", "EdsTax01")) == [
        "REPRESENTATIVE_LOGIN_REQUIRED"
    ]


async def test_managing_without_login_is_not_logged_in(stack: Stack) -> None:
    payload = await set_status(stack, "", "ACTIVE")
    assert codes(payload) == ["NOT_LOGGED_IN"]


async def test_representative_manages_only_its_own_users(stack: Stack) -> None:
    token = await representative(stack)
    assert codes(await set_status(stack, token, "ACTIVE", "EdsTax01")) == ["USER_NOT_FOUND"]


async def test_approval_is_published_to_the_applicants_flow(stack: Stack) -> None:
    # given the applicant listening on its application's flow
    application_id = (await apply(stack))["application"]["id"]
    state: GatewayState = stack.app.state.gateway
    async with state.events.subscribe(flow_topic(application_id)) as updates:
        # when the representative sets 사용
        token = await representative(stack)
        await set_status(stack, token, "ACTIVE")
        update = await asyncio.wait_for(anext(aiter(updates)), 5)
    # then the flow succeeded with Hometax's word for it
    assert (update.step, update.status.value, update.message) == ("ACTIVE", "succeeded", "사용")
    # and the application reads back as active
    read = await execute(
        stack,
        "query($id: ID!) { hometaxDepartmentUserApplication(id: $id) { step statusLabel } }",
        {"id": application_id},
    )
    assert read == {"step": "ACTIVE", "statusLabel": "사용"}


async def test_unknown_application_is_null(stack: Stack) -> None:
    read = await execute(
        stack,
        'query { hometaxDepartmentUserApplication(id: "dpu_nope") { step } }',
        {},
    )
    assert read is None


async def test_department_user_is_refetched_by_global_id(stack: Stack) -> None:
    # given the representative sees its department user's global id
    await apply(stack)
    token = await representative(stack)
    listed = await execute(
        stack, "{ viewer { hometaxDepartmentUsers { edges { node { id } } } } }", {}, token
    )
    global_id = listed["hometaxDepartmentUsers"]["edges"][0]["node"]["id"]
    query = "query($id: ID!) { node(id: $id) { ... on HometaxDepartmentUser { userId status } } }"
    # when it refetches the node, and someone without the login does
    mine = await execute(stack, query, {"id": global_id}, token)
    anonymous = await execute(stack, query, {"id": global_id})
    # then only the representative gets it
    assert mine == {"userId": "cargo_pay1", "status": "PENDING"}
    assert anonymous is None
