"""사업자등록번호 (business registration number, BRN): `XXX-YY-ZZZZC`, 10 digits.

Digits 1–3 are the tax office (now assigned 101–999 in sequence), 4–5 the kind of business
(`BusinessKind`), 6–9 a serial number and 10 a check digit.

python-stdnum's `stdnum.kr.brn` normalises and checks the shape (10 digits, prefix ≥ 101,
kind ≠ 00, serial ≠ 0000) but does **not** verify the check digit, so `validate` adds it.
"""

from __future__ import annotations

import functools
from enum import Enum

from stdnum.exceptions import InvalidComponent, InvalidLength, ValidationError
from stdnum.kr import brn as _stdnum_brn

from koreakit import _text
from koreakit.errors import IdentifierErrorCode, InvalidIdentifierError, accepts

_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


class BusinessKind(Enum):
    """The kind of business coded by digits 4–5 (구분코드), as published by the NTS."""

    INDIVIDUAL_TAXABLE = "individual_taxable"
    """개인 과세사업자 (01–79)."""
    APARTMENT_OFFICE_OR_MULTILEVEL_SELLER = "apartment_office_or_multilevel_seller"
    """아파트관리사무소·다단계판매원 (80)."""
    FOR_PROFIT_HEAD_OFFICE = "for_profit_head_office"
    """영리법인 본점 (81, 86, 87, 88)."""
    NON_PROFIT = "non_profit"
    """비영리법인 본·지점, including 법인으로 보는 단체 (82)."""
    GOVERNMENT = "government"
    """국가·지방자치단체·지방자치단체조합 (83)."""
    FOREIGN_CORPORATION = "foreign_corporation"
    """외국법인 본·지점·연락사무소 (84)."""
    FOR_PROFIT_BRANCH = "for_profit_branch"
    """영리법인 지점 (85)."""
    RELIGIOUS_ORGANIZATION = "religious_organization"
    """법인 아닌 종교단체 (89)."""
    INDIVIDUAL_TAX_EXEMPT = "individual_tax_exempt"
    """개인 면세사업자 (90–99)."""

    @classmethod
    def from_code(cls, code: int) -> BusinessKind:
        """The kind for the two-digit code (1–99) in digits 4–5."""
        if not 1 <= code <= 99:
            raise ValueError(f"business kind code out of range 01-99: {code}")
        if code <= 79:
            return cls.INDIVIDUAL_TAXABLE
        if code >= 90:
            return cls.INDIVIDUAL_TAX_EXEMPT
        return _KIND_BY_CODE[code]

    @property
    def label_ko(self) -> str:
        """The Korean label, e.g. "영리법인 본점"."""
        return _LABELS[self][0]

    @property
    def label_en(self) -> str:
        """The English label, e.g. "For-profit corporation (head office)"."""
        return _LABELS[self][1]

    @property
    def is_corporation(self) -> bool:
        """Whether the holder is a corporation (법인): codes 81, 82, 84–88.

        83 (the state and local governments) is not counted: those bodies hold a 고유번호 rather
        than a registered corporation's 법인등록번호.
        """
        return self in _CORPORATIONS


_KIND_BY_CODE: dict[int, BusinessKind] = {
    80: BusinessKind.APARTMENT_OFFICE_OR_MULTILEVEL_SELLER,
    81: BusinessKind.FOR_PROFIT_HEAD_OFFICE,
    82: BusinessKind.NON_PROFIT,
    83: BusinessKind.GOVERNMENT,
    84: BusinessKind.FOREIGN_CORPORATION,
    85: BusinessKind.FOR_PROFIT_BRANCH,
    86: BusinessKind.FOR_PROFIT_HEAD_OFFICE,
    87: BusinessKind.FOR_PROFIT_HEAD_OFFICE,
    88: BusinessKind.FOR_PROFIT_HEAD_OFFICE,
    89: BusinessKind.RELIGIOUS_ORGANIZATION,
}

_LABELS: dict[BusinessKind, tuple[str, str]] = {
    BusinessKind.INDIVIDUAL_TAXABLE: ("개인 과세사업자", "Individual business (taxable)"),
    BusinessKind.APARTMENT_OFFICE_OR_MULTILEVEL_SELLER: (
        "아파트관리사무소·다단계판매원",
        "Apartment management office or multi-level marketing seller",
    ),
    BusinessKind.FOR_PROFIT_HEAD_OFFICE: ("영리법인 본점", "For-profit corporation (head office)"),
    BusinessKind.NON_PROFIT: ("비영리법인", "Non-profit corporation"),
    BusinessKind.GOVERNMENT: ("국가·지방자치단체", "State or local government"),
    BusinessKind.FOREIGN_CORPORATION: ("외국법인", "Foreign corporation"),
    BusinessKind.FOR_PROFIT_BRANCH: ("영리법인 지점", "For-profit corporation (branch)"),
    BusinessKind.RELIGIOUS_ORGANIZATION: (
        "법인 아닌 종교단체",
        "Unincorporated religious organisation",
    ),
    BusinessKind.INDIVIDUAL_TAX_EXEMPT: ("개인 면세사업자", "Individual business (tax-exempt)"),
}

_CORPORATIONS = frozenset(
    {
        BusinessKind.FOR_PROFIT_HEAD_OFFICE,
        BusinessKind.NON_PROFIT,
        BusinessKind.FOREIGN_CORPORATION,
        BusinessKind.FOR_PROFIT_BRANCH,
    }
)


def compact(value: str) -> str:
    """Strip spaces, hyphens and surrounding whitespace: " 120-82-00275 " → "1208200275".

    Unicode dashes and full-width digits are first mapped to ASCII (python-stdnum's `clean`).
    """
    if value.isascii() and value.isdigit():  # already compact: clean() would change nothing
        return value
    return _stdnum_brn.compact(value)


def check_digit(first9: str) -> int:
    """The check digit for the first nine digits (spaces and hyphens allowed).

    Weights 1,3,7,1,3,7,1,3,5 over the nine digits, plus ⌊5·d9 / 10⌋; the check digit is
    (10 − sum mod 10) mod 10.
    """
    digits = compact(first9)
    if len(digits) != 9 or not _text.is_digits(digits):
        raise _format_error(
            "검증번호 계산에는 사업자등록번호 앞 9자리 숫자가 필요합니다.",
            "Computing the check digit needs the first 9 digits of a business registration number.",
        )
    values = [int(c) for c in digits]
    total = sum(v * w for v, w in zip(values, _WEIGHTS, strict=True)) + values[8] * 5 // 10
    return (10 - total % 10) % 10


def validate(value: str) -> str:
    """Check the shape and the check digit; return the 10 compact digits.

    Raises:
        InvalidIdentifierError: `BRN_FORMAT` or `BRN_CHECK_DIGIT`.
    """
    return _validated(value)


@functools.lru_cache(maxsize=4096)
def _validated(value: str) -> str:
    """`validate`, remembered for the numbers seen most (business numbers are public; a
    request asks the scalar, the kind and the formatted number of the same one)."""
    number = compact(value)
    try:
        _stdnum_brn.validate(number)
    except InvalidLength:
        raise _format_error(
            "사업자등록번호는 10자리 숫자여야 합니다.",
            "A business registration number has exactly 10 digits.",
        ) from None
    except InvalidComponent:
        raise _format_error(
            "사업자등록번호의 세무서 코드(101 이상), 구분코드(00 제외) 또는 "
            "일련번호(0000 제외)가 올바르지 않습니다.",
            "The business registration number's tax office code (101 or above), business kind "
            "(not 00) or serial number (not 0000) is out of range.",
        ) from None
    except ValidationError:
        raise _format_error(
            "사업자등록번호는 숫자로만 이루어져야 합니다(하이픈과 공백은 허용).",
            "A business registration number may contain only digits, hyphens and spaces.",
        ) from None
    if int(number[9]) != check_digit(number[:9]):
        raise InvalidIdentifierError(
            IdentifierErrorCode.BRN_CHECK_DIGIT,
            "사업자등록번호의 검증번호가 올바르지 않습니다.",
            "The business registration number's check digit is wrong.",
        )
    return number


def is_valid(value: str) -> bool:
    """Whether `validate` would accept `value`."""
    return accepts(validate, value)


def format(value: str) -> str:
    """Validate and present as "123-45-67890"."""
    return _stdnum_brn.format(validate(value))


def business_kind(value: str) -> BusinessKind:
    """Validate and return the kind of business coded by digits 4–5."""
    return BusinessKind.from_code(int(validate(value)[3:5]))


def _format_error(message_ko: str, message_en: str) -> InvalidIdentifierError:
    return InvalidIdentifierError(IdentifierErrorCode.BRN_FORMAT, message_ko, message_en)
