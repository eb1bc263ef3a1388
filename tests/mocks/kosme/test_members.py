"""KOSME mock: SNS and general sign-up, and the three ways to log in."""

from __future__ import annotations

from mocks.identity import people
from mocks.kosme.seed import SEED_LOGIN_ID
from tests.mocks.kosme.conftest import Platform
from tests.mocks.kosme.support import member_data, onepass_code, phone_verification, sns_code


async def test_sns_sign_up_creates_the_member_and_logs_in(platform: Platform) -> None:
    # given the user logged in at facebook for kosme
    code = await sns_code(platform.identity)
    # when they complete the sign-up form
    response = await platform.sign_up_sns(code)
    # then the member exists, named as the SNS says, and holds a working token
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["member"]["name"] == "NGUYEN VAN AN"
    assert body["member"]["kind"] == "sns"
    assert body["member"]["sns_message_notices"] == "receive"
    assert body["member"]["email_notices"] == "refuse"
    me = await platform.kosme.get("/me", headers={"Authorization": f"Bearer {body['token']}"})
    assert me.json()["id"] == body["member"]["id"]


async def test_sns_sign_up_twice_is_refused(platform: Platform) -> None:
    await platform.sign_up_sns(await sns_code(platform.identity))
    again = await platform.sign_up_sns(await sns_code(platform.identity))
    assert again.status_code == 409
    assert again.json()["code"] == "ALREADY_MEMBER"


async def test_sns_sign_up_with_google_is_refused(platform: Platform) -> None:
    body = {"provider": "google", "code": "x"} | member_data()
    response = await platform.kosme.post("/members/sns", json=body)
    assert response.json()["code"] == "UNKNOWN_PROVIDER"


async def test_each_notice_channel_must_be_answered(platform: Platform) -> None:
    code = await sns_code(platform.identity)
    response = await platform.sign_up_sns(code, notices={"sns_message": "refuse"})
    assert response.status_code == 400
    assert response.json()["code"] == "NOTICE_CHOICE_REQUIRED"
    assert response.json()["field"] == "notices.email"


async def test_required_terms_must_be_agreed(platform: Platform) -> None:
    response = await platform.sign_up_sns(await sns_code(platform.identity), agree_terms=False)
    assert response.json()["code"] == "TERMS_REQUIRED"
    assert response.json()["message"].startswith("필수 이용 약관에 모두 동의합니다.")


async def test_referral_and_mobile_are_required(platform: Platform) -> None:
    code = await sns_code(platform.identity)
    no_referral = await platform.sign_up_sns(code, referral=None)
    assert (no_referral.json()["code"], no_referral.json()["field"]) == ("REQUIRED", "referral")
    bad_mobile = await platform.sign_up_sns(code, mobile="02-123-4567")
    assert bad_mobile.json()["code"] == "INVALID_PHONE"


async def test_a_used_sns_code_is_refused(platform: Platform) -> None:
    code = await sns_code(platform.identity)
    await platform.sign_up_sns(code)
    response = await platform.kosme.post("/login/sns", json={"provider": "facebook", "code": code})
    assert response.json()["code"] == "SNS_LOGIN_FAILED"


async def test_general_sign_up_needs_a_phone_verification_for_kosme(platform: Platform) -> None:
    # given a verification made for another site
    other = await phone_verification(platform.identity, site_code="kotra")
    body = {"verification_id": other, "login_id": "gildong80", "password": "Gildong-80!"}
    # when it is used to join KOSME
    response = await platform.kosme.post("/members", json=body | member_data())
    # then identity verification is demanded, in the manual's words
    assert response.json()["code"] == "IDENTITY_VERIFICATION_REQUIRED"
    assert response.json()["message"] == "회원가입 시, 본인인증 필수"


async def test_general_sign_up_then_password_login(platform: Platform) -> None:
    verification = await phone_verification(platform.identity)
    body = {"verification_id": verification, "login_id": "gildong80", "password": "Gildong-80!"}
    joined = await platform.kosme.post("/members", json=body | member_data())
    assert joined.status_code == 201, joined.text
    assert joined.json()["member"]["name"] == "홍길동"
    wrong_name = {"login_id": "gildong80", "password": "Gildong-80!", "name": "김길동"}
    assert (await platform.kosme.post("/login", json=wrong_name)).json()["code"] == "LOGIN_FAILED"
    right = wrong_name | {"name": "홍길동"}
    assert (await platform.kosme.post("/login", json=right)).status_code == 200


async def test_same_person_cannot_join_twice(platform: Platform) -> None:
    first = {"verification_id": await phone_verification(platform.identity)}
    credentials = {"login_id": "gildong80", "password": "Gildong-80!"}
    await platform.kosme.post("/members", json=first | credentials | member_data())
    second = {"verification_id": await phone_verification(platform.identity)}
    again = await platform.kosme.post(
        "/members", json=second | credentials | {"login_id": "gildong81"} | member_data()
    )
    assert again.json()["code"] == "ALREADY_MEMBER"


async def test_weak_password_is_refused(platform: Platform) -> None:
    body = {"verification_id": await phone_verification(platform.identity)}
    weak = body | {"login_id": "gildong80", "password": "password"} | member_data()
    assert (await platform.kosme.post("/members", json=weak)).json()["code"] == "INVALID_PASSWORD"


async def test_seeded_member_logs_in_by_password_and_by_onepass(platform: Platform) -> None:
    by_password = await platform.kosme.post(
        "/login",
        json={"login_id": SEED_LOGIN_ID, "password": people.SEED_PASSWORD, "name": "john smith"},
    )
    assert by_password.status_code == 200, by_password.text
    code = await onepass_code(platform.identity)
    by_onepass = await platform.kosme.post("/login/onepass", json={"code": code})
    assert by_onepass.json()["member"]["login_id"] == SEED_LOGIN_ID


async def test_sns_login_of_a_stranger_is_not_a_member(platform: Platform) -> None:
    code = await sns_code(platform.identity, "naver", "honggildong")
    response = await platform.kosme.post("/login/sns", json={"provider": "naver", "code": code})
    assert response.json()["code"] == "NOT_MEMBER"


async def test_login_expires_with_the_mock_clock(platform: Platform) -> None:
    joined = (await platform.sign_up_sns(await sns_code(platform.identity))).json()
    await platform.kosme.post("/__admin/clock", json={"advance_seconds": 2 * 3600 + 1})
    me = await platform.kosme.get("/me", headers={"Authorization": f"Bearer {joined['token']}"})
    assert me.json()["code"] == "UNAUTHORIZED"


async def test_a_refused_onepass_code_is_its_own_error(platform: Platform) -> None:
    response = await platform.kosme.post("/login/onepass", json={"code": "forged"})
    assert (response.status_code, response.json()["code"]) == (400, "ONEPASS_LOGIN_FAILED")
    assert response.json()["field"] == "code"
