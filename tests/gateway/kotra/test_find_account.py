"""아이디 찾기 (휴대폰, 이메일, 간편인증 → masked ID and join date) and 비밀번호 재설정 after
휴대폰, 신용카드 or 간편인증."""

from __future__ import annotations

from typing import Any

from mocks.kotra import seed
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import (
    HONG_CARD,
    LOGIN,
    data,
    log_in,
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
