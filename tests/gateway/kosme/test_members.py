"""KOSME sign-up and login through the graph: SNS and general sign-up with their consents,
and the three ways to log in, each held in the gateway session."""

from __future__ import annotations

import pytest

from mocks.identity import people
from mocks.kosme.seed import SEED_LOGIN_ID
from tests.gateway.conftest import Stack
from tests.gateway.kosme.support import (
    LOGIN,
    SIGNUP,
    SNS_SIGNUP,
    VIEWER,
    bearer,
    member_input,
    phone_verified,
    sns_signed_up,
)
from tests.gateway.kosme.test_wording import unquoted_pieces
from tests.gateway.test_identity_card import HONG_CARD
from tests.gateway.test_identity_phone import START as VERIFICATION_START
from tests.mocks.kosme.support import onepass_code, sns_code


async def _sns_signup(stack: Stack, **overrides: object) -> dict[str, object]:
    code = await sns_code(stack.identity)
    variables = {"input": {"provider": "FACEBOOK", "code": code} | member_input(**overrides)}
    result = await stack.gateway.execute(SNS_SIGNUP, variables)
    payload: dict[str, object] = result["data"]["kosmeSnsMemberSignup"]
    return payload


async def test_sns_signup_creates_the_member_and_holds_the_login(stack: Stack) -> None:
    # given the user logged in at facebook; when they complete the KOSME form
    token = await sns_signed_up(stack)
    # then the gateway session holds a KOSME login and shows the member
    viewer = (await stack.gateway.execute(VIEWER, {}, **bearer(token)))["data"]["viewer"]
    assert [login["agency"] for login in viewer["logins"]] == ["KOSME"]
    assert viewer["logins"][0]["principal"] != "NGUYEN VAN AN"  # shown masked
    assert viewer["kosme"]["name"] == "NGUYEN VAN AN"
    assert viewer["kosme"]["kind"] == "SNS"


@pytest.mark.parametrize(
    ("overrides", "code", "field"),
    [
        ({"notices": {"snsMessage": "RECEIVE"}}, "NOTICE_CHOICE_REQUIRED", "email"),
        ({"notices": {"email": "REFUSE"}}, "NOTICE_CHOICE_REQUIRED", "snsMessage"),
        ({"agreeToAllRequiredTerms": False}, "TERMS_REQUIRED", "agreeToAllRequiredTerms"),
        ({"referral": None}, "REQUIRED", "referral"),
        ({"mobile": ""}, "REQUIRED", "mobile"),
        ({"mobile": "02-123-4567"}, "INVALID_PHONE", "mobile"),
    ],
)
async def test_sns_signup_form_rules(
    stack: Stack, overrides: dict[str, object], code: str, field: str
) -> None:
    payload = await _sns_signup(stack, **overrides)
    assert payload["member"] is None
    [error] = payload["errors"]  # type: ignore[misc]
    assert (error["code"], error["field"][-1]) == (code, field)


async def test_refusing_both_notice_channels_is_a_valid_answer(stack: Stack) -> None:
    payload = await _sns_signup(stack, notices={"snsMessage": "REFUSE", "email": "REFUSE"})
    assert payload["errors"] == []
    assert payload["member"]["emailNotices"] == "REFUSE"  # type: ignore[index]


async def test_missing_terms_message_quotes_the_manual(stack: Stack) -> None:
    payload = await _sns_signup(stack, agreeToAllRequiredTerms=False)
    assert payload["errors"][0]["message"].startswith("필수 이용 약관에 모두 동의합니다.")  # type: ignore[index]


async def test_the_same_sns_account_cannot_join_twice(stack: Stack) -> None:
    await sns_signed_up(stack)
    payload = await _sns_signup(stack)
    assert payload["errors"][0]["code"] == "ALREADY_MEMBER"  # type: ignore[index]


@pytest.mark.parametrize("channel", ["SMS", "PASS"])
async def test_general_signup_after_phone_verification(stack: Stack, channel: str) -> None:
    # given 홍길동 verified by phone for KOSME: 문자(SMS)로 인증 or PASS로 인증
    verification_id = await phone_verified(stack, channel=channel)
    # when he joins with an ID and password
    variables = {
        "input": {"verificationId": verification_id, "loginId": "gildong80"}
        | {"password": "Gildong-80!"}
        | member_input(jobSeekerType="GENERAL")
    }
    payload = (await stack.gateway.execute(SIGNUP, variables))["data"]["kosmeMemberSignup"]
    # then he is a general member, logged in
    assert payload["errors"] == []
    assert (payload["member"]["name"], payload["member"]["kind"]) == ("홍길동", "GENERAL")
    assert payload["token"].startswith("ags_")


async def test_general_signup_needs_a_verification_for_kosme(stack: Stack) -> None:
    verification_id = await phone_verified(stack, agency="KOTRA")
    variables = {
        "input": {"verificationId": verification_id, "loginId": "gildong80"}
        | {"password": "Gildong-80!"}
        | member_input()
    }
    payload = (await stack.gateway.execute(SIGNUP, variables))["data"]["kosmeMemberSignup"]
    assert payload["errors"][0]["code"] == "VERIFIED_FOR_ANOTHER_AGENCY"
    assert payload["errors"][0]["field"] == ["input", "verificationId"]


async def test_general_signup_without_verification_is_refused(stack: Stack) -> None:
    variables = {
        "input": {"verificationId": "forged", "loginId": "gildong80", "password": "Gildong-80!"}
        | member_input()
    }
    payload = (await stack.gateway.execute(SIGNUP, variables))["data"]["kosmeMemberSignup"]
    assert payload["errors"][0]["code"] == "VERIFICATION_NOT_FOUND"


async def test_password_login_needs_id_password_and_name(stack: Stack) -> None:
    credentials = {"loginId": SEED_LOGIN_ID, "password": people.SEED_PASSWORD, "name": "홍길동"}
    wrong = await stack.gateway.execute(LOGIN, {"input": {"password": credentials}})
    assert wrong["data"]["kosmeMemberLogin"]["errors"][0]["code"] == "LOGIN_FAILED"
    right = {"password": credentials | {"name": "JOHN SMITH"}}
    payload = (await stack.gateway.execute(LOGIN, {"input": right}))["data"]["kosmeMemberLogin"]
    assert payload["member"]["loginId"] == SEED_LOGIN_ID


async def test_sns_login_of_a_member(stack: Stack) -> None:
    await sns_signed_up(stack)
    code = await sns_code(stack.identity)
    variables = {"input": {"sns": {"provider": "FACEBOOK", "code": code}}}
    payload = (await stack.gateway.execute(LOGIN, variables))["data"]["kosmeMemberLogin"]
    assert payload["member"]["name"] == "NGUYEN VAN AN"


async def test_onepass_login_joins_the_callers_session(stack: Stack) -> None:
    token = await sns_signed_up(stack)
    code = await onepass_code(stack.identity)
    result = await stack.gateway.execute(LOGIN, {"input": {"onepassCode": code}}, **bearer(token))
    payload = result["data"]["kosmeMemberLogin"]
    # then the member is the seeded one, and the existing session now holds that login
    assert (payload["member"]["loginId"], payload["token"]) == (SEED_LOGIN_ID, None)
    viewer = (await stack.gateway.execute(VIEWER, {}, **bearer(token)))["data"]["viewer"]
    assert viewer["kosme"]["name"] == "JOHN SMITH"


async def test_one_login_method_at_a_time(stack: Stack) -> None:
    variables = {"input": {"onepassCode": "x", "sns": {"provider": "NAVER", "code": "y"}}}
    payload = (await stack.gateway.execute(LOGIN, variables))["data"]["kosmeMemberLogin"]
    assert payload["errors"][0]["code"] == "ONE_LOGIN_METHOD_REQUIRED"


async def test_an_expired_platform_login_reads_as_logged_out(stack: Stack) -> None:
    token = await sns_signed_up(stack)
    await stack.mocks["kosme"].post("/__admin/clock", json={"advance_seconds": 2 * 3600 + 1})
    viewer = (await stack.gateway.execute(VIEWER, {}, **bearer(token)))["data"]["viewer"]
    assert viewer["kosme"] is None


async def test_general_signup_needs_a_phone_verification_not_a_card(stack: Stack) -> None:
    # given 홍길동 verified by card (not PASS or SMS) for KOSME
    started = await stack.gateway.execute(
        VERIFICATION_START, {"input": {"agency": "KOSME", "card": HONG_CARD}}
    )
    verification_id = started["data"]["identityVerificationStart"]["verification"]["verificationId"]
    variables = {
        "input": {"verificationId": verification_id, "loginId": "gildong80"}
        | {"password": "Gildong-80!"}
        | member_input()
    }
    # when it is used to join
    payload = (await stack.gateway.execute(SIGNUP, variables))["data"]["kosmeMemberSignup"]
    # then the manual's rule is quoted
    assert payload["errors"][0]["code"] == "IDENTITY_VERIFICATION_REQUIRED"
    assert payload["errors"][0]["message"] == "회원가입 시, 본인인증 필수"


async def test_sns_signup_with_a_code_the_sns_refuses_quotes_the_manual(stack: Stack) -> None:
    # given an SNS code the SNS does not honour (already spent)
    code = await sns_code(stack.identity)
    await stack.identity.post("/sns/facebook/token", json={"site_code": "kosme", "code": code})
    # when it is used to join
    variables = {"input": {"provider": "FACEBOOK", "code": code} | member_input()}
    payload = (await stack.gateway.execute(SNS_SIGNUP, variables))["data"]["kosmeSnsMemberSignup"]
    # then the manual's step is quoted: log in at the SNS with its ID and password
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("SNS_LOGIN_FAILED", ["input", "code"])
    assert error["message"] == "SNS 아이디, 비밀번호 입력 후 로그인"


async def test_sns_signup_offers_naver_kakao_and_facebook_only(stack: Stack) -> None:
    # the manual names 네이버, 카카오, 페이스북: google is not a value of the provider enum
    variables = {"input": {"provider": "GOOGLE", "code": "x"} | member_input()}
    result = await stack.gateway.execute(SNS_SIGNUP, variables)
    assert result.get("data") is None
    assert "GOOGLE" in result["errors"][0]["message"]
    for provider in ("NAVER", "KAKAO", "FACEBOOK"):
        variables = {"input": {"provider": provider, "code": "spent"} | member_input()}
        answered = await stack.gateway.execute(SNS_SIGNUP, variables)
        assert answered["data"]["kosmeSnsMemberSignup"]["errors"][0]["code"] == "SNS_LOGIN_FAILED"


@pytest.mark.parametrize("code", ["NOTICE_CHOICE_REQUIRED", "TERMS_REQUIRED"])
async def test_sign_up_consents_are_asked_in_the_manuals_words(stack: Stack, code: str) -> None:
    overrides: dict[str, object] = (
        {"notices": {"snsMessage": "RECEIVE"}}
        if code == "NOTICE_CHOICE_REQUIRED"
        else {"agreeToAllRequiredTerms": False}
    )
    payload = await _sns_signup(stack, **overrides)
    [error] = payload["errors"]  # type: ignore[misc]
    assert error["code"] == code
    assert unquoted_pieces(error["message"]) == []


@pytest.mark.parametrize(
    ("credentials", "code"),
    [
        ({"loginId": "Gildong80", "password": "Gildong-80!"}, "INVALID_LOGIN_ID"),
        ({"loginId": "gd", "password": "Gildong-80!"}, "INVALID_LOGIN_ID"),
        ({"loginId": "gildong80", "password": "gildong80"}, "INVALID_PASSWORD"),
        ({"loginId": "gildong80", "password": "Gd-1"}, "INVALID_PASSWORD"),
        ({"loginId": SEED_LOGIN_ID, "password": "Gildong-80!"}, "LOGIN_ID_TAKEN"),
    ],
)
async def test_general_signup_id_and_password_rules(
    stack: Stack, credentials: dict[str, str], code: str
) -> None:
    # given 홍길동 verified by SMS for KOSME
    verification_id = await phone_verified(stack)
    # when he joins with an ID or password the platform does not take
    variables = {"input": {"verificationId": verification_id} | credentials | member_input()}
    payload = (await stack.gateway.execute(SIGNUP, variables))["data"]["kosmeMemberSignup"]
    # then nobody joined and the item is named
    assert payload["member"] is None
    [error] = payload["errors"]
    field = "loginId" if code != "INVALID_PASSWORD" else "password"
    assert (error["code"], error["field"]) == (code, ["input", field])


async def test_onepass_login_with_a_refused_code(stack: Stack) -> None:
    payload = (await stack.gateway.execute(LOGIN, {"input": {"onepassCode": "forged"}}))["data"][
        "kosmeMemberLogin"
    ]
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("ONEPASS_LOGIN_FAILED", ["input", "onepassCode"])
    assert error["message"] == "디지털원패스 로그인: [디지털원패스 로그인] 클릭하여 로그인"


async def test_an_sns_account_that_never_joined_is_sent_to_sign_up(stack: Stack) -> None:
    # given 홍길동 logs in at naver, but never joined KOSME
    code = await sns_code(stack.identity, "naver", "honggildong")
    # when he logs in with it
    variables = {"input": {"sns": {"provider": "NAVER", "code": code}}}
    payload = (await stack.gateway.execute(LOGIN, variables))["data"]["kosmeMemberLogin"]
    # then joining is required, in the manual's words
    [error] = payload["errors"]
    assert error["code"] == "NOT_MEMBER"
    assert error["message"] == "개인회원가입: 구직활동을 위해 회원가입 필수"
