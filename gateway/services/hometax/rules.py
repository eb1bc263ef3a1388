"""Early checks of the application form, so a client learns at once what Hometax would refuse
(Hometax checks again: it is the authority)."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from gateway.errors import UserError
from gateway.messages.hometax import HometaxErrorCode as Code

PASSWORD_SPECIALS: Final = "~!@#$%^&*+"
"""Seed 004: 숫자 키보드 위의 특수문자[~!@#$%^&*~+] 만 가능합니다."""
_USER_ID: Final = re.compile(r"[A-Za-z0-9._]{6,20}")
_LETTER, _DIGIT = re.compile(r"[A-Za-z]"), re.compile(r"[0-9]")
_SPECIAL: Final = re.compile(rf"[{re.escape(PASSWORD_SPECIALS)}]")
_ALLOWED: Final = re.compile(rf"[A-Za-z0-9{re.escape(PASSWORD_SPECIALS)}]*")


def check_user_id(user_id: str, field: list[str]) -> str:
    """6–20 of letters, digits, ``.`` and ``_``, with at least one English letter."""
    if not _USER_ID.fullmatch(user_id) or not _LETTER.search(user_id):
        raise UserError(Code.INVALID_USER_ID, field=field)
    return user_id


def check_password(password: str, confirmation: str, field: list[str], confirm: list[str]) -> None:
    """9–15 characters combining letters, digits and ``~!@#$%^&*+``; confirmation equal."""
    if not password:
        raise UserError(Code.PASSWORD_REQUIRED, field=field)
    if not _ALLOWED.fullmatch(password):
        raise UserError(Code.INVALID_PASSWORD_CHARACTER, field=field)
    if not 9 <= len(password) <= 15:
        raise UserError(Code.INVALID_PASSWORD_LENGTH, field=field)
    if not (_LETTER.search(password) and _DIGIT.search(password) and _SPECIAL.search(password)):
        raise UserError(Code.INVALID_PASSWORD_COMBINATION, field=field)
    if confirmation != password:
        raise UserError(Code.PASSWORD_MISMATCH, field=confirm)


def check_birth_date(yyyymmdd: str, field: list[str]) -> str:
    """대표자 생년월일: a real date, ``YYYYMMDD`` (hyphens and dots allowed when typed)."""
    digits = yyyymmdd.replace("-", "").replace(".", "").strip()
    try:
        if len(digits) != 8 or not digits.isdigit():
            raise ValueError(digits)
        date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        raise UserError(Code.INVALID_BIRTH_DATE, field=field) from None
    return digits


def require_text(value: str, field: list[str], name: str, name_en: str) -> str:
    """A required free-text field, trimmed."""
    if not value.strip():
        raise UserError(Code.NAME_REQUIRED, field=field, name=name, name_en=name_en)
    return value.strip()
