"""아이디 찾기 (휴대폰, 이메일, 간편인증 → masked ID and join date) and 비밀번호 재설정 after
휴대폰, 신용카드 or 간편인증."""

from __future__ import annotations

from typing import Any

from mocks.kotra import seed
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import (
    HONG_CARD,
    LEE_SEOJUN_BY_TOSS,
    LOGIN,
    data,
    log_in,
    phone_verification,
    simple_auth_verification,
    verification_id,
)

FIND = """
mutation ($input: KotraLoginIdFindInput!) {
  kotraLoginIdFind(input: $input) { loginIdMasked joinedAt errors { code message } } }"""
RESET = """
mutation ($input: KotraPasswordResetInput!) {
  kotraPasswordReset(input: $input) { loginIdMasked errors { code field } } }"""


async def find(stack: Stack, **given: str) -> dict[str, Any]:
    payload: dict[str, Any] = (await data(stack, FIND, {"input": given}))["kotraLoginIdFind"]
    return payload


async def test_find_id_by_name_and_mobile(stack: Stack) -> None:
    found = await find(stack, name="홍길동", mobile="010-1234-5678")
    assert found["errors"] == []
    assert found["loginIdMasked"] == "kot*******"
    assert found["joinedAt"]


async def test_find_id_by_name_and_email(stack: Stack) -> None:
    found = await find(stack, name="홍길동", email="hong.gildong@example.com")
    assert found["loginIdMasked"] == "kot*******"


async def test_find_id_by_verification(stack: Stack) -> None:
    verified = await verification_id(stack, HONG_CARD)
    found = await find(stack, name="홍길동", verificationId=verified)
    assert found["loginIdMasked"] == "kot*******"


async def test_find_id_with_unknown_data_asks_for_the_registered_data(stack: Stack) -> None:
    found = await find(stack, name="홍길동", mobile="010-9999-9999")
    assert found["errors"] == [
        {
            "code": "MEMBER_NOT_FOUND",
            "message": "회원가입 시 등록된 고객님의 정보(이름, 휴대폰)를 입력하여 주세요.",
        }
    ]


async def test_password_reset_after_card_verification(stack: Stack) -> None:
    # given 홍길동 verified by his personal card for KOTRA
    verified = await verification_id(stack, HONG_CARD)
    # when he sets a new password
    variables = {
        "input": {
            "verificationId": verified,
            "password": "Reset-pass-2024!",
            "passwordConfirm": "Reset-pass-2024!",
        }
    }
    payload = (await data(stack, RESET, variables))["kotraPasswordReset"]
    # then the new password logs in and the old one does not
    assert payload == {"loginIdMasked": "kot*******", "errors": []}
    await log_in(stack, seed.HONG_LOGIN_ID, "Reset-pass-2024!")
    old = {"input": {"loginId": seed.HONG_LOGIN_ID, "password": seed.SEED_PASSWORD}}
    assert (await data(stack, LOGIN, old))["kotraLogin"]["errors"][0]["code"] == "LOGIN_FAILED"


async def test_password_reset_follows_the_password_rule(stack: Stack) -> None:
    verified = await verification_id(stack, HONG_CARD)
    variables = {
        "input": {"verificationId": verified, "password": "simple", "passwordConfirm": "simple"}
    }
    payload = (await data(stack, RESET, variables))["kotraPasswordReset"]
    assert payload["errors"][0]["code"] == "INVALID_PASSWORD"


async def test_password_reset_needs_a_real_verification(stack: Stack) -> None:
    variables = {
        "input": {"verificationId": "forged", "password": "Reset-pass-1!", "passwordConfirm": "x"}
    }
    payload = (await data(stack, RESET, variables))["kotraPasswordReset"]
    assert payload["errors"] == [
        {"code": "VERIFICATION_NOT_FOUND", "field": ["input", "verificationId"]}
    ]


async def test_find_id_by_simple_authentication(stack: Stack) -> None:
    # given 홍길동 verified by 간편인증 (카카오톡 인증) for KOTRA
    verified = await simple_auth_verification(stack)
    # when he asks for his ID with it
    found = await find(stack, name="홍길동", verificationId=verified)
    # then the masked ID and the join date are shown (아이디 kot*****, 가입일자)
    assert found["errors"] == []
    assert found["loginIdMasked"] == "kot" + "*" * (len(seed.HONG_LOGIN_ID) - 3)
    variables = {"input": {"loginId": seed.HONG_LOGIN_ID, "password": seed.SEED_PASSWORD}}
    member = (await data(stack, LOGIN, variables))["kotraLogin"]["member"]
    assert found["joinedAt"] == member["joinedAt"]


async def test_the_found_id_is_masked_after_three_characters(stack: Stack) -> None:
    # the mask hides everything past the third character, whatever the ID's length
    found = await find(stack, name="김형원", mobile="010-3473-6973")
    assert found["errors"] == []
    masked = found["loginIdMasked"]
    assert masked[:3] == seed.EDS_STAFF_LOGIN_ID[:3]
    assert masked[3:] == "*" * (len(seed.EDS_STAFF_LOGIN_ID) - 3)


async def reset(stack: Stack, verified: str, password: str, confirm: str) -> dict[str, Any]:
    variables = {
        "input": {"verificationId": verified, "password": password, "passwordConfirm": confirm}
    }
    payload: dict[str, Any] = (await data(stack, RESET, variables))["kotraPasswordReset"]
    return payload


async def test_password_reset_after_phone_verification(stack: Stack) -> None:
    # given 홍길동 verified by 휴대전화 (SMS) for KOTRA
    verified = await phone_verification(stack)
    # when he saves a new password (변경 비밀번호, 재입력)
    payload = await reset(stack, verified, "Phone-reset-2024!", "Phone-reset-2024!")
    # then it logs him in
    assert payload["errors"] == []
    await log_in(stack, seed.HONG_LOGIN_ID, "Phone-reset-2024!")


async def test_password_reset_after_simple_authentication(stack: Stack) -> None:
    verified = await simple_auth_verification(stack)
    payload = await reset(stack, verified, "Simple-reset-2024!", "Simple-reset-2024!")
    assert payload == {"loginIdMasked": "kot*******", "errors": []}
    await log_in(stack, seed.HONG_LOGIN_ID, "Simple-reset-2024!")


async def test_password_reset_confirmation_must_match(stack: Stack) -> None:
    verified = await phone_verification(stack)
    payload = await reset(stack, verified, "Phone-reset-2024!", "Phone-reset-2025!")
    assert payload["errors"] == [
        {"code": "PASSWORD_MISMATCH", "field": ["input", "passwordConfirm"]}
    ]
    await log_in(stack)  # the old password still works


async def test_password_reset_of_a_person_without_membership_is_refused(stack: Stack) -> None:
    # 이서준 is verified, but is not a KOTRA member
    verified = await simple_auth_verification(stack, LEE_SEOJUN_BY_TOSS)
    payload = await reset(stack, verified, "Phone-reset-2024!", "Phone-reset-2024!")
    assert payload["errors"][0]["code"] == "MEMBER_NOT_FOUND"
