"""일반회원 가입, rule by rule at its edges: both required terms, the optional marketing consent,
the three 실명인증 수단 (간편인증, 휴대전화, 신용카드) and never a corporate name (법인명의로는
인증불가), and the accepted ends of the ID (6–20) and password (9–30) ranges."""

from __future__ import annotations

from typing import Any

from mocks.kotra import seed
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import (
    KIM_YOUNGHEE_BY_SMS,
    KIM_YOUNGHEE_CARD,
    LEE_SEOJUN_BY_TOSS,
    SIGNUP_START,
    SIGNUP_VERIFY,
    TERMS,
    VERIFY_START,
    bearer,
    company_certificate,
    complete,
    data,
    phone_verification,
    proof,
    simple_auth_verification,
    verification_id,
    verified_signup,
)
from tests.gateway.test_identity_card import CORPORATE_CARD_MESSAGE, YU_CORPORATE_CARD

MARKETING = "{ viewer { kotraMember { marketingConsent } } }"


async def signup_verified_by(stack: Stack, verification_id: str) -> dict[str, Any]:
    started = await data(stack, SIGNUP_START, {"input": {"terms": TERMS}})
    flow_id = started["kotraSignupStart"]["signup"]["id"]
    variables = {"input": {"id": flow_id, "verificationId": verification_id}}
    verified: dict[str, Any] = (await data(stack, SIGNUP_VERIFY, variables))["kotraSignupVerify"]
    return verified


async def test_the_terms_of_use_are_required_too(stack: Stack) -> None:
    terms = TERMS | {"termsOfUse": False}
    payload = (await data(stack, SIGNUP_START, {"input": {"terms": terms}}))["kotraSignupStart"]
    assert payload["signup"] is None
    assert payload["errors"][0]["code"] == "TERMS_REQUIRED"


async def test_the_marketing_consent_is_optional_and_kept(stack: Stack) -> None:
    # given a sign-up agreeing to the optional marketing use (개인정보 마케팅 활용 동의 (선택))
    started = await data(stack, SIGNUP_START, {"input": {"terms": TERMS | {"marketing": True}}})
    flow_id = started["kotraSignupStart"]["signup"]["id"]
    verified = await verification_id(stack, KIM_YOUNGHEE_CARD)
    await data(stack, SIGNUP_VERIFY, {"input": {"id": flow_id, "verificationId": verified}})
    # when the sign-up completes
    completed = await complete(stack, flow_id)
    # then the member carries the consent
    token = completed["sessionToken"]
    member = (await data(stack, MARKETING, **bearer(token)))["viewer"]["kotraMember"]
    assert member == {"marketingConsent": True}


async def test_phone_verification_is_a_real_name_verification(stack: Stack) -> None:
    # given 김영희 verified by 휴대전화 본인인증 (SMS) for KOTRA
    verified = await phone_verification(stack, KIM_YOUNGHEE_BY_SMS)
    # when the sign-up takes it
    payload = await signup_verified_by(stack, verified)
    # then the verified name moves the sign-up to member information
    assert payload["errors"] == []
    assert (payload["signup"]["step"], payload["signup"]["verifiedName"]) == (
        "MEMBER_INFO",
        "김영희",
    )


async def test_simple_authentication_is_a_real_name_verification(stack: Stack) -> None:
    # given 이서준 verified by 간편인증 (토스 인증서) for KOTRA
    verified = await simple_auth_verification(stack, LEE_SEOJUN_BY_TOSS)
    payload = await signup_verified_by(stack, verified)
    assert payload["errors"] == []
    assert payload["signup"]["verifiedName"] == "이서준"
    completed = await complete(stack, payload["signup"]["id"], loginId="seojun85")
    assert completed["errors"] == []
    assert completed["member"]["name"] == "이서준"


async def test_a_corporate_card_cannot_verify_a_real_name(stack: Stack) -> None:
    # when 유정열 tries KOTRA's 신용카드 인증 with KOTRA's 법인카드
    variables = {"input": {"agency": "KOTRA", "card": YU_CORPORATE_CARD}}
    payload = (await data(stack, VERIFY_START, variables))["identityVerificationStart"]
    # then no verification is made (법인명의로는 인증불가), with the card check's message
    assert payload["verification"] is None
    assert payload["errors"] == [{"code": "CORPORATE_CARD", "message": CORPORATE_CARD_MESSAGE}]


async def test_ids_of_6_and_of_20_letters_and_digits_are_accepted(stack: Stack) -> None:
    flow_id = await verified_signup(stack)
    for good in ("abcde1", "a1" * 10):
        # a valid ID with a mismatched confirmation: the ID passes, the confirmation does not
        completed = await complete(stack, flow_id, loginId=good, passwordConfirm="x")
        assert completed["errors"][0]["code"] == "PASSWORD_MISMATCH", good


async def test_passwords_of_9_and_of_30_characters_are_accepted(stack: Stack) -> None:
    flow_id = await verified_signup(stack)
    for good in ("Abcdef1!x", "Abc-1234!" * 3 + "xyz"):
        assert len(good) in (9, 30)
        completed = await complete(stack, flow_id, password=good, passwordConfirm=good + "x")
        assert completed["errors"][0]["code"] == "PASSWORD_MISMATCH", good
    # and a 30-character password completes the sign-up and logs in
    long = "Abc-1234!" * 3 + "xyz"
    completed = await complete(stack, flow_id, password=long, passwordConfirm=long)
    assert completed["errors"] == []
    assert completed["sessionToken"]


async def test_signup_may_end_with_the_company_certificate_instead(stack: Stack) -> None:
    # given a sign-up at its last step (소속기업 등록, 2) 승인비밀번호가 없는 경우)
    flow_id = await verified_signup(stack)
    issued = await company_certificate(stack, seed.EDS_NUMBER, "(주)한국이디에스")
    affiliation = {"businessNumber": seed.EDS_NUMBER, "proof": await proof(stack, issued)}
    # when the company's 범용인증서 proves the affiliation
    completed = await complete(stack, flow_id, affiliation=affiliation)
    # then the new member belongs to the company with every service of the matrix
    assert completed["errors"] == []
    member = completed["member"]
    assert (member["memberClass"], member["affiliation"]) == ("GENERAL_CERTIFICATE", "CERTIFICATE")
    assert member["company"]["name"] == "(주)한국이디에스"
