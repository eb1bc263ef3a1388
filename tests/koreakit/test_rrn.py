"""주민등록번호 / 외국인등록번호: birth date, century, sex, citizenship; checksum only advisory."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from koreakit import rrn
from koreakit.errors import IdentifierErrorCode, InvalidIdentifierError
from koreakit.rrn import Sex

TODAY = dt.date(2025, 6, 1)


def _number(first7: str, tail5: str = "12345", *, checksum_ok: bool = True) -> str:
    """A synthetic 13-digit number whose last digit does or does not match the checksum."""
    check = rrn.check_digit(first7 + tail5)
    return first7 + tail5 + str(check if checksum_ok else (check + 1) % 10)


@pytest.mark.parametrize(
    ("g", "year"),
    [
        ("9", 1880),
        ("0", 1880),
        ("1", 1980),
        ("2", 1980),
        ("5", 1980),
        ("6", 1980),
        ("3", 2080),
        ("4", 2080),
        ("7", 2080),
        ("8", 2080),
    ],
)
def test_seventh_digit_sets_the_century(g: str, year: int) -> None:
    # given 80-12-10 with each century digit; 2080 would be in the future, so look from 2090
    number = _number("801210" + g)

    # when
    resident = rrn.validate(number, today=dt.date(2090, 1, 1))

    # then
    assert resident.birth_date == dt.date(year, 12, 10)


@pytest.mark.parametrize(
    ("g", "is_foreigner"),
    [*((g, False) for g in "901234"), *((g, True) for g in "5678")],
)
def test_seventh_digit_five_to_eight_is_a_foreigner(g: str, is_foreigner: bool) -> None:
    assert rrn.validate(_number("050505" + g), today=TODAY).is_foreigner is is_foreigner


@pytest.mark.parametrize(
    ("g", "sex"), [*((g, Sex.MALE) for g in "13579"), *((g, Sex.FEMALE) for g in "02468")]
)
def test_odd_seventh_digit_is_male_even_is_female(g: str, sex: Sex) -> None:
    assert rrn.validate(_number("050505" + g), today=TODAY).sex is sex


@pytest.mark.parametrize(
    "first7",
    ["8002301", "8013011", "8000001", "8012321", "0102293"],
    ids=["feb-30", "month-13", "month-00", "day-32", "feb-29-in-2001"],
)
def test_birth_date_must_be_a_real_date(first7: str) -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        rrn.validate(_number(first7), today=TODAY)
    assert exc_info.value.code == IdentifierErrorCode.RRN_BIRTH_DATE


def test_leap_day_of_a_leap_year_is_a_real_date() -> None:
    assert rrn.validate(_number("0002293"), today=TODAY).birth_date == dt.date(2000, 2, 29)


def test_birth_date_may_not_be_in_the_future() -> None:
    # given 2025-06-02, one day after "today"
    number = _number("2506024")

    # when / then
    with pytest.raises(InvalidIdentifierError) as exc_info:
        rrn.validate(number, today=TODAY)
    assert exc_info.value.code == IdentifierErrorCode.RRN_BIRTH_DATE
    assert rrn.validate(number, today=dt.date(2025, 6, 2)).birth_date == dt.date(2025, 6, 2)


def test_legacy_number_with_a_good_checksum_reports_it() -> None:
    # python-stdnum's doctest number
    assert rrn.validate("971013-9019902", today=TODAY).checksum_ok is True


def test_post_2020_number_with_a_bad_checksum_is_accepted_with_checksum_ok_false() -> None:
    # given a child born 2021-03-15: G then six random digits, which need not match the checksum
    number = _number("2103154", "83920", checksum_ok=False)

    # when
    resident = rrn.validate(number, today=TODAY)

    # then
    assert resident.checksum_ok is False
    assert resident.birth_date == dt.date(2021, 3, 15)
    assert resident.number == number


@pytest.mark.parametrize(
    "entered",
    ["", "801210123456", "80121012345678", "801210-1a34567", "801210/1234567"],
    ids=["empty", "12-digits", "14-digits", "letter", "slash"],
)
def test_anything_but_thirteen_digits_is_a_format_error(entered: str) -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        rrn.validate(entered, today=TODAY)
    assert exc_info.value.code == IdentifierErrorCode.RRN_FORMAT


def test_hyphenated_and_spaced_input_is_accepted() -> None:
    number = _number("8012101")
    assert rrn.validate(f" {number[:6]} - {number[6:]} ", today=TODAY).number == number


@pytest.mark.parametrize("g", "5678")
def test_validate_foreigner_accepts_five_to_eight(g: str) -> None:
    assert rrn.validate_foreigner(_number("050505" + g), today=TODAY).is_foreigner


@pytest.mark.parametrize("g", "123490")
def test_validate_foreigner_refuses_a_citizen_number(g: str) -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        rrn.validate_foreigner(_number("050505" + g), today=TODAY)
    assert exc_info.value.code == IdentifierErrorCode.RRN_NOT_FOREIGNER


def test_validate_foreigner_names_the_foreigner_number_in_its_messages() -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        rrn.validate_foreigner("12345", today=TODAY)
    assert exc_info.value.code == IdentifierErrorCode.RRN_FORMAT
    assert "외국인등록번호" in exc_info.value.message_ko
    assert "foreigner" in exc_info.value.message_en


def test_foreigner_number_with_a_bad_checksum_is_accepted() -> None:
    number = _number("8512105", checksum_ok=False)
    assert rrn.validate_foreigner(number, today=TODAY).checksum_ok is False


def test_masked_keeps_the_birth_date_and_the_sex_digit() -> None:
    resident = rrn.validate(_number("8012101"), today=TODAY)
    assert resident.masked() == "801210-1******"
    assert rrn.mask(resident.number) == "801210-1******"


def test_str_and_repr_never_show_the_tail() -> None:
    # given
    number = _number("8012101", "98765")
    resident = rrn.validate(number, today=TODAY)

    # when
    shown = [str(resident), repr(resident), f"{resident}", f"{[resident]}"]

    # then
    assert all(number[7:] not in text and number not in text for text in shown)
    assert all("801210-1******" in text for text in shown)


@pytest.mark.parametrize(
    ("entered", "check"),
    [
        ("801310-1987654", rrn.validate),
        ("80121O-1987654", rrn.validate),
        ("801210-19876540", rrn.validate),
        ("801210-1987654", rrn.validate_foreigner),
    ],
    ids=["birth-date", "letter", "14-digits", "not-foreigner"],
)
def test_error_messages_never_repeat_the_number(
    entered: str, check: Callable[..., rrn.ResidentNumber]
) -> None:
    # when
    with pytest.raises(InvalidIdentifierError) as exc_info:
        check(entered, today=TODAY)

    # then
    error = exc_info.value
    assert all("987654" not in text for text in (str(error), error.message_ko, repr(error)))


def test_default_today_accepts_a_past_birth_date() -> None:
    assert rrn.validate(_number("8012101")).birth_date == dt.date(1980, 12, 10)
