"""로그인 (일반회원), re-consent and retention on the mock clock, the service matrix."""

from __future__ import annotations

from mocks.kotra import seed
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import (
    LOGIN,
    VIEWER_MEMBER,
    advance_clock,
    bearer,
    data,
    log_in,
    signed_up,
)

SERVICE_APPLY = """
mutation ($input: KotraServiceApplyInput!) {
  kotraServiceApply(input: $input) { service appliedAt errors { code message } } }"""


async def login(stack: Stack, **given: object) -> dict[str, object]:
    variables = {"input": {"loginId": seed.HONG_LOGIN_ID, "password": seed.SEED_PASSWORD} | given}
    payload: dict[str, object] = (await data(stack, LOGIN, variables))["kotraLogin"]
    return payload


async def test_general_member_logs_in_and_the_session_holds_the_login(stack: Stack) -> None:
    token = await log_in(stack)
    member = (await data(stack, VIEWER_MEMBER, **bearer(token)))["viewer"]["kotraMember"]
    assert member["memberClass"] == "GENERAL_CERTIFICATE"
    assert member["company"]["businessNumber"] == seed.EDS_NUMBER
    assert member["services"] == [
        "ONLINE_CONSULTATION",
        "SEMINAR",
        "OTHER_SERVICES",
        "MILEAGE_AND_COMPANY_EDIT",
        "EMPLOYEE_APPROVAL",
    ]


async def test_wrong_password_is_refused(stack: Stack) -> None:
    payload = await login(stack, password="Wrong-pass-1!")
    assert payload["sessionToken"] is None
    assert payload["errors"] == [
        {
            "code": "LOGIN_FAILED",
            "field": None,
            "message": "아이디 또는 비밀번호가 일치하지 않습니다.",
        }
    ]


async def test_viewer_member_is_null_without_a_kotra_login(stack: Stack) -> None:
    assert (await data(stack, VIEWER_MEMBER))["viewer"] is None


async def test_company_member_reconsents_every_five_years(stack: Stack) -> None:
    # given 홍길동 (affiliated with a company) whose consent dates 400 days back
    await advance_clock(stack, 5 * 365 - 400 - 1)
    assert (await login(stack))["errors"] == []  # within five years
    # when five years have passed since the last consent
    await advance_clock(stack, 2 * 365)
    refused = await login(stack)
    # then the login asks for re-consent, and succeeds with it
    assert refused["errors"][0]["code"] == "RECONSENT_REQUIRED"
    assert (await login(stack, reconsent=True))["errors"] == []
    assert (await login(stack))["errors"] == []


async def test_individual_member_reconsents_every_two_years(stack: Stack) -> None:
    await signed_up(stack)
    await advance_clock(stack, 2 * 365 + 1)
    variables = {"input": {"loginId": "younghee78", "password": "New-pass-2024!"}}
    payload = (await data(stack, LOGIN, variables))["kotraLogin"]
    assert payload["errors"][0]["code"] == "RECONSENT_REQUIRED"
    assert "2년 단위 재동의" in payload["errors"][0]["message"]


async def test_member_without_company_cannot_use_mileage_or_approve_employees(
    stack: Stack,
) -> None:
    token = await signed_up(stack)
    allowed = await data(
        stack, SERVICE_APPLY, {"input": {"service": "OTHER_SERVICES"}}, **bearer(token)
    )
    assert allowed["kotraServiceApply"]["service"] == "OTHER_SERVICES"
    refused = await data(
        stack, SERVICE_APPLY, {"input": {"service": "MILEAGE_AND_COMPANY_EDIT"}}, **bearer(token)
    )
    assert refused["kotraServiceApply"]["errors"][0]["code"] == "SERVICE_NOT_ALLOWED"


async def test_service_apply_without_login_is_not_logged_in(stack: Stack) -> None:
    payload = await data(stack, SERVICE_APPLY, {"input": {"service": "SEMINAR"}})
    assert payload["kotraServiceApply"]["errors"][0]["code"] == "NOT_LOGGED_IN"
