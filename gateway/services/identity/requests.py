"""What the schema hands the identity use cases, and the early checks made on it.

The checks give instant feedback on what the provider would refuse anyway (consents, formats,
the 7th digit's century); the provider stays the authority on everything else.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date

from connectors.identity import (
    CardIssuer,
    Carrier,
    IdentityConsents,
    PhoneConsents,
    PhoneMethod,
    SimpleAuthProvider,
)
from gateway.errors import UserError
from gateway.messages.identity import IdentityErrorCode as Code
from gateway.services.identity.refusals import camel
from koreakit import phone
from koreakit.errors import InvalidIdentifierError


@dataclass(frozen=True)
class PhoneRequest:
    """휴대폰 본인확인: ``method`` is the channel (PASS or SMS)."""

    carrier: Carrier
    method: PhoneMethod
    name: str
    birth_date: date
    sex_digit: str
    phone: str
    consents: PhoneConsents


@dataclass(frozen=True)
class CardRequest:
    """카드본인확인; the card's details stay out of ``repr``."""

    issuer: CardIssuer
    card_number: str = field(repr=False)
    expiry: str = field(repr=False)
    password_2: str = field(repr=False)
    name: str
    birth_date: date
    sex_digit: str
    consents: IdentityConsents


@dataclass(frozen=True)
class SimpleAuthRequest:
    """간편인증 through ``provider``'s app on the person's phone."""

    provider: SimpleAuthProvider
    name: str
    birth_date: date
    phone: str
    consents: IdentityConsents


@dataclass(frozen=True)
class StartRequest:
    """Exactly one of ``phone``, ``card`` and ``simple_auth``; ``agency`` the relying flow."""

    agency: str | None
    phone: PhoneRequest | None = None
    card: CardRequest | None = None
    simple_auth: SimpleAuthRequest | None = None


CENTURIES = dict.fromkeys("1256", 1900) | dict.fromkeys("3478", 2000)
EXPIRY = r"(0[1-9]|1[0-2])[0-9]{2}"


def require_consents(consents: PhoneConsents | IdentityConsents, path: list[str]) -> None:
    for consent in dataclasses.fields(consents):
        if getattr(consents, consent.name) is not True:
            raise UserError(Code.CONSENT_REQUIRED, field=[*path, "consents", camel(consent.name)])


def valid_name(name: str, path: list[str]) -> str:
    if not name.strip():
        raise UserError(Code.INVALID_NAME, field=[*path, "name"])
    return name.strip()


def mobile_digits(value: str, path: list[str]) -> str:
    try:
        parsed = phone.parse(value)
    except InvalidIdentifierError:
        parsed = None
    if parsed is None or parsed.kind is not phone.PhoneKind.MOBILE:
        raise UserError(Code.INVALID_PHONE, field=[*path, "phone"])
    return parsed.national.replace("-", "")


def yymmdd(birth_date: date, sex_digit: str, path: list[str]) -> str:
    """YYMMDD, once the 7th digit's century agrees with the birth year (1, 2, 5, 6: 1900s;
    3, 4, 7, 8: 2000s)."""
    century = CENTURIES.get(sex_digit)
    if century is None:
        raise UserError(Code.INVALID_BIRTH_DATE, field=[*path, "sexDigit"])
    if birth_date.year // 100 * 100 != century:
        raise UserError(Code.INVALID_BIRTH_DATE, field=[*path, "birthDate"])
    return birth_date.strftime("%y%m%d")


def card_number(value: str, path: list[str]) -> str:
    digits = re.sub(r"[ -]", "", value)
    if not (digits.isascii() and digits.isdigit() and 15 <= len(digits) <= 16 and luhn(digits)):
        raise UserError(Code.INVALID_CARD_NUMBER, field=[*path, "cardNumber"])
    return digits


def luhn(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        doubled = int(char) * (2 if position % 2 else 1)
        total += doubled - 9 if doubled > 9 else doubled
    return total % 10 == 0


def matching(pattern: str, value: str, code: Code, field: list[str]) -> str:
    if not re.fullmatch(pattern, value):
        raise UserError(code, field=field)
    return value


def code_digits(code: str | None) -> str:
    if code is None or not re.fullmatch(r"[0-9]{6}", code):
        raise UserError(Code.INVALID_CODE, field=["input", "code"])
    return code
