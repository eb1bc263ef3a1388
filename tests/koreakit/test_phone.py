"""Korean telephone numbers through phonenumbers: kinds, national form, areas, masking."""

from __future__ import annotations

import pytest

from koreakit import phone
from koreakit.errors import IdentifierErrorCode, InvalidIdentifierError
from koreakit.phone import PhoneKind


@pytest.mark.parametrize(
    "entered",
    ["010-1234-5678", "01012345678", "010 1234 5678", "+82 10-1234-5678", "+821012345678"],
)
def test_mobile_number_in_any_common_spelling(entered: str) -> None:
    # when
    number = phone.parse(entered)

    # then
    assert number.kind is PhoneKind.MOBILE
    assert number.national == "010-1234-5678"
    assert number.e164 == "+821012345678"
    assert number.area_code is None
    assert number.area is None


def test_legacy_mobile_prefix_is_still_mobile() -> None:
    number = phone.parse("011-123-4567")
    assert number.kind is PhoneKind.MOBILE
    assert number.national == "011-123-4567"


@pytest.mark.parametrize("entered", ["010-123-4567", "0101234567"])
def test_010_needs_eight_digits_after_the_prefix(entered: str) -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        phone.parse(entered)
    assert exc_info.value.code == IdentifierErrorCode.PHONE_FORMAT


@pytest.mark.parametrize(
    ("entered", "national", "e164"),
    [
        ("02-123-4567", "02-123-4567", "+8221234567"),
        ("0212345678", "02-1234-5678", "+82212345678"),
        ("(02) 1234-5678", "02-1234-5678", "+82212345678"),
        ("+82 2 1234 5678", "02-1234-5678", "+82212345678"),
    ],
)
def test_seoul_02_landline(entered: str, national: str, e164: str) -> None:
    number = phone.parse(entered)
    assert (number.kind, number.national, number.e164) == (PhoneKind.LANDLINE, national, e164)
    assert (number.area_code, number.area) == ("02", "서울")


@pytest.mark.parametrize(
    ("entered", "national"),
    [("031-123-4567", "031-123-4567"), ("03112345678", "031-1234-5678")],
)
def test_gyeonggi_031_landline(entered: str, national: str) -> None:
    number = phone.parse(entered)
    assert (number.kind, number.national) == (PhoneKind.LANDLINE, national)
    assert (number.area_code, number.area) == ("031", "경기")


@pytest.mark.parametrize(
    ("entered", "area"),
    [("044-123-4567", "세종"), ("051-123-4567", "부산"), ("064-123-4567", "제주")],
)
def test_landline_area_comes_from_the_area_code(entered: str, area: str) -> None:
    assert phone.parse(entered).area == area


def test_070_is_voip() -> None:
    number = phone.parse("070-1234-5678")
    assert (number.kind, number.national, number.area) == (PhoneKind.VOIP, "070-1234-5678", None)


@pytest.mark.parametrize(
    ("entered", "national"),
    [
        ("1588-1234", "1588-1234"),
        ("080-123-4567", "080-123-4567"),
        ("0505-123-4567", "0505-123-4567"),
        ("0507-1234-5678", "0507-1234-5678"),
    ],
    ids=["representative-15xx", "toll-free-080", "safe-number-0505", "safe-number-0507"],
)
def test_non_geographic_numbers_are_other(entered: str, national: str) -> None:
    number = phone.parse(entered)
    assert (number.kind, number.national) == (PhoneKind.OTHER, national)


@pytest.mark.parametrize(
    "entered",
    [
        "",
        "099-123-4567",
        "02-12-3456",
        "010-1234-5678abc",
        "tel:010-1234-5678",
        "010-1234-5678 ext. 12",
        "01O-1234-5678",
        "hello",
    ],
    ids=[
        "empty",
        "unassigned-099",
        "too-short",
        "trailing-letters",
        "tel-uri",
        "extension",
        "letter-o",
        "words",
    ],
)
def test_invalid_numbers_are_refused(entered: str) -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        phone.parse(entered)
    assert exc_info.value.code == IdentifierErrorCode.PHONE_FORMAT
    assert not phone.is_valid(entered)


def test_a_valid_foreign_number_is_not_korean() -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        phone.parse("+1 650 253 0000")
    assert exc_info.value.code == IdentifierErrorCode.PHONE_NOT_KOREAN


@pytest.mark.parametrize(
    ("entered", "masked"),
    [
        ("01012345678", "010-1234-****"),
        ("02-123-4567", "02-123-****"),
        ("031-1234-5678", "031-1234-****"),
        ("070-1234-5678", "070-1234-****"),
        ("1588-1234", "1588-****"),
    ],
)
def test_mask_hides_the_last_four_digits(entered: str, masked: str) -> None:
    assert phone.mask(entered) == masked
    assert phone.parse(entered).masked() == masked


@pytest.mark.parametrize(
    ("value", "digits"),
    [
        ("010-1234-5678", "01012345678"),
        ("+82 10-1234-5678", "01012345678"),
        ("02-123-4567", "021234567"),
        ("031-1234-5678", "03112345678"),
    ],
)
def test_digits_is_the_national_number_without_hyphens(value: str, digits: str) -> None:
    assert phone.parse(value).digits == digits
