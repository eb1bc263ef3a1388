"""The application form's rules (seed 004 step 4): user ID, password, phones, e-mail.

Each check raises `HometaxError` naming the form field it concerns.
"""

from __future__ import annotations

import re
from typing import Final

from koreakit import phone
from koreakit.errors import InvalidIdentifierError
from mocks.framework.identifiers import mobile_digits
from mocks.hometax.errors import HometaxError
from mocks.hometax.messages import PASSWORD_SPECIALS, USER_ID_SPECIALS
from mocks.hometax.messages import HometaxErrorCode as C

_USER_ID: Final = re.compile(rf"[A-Za-z0-9{re.escape(USER_ID_SPECIALS)}]{{6,20}}")
_LETTER: Final = re.compile(r"[A-Za-z]")
_DIGIT: Final = re.compile(r"[0-9]")
_ALLOWED_PASSWORD: Final = re.compile(rf"[A-Za-z0-9{re.escape(PASSWORD_SPECIALS)}]*")
_SPECIAL: Final = re.compile(rf"[{re.escape(PASSWORD_SPECIALS)}]")
_EMAIL: Final = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


def check_user_id(user_id: str, field: str = "user_id") -> str:
    """영문(대소문자구분됨) 또는 영문 숫자 특수문자 조합, 6~20자리: at least one letter."""
    if not _USER_ID.fullmatch(user_id) or not _LETTER.search(user_id):
        raise HometaxError(422, C.INVALID_USER_ID, field=field)
    return user_id


def check_password(password: str, confirmation: str, field: str = "password") -> str:
    """9–15 characters combining letters, digits and the specials ~!@#$%^&*+; the
    confirmation must match."""
    if not password:
        raise HometaxError(422, C.PASSWORD_REQUIRED, field=field)
    if not _ALLOWED_PASSWORD.fullmatch(password):
        raise HometaxError(422, C.INVALID_PASSWORD_CHARACTER, field=field)
    if not 9 <= len(password) <= 15:
        raise HometaxError(422, C.INVALID_PASSWORD_LENGTH, field=field)
    if not (_LETTER.search(password) and _DIGIT.search(password) and _SPECIAL.search(password)):
        raise HometaxError(422, C.INVALID_PASSWORD_COMBINATION, field=field)
    if confirmation != password:
        raise HometaxError(422, C.PASSWORD_MISMATCH, field=f"{field}_confirmation")
    return password


def check_mobile(value: str) -> str:
    """휴대전화번호 (required): "01012345678"."""
    try:
        return mobile_digits(value)
    except ValueError:
        raise HometaxError(422, C.INVALID_MOBILE, field="mobile") from None


def check_phone(value: str | None) -> str | None:
    """전화번호 (optional): any Korean number, kept as digits."""
    if value is None or not value.strip():
        return None
    try:
        parsed = phone.parse(value)
    except InvalidIdentifierError:
        raise HometaxError(422, C.INVALID_PHONE, field="phone") from None
    return parsed.digits


def check_email(value: str) -> str:
    """이메일주소 (required)."""
    email = value.strip()
    if len(email) > 200 or not _EMAIL.fullmatch(email):
        raise HometaxError(422, C.INVALID_EMAIL, field="email")
    return email


def check_department(value: str | None) -> str | None:
    """부서명 (optional), at most 50 characters."""
    department = (value or "").strip()
    if len(department) > 50:
        raise HometaxError(422, C.INVALID_DEPARTMENT, field="department")
    return department or None


def national(digits: str | None) -> str | None:
    """ "0212344567" → "02-1234-4567"."""
    return None if digits is None else phone.parse(digits).national
