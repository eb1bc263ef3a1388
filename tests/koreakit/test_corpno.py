"""법인등록번호: 13 digits with an alternating 1,2-weighted check digit."""

from __future__ import annotations

import pytest

from koreakit import corpno
from koreakit.errors import IdentifierErrorCode, InvalidIdentifierError

KNOWN_VALID = ["1146710004418", "1101111611056"]


@pytest.mark.parametrize("number", KNOWN_VALID)
def test_every_known_valid_number_passes(number: str) -> None:
    assert corpno.validate(number) == number
    assert corpno.is_valid(number)


def test_hyphenated_input_is_compacted() -> None:
    assert corpno.validate("110111-1611056") == "1101111611056"
    assert corpno.validate(" 114671 0004418 ") == "1146710004418"


@pytest.mark.parametrize("number", KNOWN_VALID)
def test_a_wrong_last_digit_fails_the_check_digit(number: str) -> None:
    # given
    wrong = number[:12] + str((int(number[12]) + 1) % 10)

    # when / then
    with pytest.raises(InvalidIdentifierError) as exc_info:
        corpno.validate(wrong)
    assert exc_info.value.code == IdentifierErrorCode.CORPNO_CHECK_DIGIT
    assert not corpno.is_valid(wrong)


def test_products_of_weight_two_are_summed_whole_not_digit_by_digit() -> None:
    # 1+2+0+2+1+2+1+12+1+2+0+10 = 34 → 6; a digit-sum (Luhn-style) variant would give 9
    assert corpno.check_digit("110111161105") == 6


@pytest.mark.parametrize(
    "entered",
    ["", "110111161105", "11011116110560", "110111-161105X"],
    ids=["empty", "12-digits", "14-digits", "letter"],
)
def test_anything_but_thirteen_digits_is_a_format_error(entered: str) -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        corpno.validate(entered)
    assert exc_info.value.code == IdentifierErrorCode.CORPNO_FORMAT


def test_check_digit_needs_twelve_digits() -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        corpno.check_digit("11011116110")
    assert exc_info.value.code == IdentifierErrorCode.CORPNO_FORMAT


def test_format_is_six_dash_seven() -> None:
    assert corpno.format("1101111611056") == "110111-1611056"


def test_format_refuses_an_invalid_number() -> None:
    with pytest.raises(InvalidIdentifierError):
        corpno.format("1101111611057")
