"""주민등록번호 (resident registration number) and 외국인등록번호 (foreigner registration number).

Both are `YYMMDD-GXXXXXX`, 13 digits: a birth date, then G, which codes century, sex and
citizenship:

| G | century | sex | holder |
|---|---|---|---|
| 9, 0 | 1800s | male, female | citizen |
| 1, 2 | 1900s | male, female | citizen |
| 3, 4 | 2000s | male, female | citizen |
| 5, 6 | 1900s | male, female | foreigner |
| 7, 8 | 2000s | male, female | foreigner |

Numbers assigned before 2020-10-05 end with a region code, a serial and a check digit (weights
2,3,4,5,6,7,8,9,2,3,4,5; check = (11 − sum mod 11) mod 10). Numbers assigned since — at birth,
naturalisation or a change of number, so with any birth date — carry six random digits after G,
and the foreigner checksum was never published. The checksum is therefore only reported
(`ResidentNumber.checksum_ok`), never a reason to reject.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from koreakit import _text, masking
from koreakit.errors import IdentifierErrorCode, InvalidIdentifierError

_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
_CENTURY = dict.fromkeys("90", 1800) | dict.fromkeys("1256", 1900) | dict.fromkeys("3478", 2000)
_TERMS = {False: ("주민등록번호", "resident"), True: ("외국인등록번호", "foreigner")}
_KST = dt.timezone(dt.timedelta(hours=9), "KST")


class Sex(Enum):
    """The sex coded by the 7th digit: odd male, even female."""

    MALE = "male"
    """남."""
    FEMALE = "female"
    """여."""


@dataclass(frozen=True, repr=False)
class ResidentNumber:
    """A 주민·외국인등록번호 that passed `validate`.

    `str()` and `repr()` show only the masked form; read `number` deliberately when the full
    number must go to an agency.
    """

    number: str = field(repr=False)
    """The 13 compact digits."""
    birth_date: dt.date
    sex: Sex
    is_foreigner: bool
    """True for 외국인등록번호 (7th digit 5–8)."""
    checksum_ok: bool
    """Whether the legacy check digit matches. Advisory only: False is normal for numbers
    assigned since October 2020 and for many foreigner numbers."""

    def masked(self) -> str:
        """The birth date and the sex digit, the rest hidden: "801210-1******"."""
        return masking.mask_rrn(self.number)

    def __str__(self) -> str:
        return self.masked()

    def __repr__(self) -> str:
        return (
            f"ResidentNumber({self.masked()!r}, sex={self.sex.value}, "
            f"is_foreigner={self.is_foreigner}, checksum_ok={self.checksum_ok})"
        )


def validate(value: str, *, today: dt.date | None = None) -> ResidentNumber:
    """Parse a 주민등록번호 or 외국인등록번호 (hyphen and spaces allowed).

    Args:
        value: the number as entered.
        today: the date a birth date may not be after; defaults to today in Korea.

    Raises:
        InvalidIdentifierError: `RRN_FORMAT` (not 13 digits) or `RRN_BIRTH_DATE` (not a real
            date, or in the future).
    """
    return _parse(value, today or _today_in_korea(), foreigner=False)


def validate_foreigner(value: str, *, today: dt.date | None = None) -> ResidentNumber:
    """Like `validate`, but require a 외국인등록번호 (7th digit 5–8).

    Raises:
        InvalidIdentifierError: as `validate`, or `RRN_NOT_FOREIGNER`.
    """
    resident = _parse(value, today or _today_in_korea(), foreigner=True)
    if not resident.is_foreigner:
        raise InvalidIdentifierError(
            IdentifierErrorCode.RRN_NOT_FOREIGNER,
            "외국인등록번호가 아닙니다(뒷자리 첫 숫자가 5~8이어야 합니다).",
            "This is not a foreigner registration number: its 7th digit must be 5 to 8.",
        )
    return resident


def mask(value: str) -> str:
    """Mask as "801210-1******"; checks only the shape (13 digits) and never echoes the tail."""
    return masking.mask_rrn(value)


def check_digit(first12: str) -> int:
    """The legacy check digit for the first 12 digits (hyphen and spaces allowed).

    Only numbers assigned before October 2020 carry it; see the module docstring.
    """
    digits = _text.compact(first12)
    if len(digits) != 12 or not _text.is_digits(digits):
        raise InvalidIdentifierError(
            IdentifierErrorCode.RRN_FORMAT,
            "검증번호 계산에는 주민등록번호 앞 12자리 숫자가 필요합니다.",
            "Computing the check digit needs the first 12 digits of a resident registration "
            "number.",
        )
    total = sum(int(c) * w for c, w in zip(digits, _WEIGHTS, strict=True))
    return (11 - total % 11) % 10


def _today_in_korea() -> dt.date:
    return dt.datetime.now(_KST).date()


def _parse(value: str, today: dt.date, *, foreigner: bool) -> ResidentNumber:
    term_ko, term_en = _TERMS[foreigner]
    number = _text.compact(value)
    if len(number) != 13 or not _text.is_digits(number):
        raise InvalidIdentifierError(
            IdentifierErrorCode.RRN_FORMAT,
            f"{term_ko}는 13자리 숫자여야 합니다(하이픈과 공백은 허용).",
            f"A {term_en} registration number has exactly 13 digits (hyphens and spaces allowed).",
        )
    g = number[6]
    return ResidentNumber(
        number=number,
        birth_date=_birth_date(number, today, term_ko, term_en),
        sex=Sex.MALE if int(g) % 2 == 1 else Sex.FEMALE,
        is_foreigner=g in "5678",
        checksum_ok=check_digit(number[:12]) == int(number[12]),
    )


def _birth_date(number: str, today: dt.date, term_ko: str, term_en: str) -> dt.date:
    year = _CENTURY[number[6]] + int(number[:2])
    try:
        born = dt.date(year, int(number[2:4]), int(number[4:6]))
    except ValueError:
        raise InvalidIdentifierError(
            IdentifierErrorCode.RRN_BIRTH_DATE,
            f"{term_ko} 앞 6자리가 올바른 생년월일이 아닙니다.",
            f"The first 6 digits of the {term_en} registration number are not a real date.",
        ) from None
    if born > today:
        raise InvalidIdentifierError(
            IdentifierErrorCode.RRN_BIRTH_DATE,
            f"{term_ko}의 생년월일이 미래입니다(뒷자리 첫 숫자로 정해지는 세기를 확인하세요).",
            f"The {term_en} registration number's birth date is in the future "
            "(check the 7th digit, which sets the century).",
        )
    return born
