"""비밀번호: 9–15 characters combining letters, digits and specials, specials only from
`~!@#$%^&*+`; the confirmation must match. Each rule is checked by the gateway at once and by
Hometax again (tests/mocks/hometax)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gateway.conftest import Stack
from tests.gateway.hometax.conftest import apply, codes

LENGTH_RULE = "영문, 숫자, 특수문자를 조합하여 9~15자리로 설정합니다."  # seed 004
SPECIALS_RULE = "숫자 키보드 위의 특수문자[~!@#$%^&*~+] 만 가능합니다"  # seed 004


async def _refused(stack: Stack, password: str, confirmation: str | None = None) -> Any:
    """The first error of an application with ``password`` (and ``confirmation``)."""
    again = password if confirmation is None else confirmation
    payload = await apply(stack, password=password, passwordConfirmation=again)
    assert payload["application"] is None
    return payload["errors"][0]


async def test_empty_password_is_asked_for(stack: Stack) -> None:
    error = await _refused(stack, "")
    assert (error["code"], error["message"]) == ("PASSWORD_REQUIRED", "비밀번호를 입력해주세요")


@pytest.mark.parametrize("password", ["Ab1!", "Abcd12!x", "Abcdefgh1234!xyz"])
async def test_length_outside_9_to_15_is_refused(stack: Stack, password: str) -> None:
    error = await _refused(stack, password)
    assert (error["code"], error["message"]) == ("INVALID_PASSWORD_LENGTH", LENGTH_RULE)


@pytest.mark.parametrize("password", ["abcdefgh12", "abcdefgh!!", "123456789!", "ABCDEFGHIJK"])
async def test_letters_digits_and_specials_must_all_be_there(stack: Stack, password: str) -> None:
    error = await _refused(stack, password)
    assert (error["code"], error["message"]) == ("INVALID_PASSWORD_COMBINATION", LENGTH_RULE)


@pytest.mark.parametrize("password", ["Cargo2024?x", "Cargo 2024!", "Cargo2024_x", "카고2024!abc"])
async def test_specials_only_from_the_manuals_set(stack: Stack, password: str) -> None:
    error = await _refused(stack, password)
    assert (error["code"], error["message"]) == ("INVALID_PASSWORD_CHARACTER", SPECIALS_RULE)
    assert error["field"] == ["input", "password"]


@pytest.mark.parametrize("password", ["Cargo2024~x", "Tax+2024ok", "A1~!@#$%^&*+"])
async def test_every_listed_special_is_accepted(stack: Stack, password: str) -> None:
    payload = await apply(stack, password=password, passwordConfirmation=password)
    assert payload["errors"] == []


async def test_confirmation_must_match(stack: Stack) -> None:
    error = await _refused(stack, "Cargo2024!x", "Cargo2024!y")
    assert (error["code"], error["field"]) == (
        "PASSWORD_MISMATCH",
        ["input", "passwordConfirmation"],
    )


async def test_password_is_never_echoed(stack: Stack) -> None:
    payload = await apply(stack)
    assert "Cargo2024!x" not in str(payload)
    assert codes(payload) == []
