"""MY KOTRA records through GraphQL: 기업 신청 사업 내역 (the company admin's view only, filled
by affiliated members' applications), 마일리지 내역 and 서비스 마일리지 사용 (the manual's matrix:
only a member affiliated by the company's 범용인증서), and 사명 변경신청 (after 기업인증, pending,
one at a time, the name unchanged)."""

from __future__ import annotations

from typing import Any

from mocks.kotra import seed
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import (
    bearer,
    company_login,
    data,
    log_in,
    signed_up,
)
from tests.gateway.kotra.test_company_admin import certify
from tests.gateway.kotra.test_service_matrix import APPLY, NOT_ALLOWED, sessions

HISTORY = """
query ($first: Int, $after: String) { viewer {
  kotraCompanyServiceHistory(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { service programme applicant appliedAt status } } } } }"""
MILEAGE = """
query ($first: Int, $after: String) { viewer {
  kotraCompanyMileage(first: $first, after: $after) {
    totalCount balance pageInfo { hasNextPage endCursor }
    edges { node { occurredAt description earned used balance } } } } }"""
USE = """
mutation ($input: KotraMileageUseInput!) {
  kotraMileageUse(input: $input) { entry { description used balance } errors { code message } } }"""
NAME_CHANGE = """
mutation ($input: KotraNameChangeRequestInput!) {
  kotraCompanyNameChangeRequest(input: $input) {
    request { name nameEn reason status requestedAt decidedAt } errors { code message } } }"""
NAME_CHANGES = """
{ viewer { kotraCompanyNameChangeRequests { name nameEn status }
  kotraCompany { name nameEn } } }"""
PENDING_MESSAGE = "이미 처리 중인 사명 변경신청이 있습니다. 처리 완료 후 다시 신청해 주십시오."
NEW_NAME = {"name": "(주)이디에스코리아", "nameEn": "EDS Korea Co.,Ltd.", "reason": "상호 변경"}


async def history(stack: Stack, token: str, **variables: Any) -> dict[str, Any] | None:
    found: dict[str, Any] | None = (await data(stack, HISTORY, variables, **bearer(token)))[
        "viewer"
    ]["kotraCompanyServiceHistory"]
    return found


async def test_admin_sees_the_seeded_history_newest_first_a_page_at_a_time(stack: Stack) -> None:
    # given the company admin of (주)한국이디에스
    token = await company_login(stack)
    # when it pages its 기업 신청 사업 내역 two at a time
    first = await history(stack, token, first=2)
    assert first is not None
    after = first["pageInfo"]["endCursor"]
    second = await history(stack, token, first=2, after=after)
    assert second is not None
    # then it sees the three seeded applications, newest first, with name, date and status
    nodes = [e["node"] for e in first["edges"] + second["edges"]]
    assert first["totalCount"] == 3
    assert first["pageInfo"]["hasNextPage"] is True
    assert second["pageInfo"]["hasNextPage"] is False
    assert [(n["programme"], n["status"]) for n in nodes] == [
        ("해외시장 진출 온라인 상담", "IN_PROGRESS"),
        ("글로벌 디지털 수출 설명회", "COMPLETED"),
        ("2026 해외전시회 단체참가 지원사업", "COMPLETED"),
    ]
    assert nodes[0]["appliedAt"] > nodes[1]["appliedAt"] > nodes[2]["appliedAt"]


async def test_an_affiliated_members_application_enters_the_company_history(
    stack: Stack,
) -> None:
    # given 김형원, affiliated with (주)한국이디에스, applies for 기타 서비스
    member = await log_in(stack, seed.EDS_STAFF_LOGIN_ID)
    variables = {"input": {"service": "OTHER_SERVICES"}}
    applied = (await data(stack, APPLY, variables, **bearer(member)))["kotraServiceApply"]
    assert applied["errors"] == []
    # and a member of no company applies too
    loner = await signed_up(stack)
    await data(stack, APPLY, {"input": {"service": "SEMINAR"}}, **bearer(loner))
    # when the admin reads the history
    found = await history(stack, await company_login(stack), first=10)
    assert found is not None
    # then only the affiliated member's application was added, newest, status applied
    assert found["totalCount"] == 4
    assert found["edges"][0]["node"] == {
        "service": "OTHER_SERVICES",
        "programme": "기타 서비스 신청",
        "applicant": "김형원",
        "appliedAt": applied["appliedAt"],
        "status": "APPLIED",
    }


async def test_a_general_member_who_is_not_the_admin_cannot_see_the_history(
    stack: Stack,
) -> None:
    # given 홍길동, affiliated with the company by certificate but logged in as a member
    token = await log_in(stack)
    # when he asks for the company's history, ledger and name change requests
    viewer = (await data(stack, HISTORY, {}, **bearer(token)))["viewer"]
    ledger = (await data(stack, MILEAGE, {}, **bearer(token)))["viewer"]
    requests = (await data(stack, NAME_CHANGES, **bearer(token)))["viewer"]
    # then none is shown: they are the company admin's
    assert viewer["kotraCompanyServiceHistory"] is None
    assert ledger["kotraCompanyMileage"] is None
    assert requests["kotraCompanyNameChangeRequests"] is None
    # and without any session there is no viewer at all
    assert (await data(stack, HISTORY, {}))["viewer"] is None


async def test_admin_sees_the_mileage_ledger_with_its_balance(stack: Stack) -> None:
    token = await company_login(stack)
    page = (await data(stack, MILEAGE, {"first": 2}, **bearer(token)))["viewer"][
        "kotraCompanyMileage"
    ]
    assert (page["totalCount"], page["balance"], page["pageInfo"]["hasNextPage"]) == (3, 4000, True)
    assert [
        (e["node"]["earned"], e["node"]["used"], e["node"]["balance"]) for e in page["edges"]
    ] == [
        (0, 3000, 4000),
        (2000, 0, 7000),
    ]
    rest = await data(
        stack, MILEAGE, {"first": 2, "after": page["pageInfo"]["endCursor"]}, **bearer(token)
    )
    edges = rest["viewer"]["kotraCompanyMileage"]["edges"]
    assert [e["node"]["description"] for e in edges] == [
        "2026 해외전시회 단체참가 지원사업 참여 적립"
    ]


async def test_mileage_use_is_refused_to_classes_without_the_right(stack: Stack) -> None:
    # given a member of every class but the one the matrix allows
    members = await sessions(stack)
    use = {"input": {"points": 100, "description": "해외시장조사"}}
    for member_class in ("GENERAL_APPROVAL_PASSWORD", "GENERAL", "SIMPLE"):
        # when each tries to use mileage
        payload = (await data(stack, USE, use, **bearer(members[member_class])))["kotraMileageUse"]
        # then the matrix refuses it
        assert payload == {
            "entry": None,
            "errors": [{"code": "SERVICE_NOT_ALLOWED", "message": NOT_ALLOWED}],
        }, member_class
    # and the balance is untouched
    admin = await company_login(stack)
    ledger = (await data(stack, MILEAGE, {}, **bearer(admin)))["viewer"]["kotraCompanyMileage"]
    assert (ledger["balance"], ledger["totalCount"]) == (4000, 3)


async def test_a_certificate_member_uses_mileage_within_the_balance(stack: Stack) -> None:
    # given 홍길동, affiliated by the company's 범용인증서
    token = await log_in(stack)
    # when he uses 1,500 points, then more than is left
    use = {"input": {"points": 1500, "description": "해외시장조사 서비스"}}
    used = (await data(stack, USE, use, **bearer(token)))["kotraMileageUse"]
    over = {"input": {"points": 2501, "description": "지사화 사업"}}
    refused = (await data(stack, USE, over, **bearer(token)))["kotraMileageUse"]
    # then the first is written to the ledger, the second refused
    assert used == {
        "entry": {"description": "해외시장조사 서비스", "used": 1500, "balance": 2500},
        "errors": [],
    }
    assert refused["errors"] == [
        {"code": "MILEAGE_INSUFFICIENT", "message": "사용 가능한 마일리지가 부족합니다."}
    ]
    admin = await company_login(stack)
    ledger = (await data(stack, MILEAGE, {"first": 1}, **bearer(admin)))["viewer"]
    assert ledger["kotraCompanyMileage"]["balance"] == 2500


async def test_name_change_without_fresh_certificate_authentication_is_refused(
    stack: Stack,
) -> None:
    # given the admin logged in with the password only
    token = await company_login(stack)
    # when it asks for a name change
    refused = (await data(stack, NAME_CHANGE, {"input": NEW_NAME}, **bearer(token)))[
        "kotraCompanyNameChangeRequest"
    ]
    # then the manual's 기업인증 rule refuses it and nothing is recorded
    assert refused == {
        "request": None,
        "errors": [
            {
                "code": "CERTIFICATION_REQUIRED",
                "message": "반드시 기업인증절차를 거친 후 기업정보 수정 가능",
            }
        ],
    }
    listed = (await data(stack, NAME_CHANGES, **bearer(token)))["viewer"]
    assert listed["kotraCompanyNameChangeRequests"] == []


async def test_name_change_is_recorded_pending_and_the_name_is_unchanged(stack: Stack) -> None:
    # given the admin after 기업인증
    token = await company_login(stack)
    assert (await certify(stack, token))["errors"] == []
    # when it asks for a name change
    done = (await data(stack, NAME_CHANGE, {"input": NEW_NAME}, **bearer(token)))[
        "kotraCompanyNameChangeRequest"
    ]
    # then the request is pending and the company keeps its name
    assert done["errors"] == []
    assert done["request"] | {"requestedAt": None} == {
        "name": "(주)이디에스코리아",
        "nameEn": "EDS Korea Co.,Ltd.",
        "reason": "상호 변경",
        "status": "PENDING",
        "requestedAt": None,
        "decidedAt": None,
    }
    viewer = (await data(stack, NAME_CHANGES, **bearer(token)))["viewer"]
    assert viewer["kotraCompanyNameChangeRequests"] == [
        {"name": "(주)이디에스코리아", "nameEn": "EDS Korea Co.,Ltd.", "status": "PENDING"}
    ]
    assert viewer["kotraCompany"] == {
        "name": "(주)한국이디에스",
        "nameEn": "Korea Enterprise Data System Co.,Ltd.",
    }


async def test_a_second_pending_name_change_is_refused(stack: Stack) -> None:
    # given a pending request
    token = await company_login(stack)
    await certify(stack, token)
    first = await data(stack, NAME_CHANGE, {"input": NEW_NAME}, **bearer(token))
    assert first["kotraCompanyNameChangeRequest"]["errors"] == []
    # when the admin files another, still within 기업인증
    other = NEW_NAME | {"name": "(주)이디에스", "reason": "재신청"}
    second = (await data(stack, NAME_CHANGE, {"input": other}, **bearer(token)))[
        "kotraCompanyNameChangeRequest"
    ]
    # then it is refused; only the first is recorded
    assert second["request"] is None
    assert second["errors"] == [
        {
            "code": "NAME_CHANGE_PENDING",
            "message": PENDING_MESSAGE,
        }
    ]
    listed = (await data(stack, NAME_CHANGES, **bearer(token)))["viewer"]
    assert [r["name"] for r in listed["kotraCompanyNameChangeRequests"]] == ["(주)이디에스코리아"]


async def test_a_name_change_to_the_current_name_is_refused(stack: Stack) -> None:
    token = await company_login(stack)
    await certify(stack, token)
    same = {
        "name": "(주)한국이디에스",
        "nameEn": "Korea Enterprise Data System Co.,Ltd.",
        "reason": "x",
    }
    payload = (await data(stack, NAME_CHANGE, {"input": same}, **bearer(token)))[
        "kotraCompanyNameChangeRequest"
    ]
    assert payload["errors"][0]["code"] == "NAME_UNCHANGED"


async def test_name_change_in_english(stack: Stack) -> None:
    token = await company_login(stack)
    await certify(stack, token)
    await data(stack, NAME_CHANGE, {"input": NEW_NAME}, **bearer(token))
    again = await data(
        stack, NAME_CHANGE, {"input": NEW_NAME}, **bearer(token), **{"Accept-Language": "en"}
    )
    assert again["kotraCompanyNameChangeRequest"]["errors"][0]["message"] == (
        "A company name change request is already pending; wait until it is processed."
    )
