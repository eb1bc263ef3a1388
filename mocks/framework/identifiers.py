"""Identifiers the mocks mint (public ids) or normalise (mobile numbers)."""

from __future__ import annotations

import secrets

from koreakit import phone
from koreakit.errors import InvalidIdentifierError


def new_id(prefix: str) -> str:
    """A random public id: "phv_3k9…"."""
    return f"{prefix}_{secrets.token_urlsafe(16)}"


def mobile_digits(value: str) -> str:
    """ "010-1234-5678" or "+82 10-1234-5678" → "01012345678".

    Raises:
        ValueError: not a Korean mobile number.
    """
    try:
        parsed = phone.parse(value)
    except InvalidIdentifierError as error:
        raise ValueError(error.message_en) from None
    if parsed.kind is not phone.PhoneKind.MOBILE:
        raise ValueError("not a mobile number")
    return parsed.digits
