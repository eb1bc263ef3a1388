"""개인정보의 보유 및 이용기간 on the mock clock: 개인회원 re-consent every 2 years, 기업회원
every 5 years (회원 탈퇴 시까지(개인회원 : 2년 단위 재동의, 기업회원 : 5년 단위 재동의)),
and 간편회원 deleted after 3 years without a login (※ 재동의 기간(3년)동안 미접속시 계정이
삭제됩니다.)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from mocks.kotra import seed
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import LOGIN, PASSWORD, advance_clock, data, signed_up
from tests.gateway.kotra.test_simple_member import simple_login, simple_signup

RECONSENT = (
    "개인정보 보유 및 이용기간이 지나 재동의가 필요합니다. "
    "(개인회원 : 2년 단위 재동의, 기업회원 : 5년 단위 재동의)"
)
DELETED = "※ 재동의 기간(3년)동안 미접속시 계정이 삭제됩니다."


async def login(stack: Stack, login_id: str, password: str, **more: Any) -> dict[str, Any]:
    variables = {"input": {"loginId": login_id, "password": password} | more}
    payload: dict[str, Any] = (await data(stack, LOGIN, variables))["kotraLogin"]
    return payload


async def test_an_individual_reconsents_after_two_years_not_before(stack: Stack) -> None:
    # given 김영희, a general member without company, who joined today
    await signed_up(stack)
    # when a day short of two years has passed, she logs in as usual
    await advance_clock(stack, 2 * 365 - 1)
    assert (await login(stack, "younghee78", PASSWORD))["errors"] == []
    # when two years have passed since her consent, logging in asks for re-consent
    await advance_clock(stack, 2)
    refused = await login(stack, "younghee78", PASSWORD)
    assert refused["sessionToken"] is None
    assert refused["errors"] == [
        {"code": "RECONSENT_REQUIRED", "field": ["input", "reconsent"], "message": RECONSENT}
    ]
    # then re-consenting logs her in and starts a new two-year period
    again = await login(stack, "younghee78", PASSWORD, reconsent=True)
    assert again["errors"] == []
    consented = datetime.fromisoformat(again["member"]["consentedAt"])
    joined = datetime.fromisoformat(again["member"]["joinedAt"])
    assert consented - joined > timedelta(days=2 * 365)
    await advance_clock(stack, 2 * 365 - 1)
    assert (await login(stack, "younghee78", PASSWORD))["errors"] == []


async def test_a_company_member_keeps_five_years_where_an_individual_has_two(
    stack: Stack,
) -> None:
    # given 김영희 affiliated with (주)한국이디에스 by its approval password at sign-up
    affiliation = {
        "businessNumber": seed.EDS_NUMBER,
        "approvalPassword": seed.EDS_APPROVAL_PASSWORD,
    }
    await signed_up(stack, affiliation=affiliation)
    # when three years have passed (past an individual's two), she still logs in
    await advance_clock(stack, 3 * 365)
    assert (await login(stack, "younghee78", PASSWORD))["errors"] == []
    # and past five years she is asked to re-consent
    await advance_clock(stack, 2 * 365 + 1)
    refused = await login(stack, "younghee78", PASSWORD)
    assert refused["errors"][0]["code"] == "RECONSENT_REQUIRED"


async def test_re_consent_does_not_bypass_the_password(stack: Stack) -> None:
    await advance_clock(stack, 6 * 365)
    wrong = await login(stack, seed.HONG_LOGIN_ID, "Wrong-pass-1!", reconsent=True)
    assert wrong["errors"][0]["code"] == "LOGIN_FAILED"


async def test_a_simple_member_who_logs_in_within_three_years_is_kept(stack: Stack) -> None:
    # given 한지민, a simple member
    await simple_signup(stack, "naver", "jimin.han")
    # when she logs in a day short of every three years, twice
    for _ in range(2):
        await advance_clock(stack, 3 * 365 - 1)
        assert (await simple_login(stack, "naver", "jimin.han"))["errors"] == []
    # then, six years after joining, she is still a member; three unused years delete her
    await advance_clock(stack, 3 * 365 + 1)
    deleted = await simple_login(stack, "naver", "jimin.han")
    assert deleted["errors"] == [{"code": "ACCOUNT_DELETED", "message": DELETED}]
