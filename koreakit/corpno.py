"""법인등록번호 (corporate registration number): `XXXXXX-XXXXXXC`, 13 digits.

Issued by the court registry to every registered corporation. Digits 1–4 are the registry
office, 5–6 the kind of corporation, 7–12 a serial number and 13 a check digit: weights
alternating 1, 2 over the first 12 digits (products summed as they are, not digit by digit),
check = (10 − sum mod 10) mod 10.
"""

from __future__ import annotations

from koreakit import _text
from koreakit.errors import IdentifierErrorCode, InvalidIdentifierError, accepts

_WEIGHTS = (1, 2) * 6


def compact(value: str) -> str:
    """Strip spaces, hyphens and surrounding whitespace: "110111-1611056" → "1101111611056"."""
    return _text.compact(value)


def check_digit(first12: str) -> int:
    """The check digit for the first 12 digits (spaces and hyphens allowed)."""
    digits = compact(first12)
    if len(digits) != 12 or not _text.is_digits(digits):
        raise _format_error(
            "검증번호 계산에는 법인등록번호 앞 12자리 숫자가 필요합니다.",
            "Computing the check digit needs the first 12 digits of a corporate registration "
            "number.",
        )
    total = sum(int(c) * w for c, w in zip(digits, _WEIGHTS, strict=True))
    return (10 - total % 10) % 10


def validate(value: str) -> str:
    """Check the shape and the check digit; return the 13 compact digits.

    Raises:
        InvalidIdentifierError: `CORPNO_FORMAT` or `CORPNO_CHECK_DIGIT`.
    """
    number = compact(value)
    if len(number) != 13 or not _text.is_digits(number):
        raise _format_error(
            "법인등록번호는 13자리 숫자여야 합니다(하이픈과 공백은 허용).",
            "A corporate registration number has exactly 13 digits (hyphens and spaces allowed).",
        )
    if int(number[12]) != check_digit(number[:12]):
        raise InvalidIdentifierError(
            IdentifierErrorCode.CORPNO_CHECK_DIGIT,
            "법인등록번호의 검증번호가 올바르지 않습니다.",
            "The corporate registration number's check digit is wrong.",
        )
    return number


def is_valid(value: str) -> bool:
    """Whether `validate` would accept `value`."""
    return accepts(validate, value)


def format(value: str) -> str:
    """Validate and present as "110111-1611056"."""
    number = validate(value)
    return f"{number[:6]}-{number[6:]}"


def _format_error(message_ko: str, message_en: str) -> InvalidIdentifierError:
    return InvalidIdentifierError(IdentifierErrorCode.CORPNO_FORMAT, message_ko, message_en)
