"""Field checks both sign-up and résumés use: mobile numbers, e-mail addresses, required items."""

from __future__ import annotations

import re

from mocks.framework import identifiers
from mocks.kosme.errors import KosmeError, required
from mocks.kosme.messages import KosmeErrorCode

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def mobile_digits(value: str, field: str, label: str) -> str:
    """A mobile number as national digits ("01012345678").

    Raises:
        KosmeError: REQUIRED when empty, INVALID_PHONE when not a mobile number.
    """
    if not value.strip():
        raise required(field, label)
    try:
        return identifiers.mobile_digits(value)
    except ValueError:
        raise KosmeError(400, KosmeErrorCode.INVALID_PHONE, field=field) from None


def email(value: str, field: str) -> str:
    """An optional e-mail address (empty allowed). Raises: KosmeError INVALID_EMAIL."""
    value = value.strip()
    if value and not _EMAIL.match(value):
        raise KosmeError(400, KosmeErrorCode.INVALID_EMAIL, field=field)
    return value


def present(value: str | None, field: str, label: str) -> str:
    """A required text item, stripped. Raises: KosmeError REQUIRED."""
    if value is None or not value.strip():
        raise required(field, label)
    return value.strip()


SNS_PROVIDERS = ("naver", "kakao", "facebook")
"""The SNS the manual names for SNS 회원가입 (네이버, 카카오, 페이스북)."""
_SPACES = re.compile(r"\s+")


def sns_provider(value: str) -> str:
    """Raises: KosmeError 400 UNKNOWN_PROVIDER."""
    if value not in SNS_PROVIDERS:
        raise KosmeError(400, KosmeErrorCode.UNKNOWN_PROVIDER, field="provider")
    return value


def same_name(given: str, registered: str) -> bool:
    """Names match ignoring spaces and letter case ("홍 길동" = "홍길동", "john smith")."""
    return _SPACES.sub("", given).casefold() == _SPACES.sub("", registered).casefold()
