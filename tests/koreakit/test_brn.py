"""사업자등록번호: stdnum's shape rules plus our check digit, formatting and kinds."""

from __future__ import annotations

import pytest
from stdnum.kr import brn as stdnum_brn

from koreakit import brn
from koreakit.brn import BusinessKind
from koreakit.errors import IdentifierErrorCode, InvalidIdentifierError

KNOWN_VALID = [
    "1208200275",
    "6638501035",
    "1168200276",
    "1348672683",
    "1248100998",
    "1208797004",
    "2208162517",
    "2148639239",
]


def _with_check_digit(first9: str) -> str:
    return first9 + str(brn.check_digit(first9))


@pytest.mark.parametrize("number", KNOWN_VALID)
def test_every_known_valid_number_passes(number: str) -> None:
    assert brn.validate(number) == number
    assert brn.is_valid(number)


@pytest.mark.parametrize("number", KNOWN_VALID)
@pytest.mark.parametrize("position", range(10))
def test_each_single_digit_change_fails(number: str, position: int) -> None:
    # given every other digit at this position
    for digit in "0123456789":
        if digit == number[position]:
            continue
        changed = number[:position] + digit + number[position + 1 :]

        # when
        with pytest.raises(InvalidIdentifierError) as exc_info:
            brn.validate(changed)

        # then: the check digit catches it wherever stdnum's shape rules do not
        expected = (
            IdentifierErrorCode.BRN_CHECK_DIGIT
            if stdnum_brn.is_valid(changed)
            else IdentifierErrorCode.BRN_FORMAT
        )
        assert exc_info.value.code == expected


def test_stdnum_shape_check_alone_accepts_a_wrong_check_digit() -> None:
    # given a valid number with its check digit changed
    wrong = "1208200276"
    assert stdnum_brn.is_valid(wrong)

    # when / then
    with pytest.raises(InvalidIdentifierError) as exc_info:
        brn.validate(wrong)
    assert exc_info.value.code == IdentifierErrorCode.BRN_CHECK_DIGIT
    assert exc_info.value.message_ko == "사업자등록번호의 검증번호가 올바르지 않습니다."
    assert str(exc_info.value) == "The business registration number's check digit is wrong."


@pytest.mark.parametrize(
    "entered",
    [
        "120-82-00275",
        " 120 82 00275 ",
        "120–82–00275",
        "120 - 82 - 00275",
        "１２０-８２-００２７５",
    ],
    ids=["hyphens", "spaces", "en-dashes", "spaced-hyphens", "full-width-digits"],
)
def test_hyphenated_and_spaced_input_is_compacted(entered: str) -> None:
    assert brn.compact(entered) == "1208200275"
    assert brn.validate(entered) == "1208200275"


@pytest.mark.parametrize(
    "entered",
    ["", "120820027", "12082002750", "12O8200275", "120/82/00275", "120.82.00275", "١٢٠٨٢٠٠٢٧٥"],
    ids=["empty", "9-digits", "11-digits", "letter-o", "slashes", "dots", "arabic-indic-digits"],
)
def test_anything_but_ten_digits_is_a_format_error(entered: str) -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        brn.validate(entered)
    assert exc_info.value.code == IdentifierErrorCode.BRN_FORMAT


@pytest.mark.parametrize(
    "first9",
    ["100820027", "120000027", "120820000"],
    ids=["tax-office-below-101", "kind-00", "serial-0000"],
)
def test_parts_out_of_range_are_format_errors_even_with_a_good_check_digit(first9: str) -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        brn.validate(_with_check_digit(first9))
    assert exc_info.value.code == IdentifierErrorCode.BRN_FORMAT


def test_check_digit_follows_the_weighted_sum() -> None:
    # 1·1+2·3+0·7+8·1+2·3+0·7+0·1+2·3+7·5 = 62, + ⌊7·5/10⌋ = 65 → (10 − 5) % 10
    assert brn.check_digit("120820027") == 5


def test_check_digit_of_a_sum_ending_in_zero_is_zero() -> None:
    # the final "% 10" that some implementations omit
    assert brn.check_digit("000000010") == 7
    assert brn.check_digit("100000000") == 9
    assert brn.check_digit("500000010") == 2
    assert any(brn.check_digit(f"{n:09d}") == 0 for n in range(10, 20))


@pytest.mark.parametrize("first9", ["12082002", "1208200275", "12082002x"])
def test_check_digit_needs_nine_digits(first9: str) -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        brn.check_digit(first9)
    assert exc_info.value.code == IdentifierErrorCode.BRN_FORMAT


def test_format_is_three_two_five() -> None:
    assert brn.format("1208200275") == "120-82-00275"
    assert brn.format(" 120 82 00275") == "120-82-00275"


def test_format_refuses_an_invalid_number() -> None:
    with pytest.raises(InvalidIdentifierError):
        brn.format("1208200276")


@pytest.mark.parametrize(
    ("kind_code", "kind"),
    [
        ("01", BusinessKind.INDIVIDUAL_TAXABLE),
        ("45", BusinessKind.INDIVIDUAL_TAXABLE),
        ("79", BusinessKind.INDIVIDUAL_TAXABLE),
        ("80", BusinessKind.APARTMENT_OFFICE_OR_MULTILEVEL_SELLER),
        ("81", BusinessKind.FOR_PROFIT_HEAD_OFFICE),
        ("82", BusinessKind.NON_PROFIT),
        ("83", BusinessKind.GOVERNMENT),
        ("84", BusinessKind.FOREIGN_CORPORATION),
        ("85", BusinessKind.FOR_PROFIT_BRANCH),
        ("86", BusinessKind.FOR_PROFIT_HEAD_OFFICE),
        ("87", BusinessKind.FOR_PROFIT_HEAD_OFFICE),
        ("88", BusinessKind.FOR_PROFIT_HEAD_OFFICE),
        ("89", BusinessKind.RELIGIOUS_ORGANIZATION),
        ("90", BusinessKind.INDIVIDUAL_TAX_EXEMPT),
        ("99", BusinessKind.INDIVIDUAL_TAX_EXEMPT),
    ],
)
def test_business_kind_comes_from_digits_four_and_five(kind_code: str, kind: BusinessKind) -> None:
    # given a valid number with that kind code
    number = _with_check_digit(f"120{kind_code}0001")

    # when / then
    assert brn.business_kind(number) is kind


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("1208200275", BusinessKind.NON_PROFIT),
        ("6638501035", BusinessKind.FOR_PROFIT_BRANCH),
        ("1248100998", BusinessKind.FOR_PROFIT_HEAD_OFFICE),
    ],
)
def test_known_numbers_have_their_kind(number: str, kind: BusinessKind) -> None:
    assert brn.business_kind(number) is kind


def test_business_kind_refuses_an_invalid_number() -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        brn.business_kind("1208200276")
    assert exc_info.value.code == IdentifierErrorCode.BRN_CHECK_DIGIT


@pytest.mark.parametrize(
    ("kind", "is_corporation"),
    [
        (BusinessKind.INDIVIDUAL_TAXABLE, False),
        (BusinessKind.APARTMENT_OFFICE_OR_MULTILEVEL_SELLER, False),
        (BusinessKind.FOR_PROFIT_HEAD_OFFICE, True),
        (BusinessKind.NON_PROFIT, True),
        (BusinessKind.GOVERNMENT, False),
        (BusinessKind.FOREIGN_CORPORATION, True),
        (BusinessKind.FOR_PROFIT_BRANCH, True),
        (BusinessKind.RELIGIOUS_ORGANIZATION, False),
        (BusinessKind.INDIVIDUAL_TAX_EXEMPT, False),
    ],
)
def test_only_corporate_kinds_are_corporations(kind: BusinessKind, is_corporation: bool) -> None:
    assert kind.is_corporation is is_corporation


def test_every_kind_has_a_korean_and_an_english_label() -> None:
    assert all(kind.label_ko and kind.label_en for kind in BusinessKind)
    assert BusinessKind.FOR_PROFIT_HEAD_OFFICE.label_ko == "영리법인 본점"
    assert BusinessKind.INDIVIDUAL_TAX_EXEMPT.label_ko == "개인 면세사업자"


@pytest.mark.parametrize("code", [0, 100])
def test_kind_codes_outside_01_to_99_do_not_exist(code: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        BusinessKind.from_code(code)
