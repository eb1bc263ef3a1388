"""간편회원: SNS sign-up (naver, kakao, google, facebook) with minimal data, SNS login, the
restricted services, conversion to a general member, deletion after 3 unused years."""

from __future__ import annotations

from typing import Any

from mocks.identity import people
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import (
    KIM_YOUNGHEE_CARD,
    MEMBER_FIELDS,
    PASSWORD,
    TERMS,
    advance_clock,
    bearer,
    data,
    verification_id,
)

SIMPLE_SIGNUP = f"""
mutation ($input: KotraSimpleSignupInput!) {{
  kotraSimpleSignup(input: $input) {{ member {{ {MEMBER_FIELDS} snsProvider }} message
    errors {{ code field message }} }} }}"""
SIMPLE_LOGIN = f"""
mutation ($input: KotraSnsInput!) {{
  kotraSimpleLogin(input: $input) {{ member {{ {MEMBER_FIELDS} }} sessionToken
    errors {{ code message }} }} }}"""
CONVERT = f"""
mutation ($input: KotraSimpleMemberConvertInput!) {{
  kotraSimpleMemberConvert(input: $input) {{ member {{ {MEMBER_FIELDS} }} errors {{ code }} }} }}"""
SERVICE_APPLY = """
mutation ($input: KotraServiceApplyInput!) {
  kotraServiceApply(input: $input) { service errors { code } } }"""


async def sns_code(stack: Stack, provider: str, login_id: str) -> str:
    """The user signs in at the SNS for KOTRA (the identity mock's OAuth stand-in)."""
    response = await stack.identity.post(
        f"/sns/{provider}/authorize",
        json={"site_code": "kotra", "login_id": login_id, "password": people.SEED_PASSWORD},
    )
    assert response.status_code == 200, response.text
    code: str = response.json()["code"]
    return code


async def simple_signup(stack: Stack, provider: str, login_id: str) -> dict[str, Any]:
    code = await sns_code(stack, provider, login_id)
    variables = {"input": {"provider": provider.upper(), "code": code, "terms": TERMS}}
    payload: dict[str, Any] = (await data(stack, SIMPLE_SIGNUP, variables))["kotraSimpleSignup"]
    return payload


async def simple_login(stack: Stack, provider: str, login_id: str) -> dict[str, Any]:
    code = await sns_code(stack, provider, login_id)
    variables = {"input": {"provider": provider.upper(), "code": code}}
    payload: dict[str, Any] = (await data(stack, SIMPLE_LOGIN, variables))["kotraSimpleLogin"]
    return payload


async def test_simple_signup_keeps_name_mobile_and_email_only(stack: Stack) -> None:
    payload = await simple_signup(stack, "naver", "jimin.han")
    assert payload["errors"] == []
    assert payload["message"] == "간편 회원가입이 완료되었습니다."
    member = payload["member"]
    assert (member["name"], member["mobile"], member["email"]) == (
        "한지민",
        "01040400505",
        "jimin.han@naver.com",
    )
    assert (member["memberClass"], member["loginId"], member["snsProvider"]) == (
        "SIMPLE",
        None,
        "NAVER",
    )
    assert member["services"] == ["ONLINE_CONSULTATION", "SEMINAR"]


async def test_each_sns_channel_can_be_used(stack: Stack) -> None:
    for provider, login_id in (
        ("kakao", "gildong.hong@kakao.com"),
        ("google", "seojun.lee@gmail.com"),
        ("facebook", "haneul.jeong@example.com"),
    ):
        assert (await simple_signup(stack, provider, login_id))["errors"] == [], provider


async def test_the_same_sns_account_joins_once(stack: Stack) -> None:
    await simple_signup(stack, "naver", "jimin.han")
    again = await simple_signup(stack, "naver", "jimin.han")
    assert again["errors"][0]["code"] == "SIMPLE_MEMBER_EXISTS"


async def test_simple_signup_needs_the_required_terms(stack: Stack) -> None:
    code = await sns_code(stack, "naver", "jimin.han")
    terms = TERMS | {"termsOfUse": False}
    variables = {"input": {"provider": "NAVER", "code": code, "terms": terms}}
    payload = (await data(stack, SIMPLE_SIGNUP, variables))["kotraSimpleSignup"]
    assert payload["errors"][0]["code"] == "TERMS_REQUIRED"


async def test_a_used_sns_code_is_refused(stack: Stack) -> None:
    code = await sns_code(stack, "naver", "jimin.han")
    variables = {"input": {"provider": "NAVER", "code": code, "terms": TERMS}}
    await data(stack, SIMPLE_SIGNUP, variables)
    again = (await data(stack, SIMPLE_SIGNUP, variables))["kotraSimpleSignup"]
    assert again["errors"][0]["code"] == "SNS_LOGIN_FAILED"


async def test_simple_member_logs_in_with_the_sns_and_is_limited(stack: Stack) -> None:
    await simple_signup(stack, "naver", "jimin.han")
    logged_in = await simple_login(stack, "naver", "jimin.han")
    assert logged_in["member"]["memberClass"] == "SIMPLE"
    token = logged_in["sessionToken"]
    refused = await data(
        stack, SERVICE_APPLY, {"input": {"service": "OTHER_SERVICES"}}, **bearer(token)
    )
    assert refused["kotraServiceApply"]["errors"][0]["code"] == "SERVICE_NOT_ALLOWED"
    allowed = await data(stack, SERVICE_APPLY, {"input": {"service": "SEMINAR"}}, **bearer(token))
    assert allowed["kotraServiceApply"]["service"] == "SEMINAR"


async def test_sns_login_without_simple_membership_is_refused(stack: Stack) -> None:
    payload = await simple_login(stack, "kakao", "younghee.kim@kakao.com")
    assert payload["errors"][0]["code"] == "SIMPLE_MEMBER_NOT_FOUND"


async def test_simple_member_unused_for_three_years_is_deleted(stack: Stack) -> None:
    await simple_signup(stack, "naver", "jimin.han")
    await advance_clock(stack, 3 * 365 + 1)
    payload = await simple_login(stack, "naver", "jimin.han")
    assert payload["errors"][0]["code"] == "ACCOUNT_DELETED"
    assert payload["errors"][0]["message"] == "※ 재동의 기간(3년)동안 미접속시 계정이 삭제됩니다."
    again = await simple_login(stack, "naver", "jimin.han")
    assert again["errors"][0]["code"] == "ACCOUNT_DELETED"


async def test_simple_member_converts_to_a_general_member(stack: Stack) -> None:
    # given 김영희 joined by kakao (no mobile shared) and logged in
    await simple_signup(stack, "kakao", "younghee.kim@kakao.com")
    token = (await simple_login(stack, "kakao", "younghee.kim@kakao.com"))["sessionToken"]
    # when she verifies her real name and picks an ID and password
    verified = await verification_id(stack, KIM_YOUNGHEE_CARD)
    variables = {
        "input": {
            "verificationId": verified,
            "loginId": "younghee78",
            "password": PASSWORD,
            "passwordConfirm": PASSWORD,
        }
    }
    payload = (await data(stack, CONVERT, variables, **bearer(token)))["kotraSimpleMemberConvert"]
    # then she is a general member with every non-company service
    assert payload["errors"] == []
    assert payload["member"]["memberClass"] == "GENERAL"
    assert payload["member"]["loginId"] == "younghee78"
    assert "OTHER_SERVICES" in payload["member"]["services"]


SNS_FIND = """
mutation ($input: KotraSnsFindInput!) {
  kotraSnsFind(input: $input) { accounts { provider joinedAt } errors { code } } }"""
COUNTRIES = "{ kotraCountries { code nameKo nameEn } }"


async def test_sns_find_names_the_channel_joined_with(stack: Stack) -> None:
    await simple_signup(stack, "naver", "jimin.han")
    variables = {"input": {"name": "한지민", "mobile": "010-4040-0505"}}
    found = (await data(stack, SNS_FIND, variables))["kotraSnsFind"]
    assert [a["provider"] for a in found["accounts"]] == ["NAVER"]
    unknown = {"input": {"name": "한지민", "mobile": "010-0000-0000"}}
    assert (await data(stack, SNS_FIND, unknown))["kotraSnsFind"]["errors"][0]["code"] == (
        "MEMBER_NOT_FOUND"
    )


async def test_countries_of_interest_include_the_manuals_examples(stack: Stack) -> None:
    countries = {c["code"]: c["nameKo"] for c in (await data(stack, COUNTRIES))["kotraCountries"]}
    assert (countries["SR"], countries["TR"], countries["SY"]) == ("수리남", "튀르키예", "시리아")


async def test_a_deleted_simple_member_may_join_again(stack: Stack) -> None:
    # given a simple member deleted after 3 unused years
    await simple_signup(stack, "naver", "jimin.han")
    await advance_clock(stack, 3 * 365 + 1)
    # then SNS 찾기 no longer finds the account, and the SNS account can join anew
    variables = {"input": {"name": "한지민", "mobile": "010-4040-0505"}}
    found = (await data(stack, SNS_FIND, variables))["kotraSnsFind"]
    assert found["errors"][0]["code"] == "MEMBER_NOT_FOUND"
    assert (await simple_signup(stack, "naver", "jimin.han"))["errors"] == []
    assert (await simple_login(stack, "naver", "jimin.han"))["errors"] == []
