"""Display masks: they hide the identifying part and never return their input unmasked."""

from __future__ import annotations

import pytest

from koreakit import masking
from koreakit.errors import IdentifierErrorCode, InvalidIdentifierError


@pytest.mark.parametrize("entered", ["801210-1234567", "8012101234567", " 801210 1234567 "])
def test_rrn_mask_keeps_birth_date_and_sex_digit(entered: str) -> None:
    assert masking.mask_rrn(entered) == "801210-1******"


@pytest.mark.parametrize("tail", ["000000", "123456", "987654", "555555"])
def test_rrn_mask_never_reveals_the_tail(tail: str) -> None:
    # when
    masked = masking.mask_rrn(f"9001012{tail}")

    # then
    assert masked == "900101-2******"
    assert not any(c.isdigit() for c in masked[8:])


@pytest.mark.parametrize("entered", ["801210-123456", "801210-12345678", "801210-1abcdef"])
def test_rrn_mask_refuses_a_malformed_number_without_echoing_it(entered: str) -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        masking.mask_rrn(entered)
    assert exc_info.value.code == IdentifierErrorCode.RRN_FORMAT
    assert "12345" not in str(exc_info.value)


@pytest.mark.parametrize(
    ("national", "masked"),
    [("010-1234-5678", "010-1234-****"), ("02-123-4567", "02-123-****")],
)
def test_phone_mask_hides_the_last_four_digits(national: str, masked: str) -> None:
    assert masking.mask_phone(national) == masked


def test_phone_mask_refuses_a_too_short_number() -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        masking.mask_phone("123-4567")
    assert exc_info.value.code == IdentifierErrorCode.PHONE_FORMAT


@pytest.mark.parametrize(
    ("email", "masked"),
    [
        ("abcdef@example.com", "ab***@example.com"),
        ("abc@example.com", "ab***@example.com"),
        ("ab@example.com", "a***@example.com"),
        ("a@example.com", "***@example.com"),
        (" hong.gildong@korea.kr ", "ho***@korea.kr"),
    ],
)
def test_email_mask_keeps_at_most_two_leading_characters(email: str, masked: str) -> None:
    assert masking.mask_email(email) == masked


@pytest.mark.parametrize("email", ["", "example.com", "@example.com", "abc@", "a@b@c"])
def test_email_mask_refuses_a_malformed_address(email: str) -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        masking.mask_email(email)
    assert exc_info.value.code == IdentifierErrorCode.EMAIL_FORMAT


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("홍길동", "홍*동"),
        ("남궁민수", "남**수"),
        ("김철", "김*"),
        ("김", "*"),
        (" 홍길동 ", "홍*동"),
    ],
)
def test_name_mask_keeps_first_and_last_character(name: str, masked: str) -> None:
    assert masking.mask_name(name) == masked


def test_name_mask_refuses_an_empty_name() -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        masking.mask_name("  ")
    assert exc_info.value.code == IdentifierErrorCode.NAME_FORMAT
