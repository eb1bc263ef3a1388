"""The one exception of `koreakit` and its machine-readable codes."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum


class IdentifierErrorCode(StrEnum):
    """Stable machine codes for identifier validation failures.

    A `StrEnum`, so each member also compares equal to its plain string (`"BRN_CHECK_DIGIT"`).
    """

    BRN_FORMAT = "BRN_FORMAT"
    """사업자등록번호: not 10 digits, or a part outside its range."""
    BRN_CHECK_DIGIT = "BRN_CHECK_DIGIT"
    """사업자등록번호: the 10th digit does not match the checksum."""
    CORPNO_FORMAT = "CORPNO_FORMAT"
    """법인등록번호: not 13 digits."""
    CORPNO_CHECK_DIGIT = "CORPNO_CHECK_DIGIT"
    """법인등록번호: the 13th digit does not match the checksum."""
    RRN_FORMAT = "RRN_FORMAT"
    """주민·외국인등록번호: not 13 digits."""
    RRN_BIRTH_DATE = "RRN_BIRTH_DATE"
    """주민·외국인등록번호: the first 6 digits are not a real, past birth date."""
    RRN_NOT_FOREIGNER = "RRN_NOT_FOREIGNER"
    """외국인등록번호 expected, but the 7th digit is not 5–8."""
    PHONE_FORMAT = "PHONE_FORMAT"
    """Not a dialable Korean telephone number."""
    PHONE_NOT_KOREAN = "PHONE_NOT_KOREAN"
    """A valid telephone number, but not a Korean (+82) one."""
    POSTAL_FORMAT = "POSTAL_FORMAT"
    """우편번호: not 5 digits."""
    POSTAL_REGION = "POSTAL_REGION"
    """우편번호: the first two digits are outside 01–63."""
    EMAIL_FORMAT = "EMAIL_FORMAT"
    """Not an e-mail address of the form local@domain."""
    NAME_FORMAT = "NAME_FORMAT"
    """An empty name."""


class InvalidIdentifierError(ValueError):
    """An identifier failed validation.

    Messages never repeat the rejected value, so the error is safe to log even when the value is
    a resident registration number.

    Attributes:
        code: stable machine code; branch on this, never on the messages.
        message_ko: the message for Korean-speaking users.
        message_en: the message in English; also `str(error)`.
    """

    def __init__(self, code: IdentifierErrorCode, message_ko: str, message_en: str) -> None:
        super().__init__(code, message_ko, message_en)
        self.code = code
        self.message_ko = message_ko
        self.message_en = message_en

    def __str__(self) -> str:
        return self.message_en


def accepts(check: Callable[[str], object], value: str) -> bool:
    """Whether ``check`` (a ``validate`` or ``parse`` function) accepts ``value``."""
    try:
        check(value)
    except InvalidIdentifierError:
        return False
    return True
