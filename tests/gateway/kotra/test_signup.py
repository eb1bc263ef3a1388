"""일반회원 가입: 약관동의 → 실명인증 (the gateway's identity verification, site kotra) →
회원정보 입력 (ID, password, fields, 관심 품목/지역, optional 소속기업)."""

from __future__ import annotations

from mocks.kotra import seed
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import (
    HONG_CARD,
    KIM_YOUNGHEE_CARD,
    PASSWORD,
    SIGNUP_START,
    SIGNUP_VERIFY,
    TERMS,
    VIEWER_MEMBER,
    bearer,
    complete,
    data,
    verification_id,
    verified_signup,
)


async def test_general_signup_creates_a_member_and_logs_in(stack: Stack) -> None:
    # given a sign-up past 실명인증 of 김영희 by her personal card
    flow_id = await verified_signup(stack)
    # when she enters her member information
    completed = await complete(stack, flow_id)
    # then she is a general member without company, logged in through the gateway session
    assert completed["errors"] == []
    assert completed["message"] == "회원이 가입이 완료되었습니다."
    member = completed["member"]
    assert (member["loginId"], member["name"], member["memberClass"]) == (
        "younghee78",
        "김영희",
        "GENERAL",
    )
    assert member["interestHsCodes"] == ["843820"]
    assert member["interestRegions"] == ["TR", "SY"]
    assert member["services"] == ["ONLINE_CONSULTATION", "SEMINAR", "OTHER_SERVICES"]
    viewer = await data(stack, VIEWER_MEMBER, **bearer(completed["sessionToken"]))
    assert viewer["viewer"]["kotraMember"]["loginId"] == "younghee78"


async def test_required_terms_must_be_agreed(stack: Stack) -> None:
    # when the required privacy consent is left out
    terms = TERMS | {"privacyRequired": False}
    payload = (await data(stack, SIGNUP_START, {"input": {"terms": terms}}))["kotraSignupStart"]
    # then the manual's question is asked back
    assert payload["signup"] is None
    assert payload["errors"][0]["code"] == "TERMS_REQUIRED"
    assert payload["errors"][0]["message"] == "필수항목에 대한 개인정보 수집·이용에 동의하십니까?"


async def test_member_information_needs_real_name_verification_first(stack: Stack) -> None:
    # given a sign-up that skipped 실명인증
    started = await data(stack, SIGNUP_START, {"input": {"terms": TERMS}})
    flow_id = started["kotraSignupStart"]["signup"]["id"]
    # when member information is sent
    completed = await complete(stack, flow_id)
    # then it is refused
    assert completed["member"] is None
    assert completed["errors"][0]["code"] == "WRONG_STEP"


async def test_an_existing_member_cannot_sign_up_again(stack: Stack) -> None:
    # given 홍길동, a seeded member, verified by card for KOTRA
    started = await data(stack, SIGNUP_START, {"input": {"terms": TERMS}})
    flow_id = started["kotraSignupStart"]["signup"]["id"]
    verified = await verification_id(stack, HONG_CARD)
    # when the verification is redeemed for the sign-up
    variables = {"input": {"id": flow_id, "verificationId": verified}}
    payload = (await data(stack, SIGNUP_VERIFY, variables))["kotraSignupVerify"]
    # then the duplicate (same CI) is refused
    assert payload["errors"][0]["code"] == "ALREADY_MEMBER"


async def test_a_verification_made_for_another_agency_is_refused(stack: Stack) -> None:
    started = await data(stack, SIGNUP_START, {"input": {"terms": TERMS}})
    flow_id = started["kotraSignupStart"]["signup"]["id"]
    verified = await verification_id(stack, KIM_YOUNGHEE_CARD, agency="WORK24")
    variables = {"input": {"id": flow_id, "verificationId": verified}}
    payload = (await data(stack, SIGNUP_VERIFY, variables))["kotraSignupVerify"]
    assert payload["errors"][0]["code"] == "VERIFIED_FOR_ANOTHER_AGENCY"
    assert payload["errors"][0]["field"] == ["input", "verificationId"]


async def test_login_id_is_6_to_20_letters_and_digits_mixed(stack: Stack) -> None:
    flow_id = await verified_signup(stack)
    for bad in ("abc12", "onlyletters", "1234567", "kim_young78", "a" * 20 + "1"):
        completed = await complete(stack, flow_id, loginId=bad)
        assert completed["errors"][0]["code"] == "INVALID_LOGIN_ID", bad
        assert completed["errors"][0]["message"] == "아이디(6~20자 이내, 영어, 숫자 혼합)"
        assert completed["errors"][0]["field"] == ["input", "loginId"]


async def test_a_taken_login_id_is_refused(stack: Stack) -> None:
    flow_id = await verified_signup(stack)
    completed = await complete(stack, flow_id, loginId=seed.HONG_LOGIN_ID)
    assert completed["errors"][0]["code"] == "LOGIN_ID_TAKEN"


async def test_password_is_9_to_30_mixing_letters_digits_and_specials(stack: Stack) -> None:
    flow_id = await verified_signup(stack)
    for bad in ("Short-1!", "NoDigits-here!", "nospecial123", "12345678-!", "A1!" * 11):
        completed = await complete(stack, flow_id, password=bad, passwordConfirm=bad)
        assert completed["errors"][0]["code"] == "INVALID_PASSWORD", bad
        assert (
            completed["errors"][0]["message"] == "비밀번호(9~30자 이내 영문, 숫자, 특수문자 혼합)"
        )


async def test_password_confirmation_must_match(stack: Stack) -> None:
    flow_id = await verified_signup(stack)
    completed = await complete(stack, flow_id, passwordConfirm=PASSWORD + "x")
    assert completed["errors"][0]["code"] == "PASSWORD_MISMATCH"
    assert completed["errors"][0]["field"] == ["input", "passwordConfirm"]


async def test_interests_must_be_hs_codes_and_regions_listed_countries(stack: Stack) -> None:
    flow_id = await verified_signup(stack)
    completed = await complete(stack, flow_id, interestHsCodes=["843820", "123456"])
    assert completed["errors"][0]["code"] == "UNKNOWN_HS_CODE"
    assert completed["errors"][0]["field"] == ["input", "interestHsCodes", "1"]
    completed = await complete(stack, flow_id, interestRegions=["XX"])
    assert completed["errors"][0]["code"] == "UNKNOWN_REGION"


async def test_signup_with_the_approval_password_affiliates_the_member(stack: Stack) -> None:
    # given the company's approval password shared by its admin
    flow_id = await verified_signup(stack)
    affiliation = {
        "businessNumber": seed.EDS_NUMBER,
        "approvalPassword": seed.EDS_APPROVAL_PASSWORD,
    }
    # when the new member registers the company as the last step
    completed = await complete(stack, flow_id, affiliation=affiliation)
    # then the member is affiliated at once (자동 승인), without mileage and company edit
    member = completed["member"]
    assert member["memberClass"] == "GENERAL_APPROVAL_PASSWORD"
    assert member["affiliation"] == "APPROVAL_PASSWORD"
    assert member["company"]["name"] == "(주)한국이디에스"
    assert "MILEAGE_AND_COMPANY_EDIT" not in member["services"]
    assert "EMPLOYEE_APPROVAL" in member["services"]


async def test_a_finished_signup_cannot_be_replayed(stack: Stack) -> None:
    flow_id = await verified_signup(stack)
    assert (await complete(stack, flow_id))["errors"] == []
    again = await complete(stack, flow_id, loginId="another99")
    assert again["errors"][0]["code"] == "FLOW_EXPIRED"


async def test_english_messages_on_request(stack: Stack) -> None:
    flow_id = await verified_signup(stack)
    variables = {
        "input": {
            "id": flow_id,
            "loginId": "x",
            "password": PASSWORD,
            "passwordConfirm": PASSWORD,
            "email": "a@b.c",
            "mobile": "01022223333",
        }
    }
    from tests.gateway.kotra.support import SIGNUP_COMPLETE

    result = await data(stack, SIGNUP_COMPLETE, variables, **{"Accept-Language": "en"})
    message = result["kotraSignupComplete"]["errors"][0]["message"]
    assert message.startswith("The ID must be 6 to 20 characters")


RESUME = "query ($id: ID!) { kotraSignup(id: $id) { id step verifiedName expiresAt } }"


async def test_a_client_resumes_a_signup_by_its_id(stack: Stack) -> None:
    # given a sign-up past 실명인증 (a mobile client restarted here)
    flow_id = await verified_signup(stack)
    # when it reads the flow back
    resumed = (await data(stack, RESUME, {"id": flow_id}))["kotraSignup"]
    # then it learns the next step and whose sign-up it is
    assert (resumed["step"], resumed["verifiedName"]) == ("MEMBER_INFO", "김영희")
    await complete(stack, flow_id)
    assert (await data(stack, RESUME, {"id": flow_id}))["kotraSignup"] is None
