"""Korean telephone numbers, parsed with `phonenumbers` (region KR).

Accepted input: digits with spaces, hyphens, dots or parentheses, optionally starting with
`+82` (`82…` and a missing trunk 0 are tolerated as `phonenumbers` does). Letters, `tel:` URIs
and extensions are refused. 010 mobile numbers must have 8 digits after 010; the older
3-digit exchanges exist only on the legacy 011/016/017/018/019 prefixes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from koreakit import masking
from koreakit.errors import IdentifierErrorCode, InvalidIdentifierError, accepts

_ALLOWED = re.compile(r"\+?[0-9 ().-]+")

_AREAS = {
    "02": "서울",
    "031": "경기",
    "032": "인천",
    "033": "강원",
    "041": "충남",
    "042": "대전",
    "043": "충북",
    "044": "세종",
    "051": "부산",
    "052": "울산",
    "053": "대구",
    "054": "경북",
    "055": "경남",
    "061": "전남",
    "062": "광주",
    "063": "전북",
    "064": "제주",
}
"""지역번호 → region, since the 2000-07 consolidation (광명·과천 use 02, 부천 032)."""


class PhoneKind(Enum):
    """What kind of line the number belongs to."""

    MOBILE = "mobile"
    """휴대전화 (010, legacy 011/016/017/018/019)."""
    LANDLINE = "landline"
    """유선전화 with a 지역번호 (02, 031 … 064)."""
    VOIP = "voip"
    """인터넷전화 (070)."""
    OTHER = "other"
    """대표번호 (15xx, 16xx, 18xx), 080 수신자부담, 050x 안심번호 and the like."""


_KIND_BY_TYPE = {
    PhoneNumberType.MOBILE: PhoneKind.MOBILE,
    PhoneNumberType.FIXED_LINE: PhoneKind.LANDLINE,
    PhoneNumberType.VOIP: PhoneKind.VOIP,
}


@dataclass(frozen=True)
class PhoneNumber:
    """A valid Korean telephone number."""

    e164: str
    """"+821012345678"."""
    national: str
    """Hyphenated national form: "010-1234-5678", "02-123-4567", "031-1234-5678"."""
    kind: PhoneKind
    area_code: str | None
    """지역번호 ("02", "031", …) for landlines, else None."""
    area: str | None
    """Region of the 지역번호 ("서울", "경기", …) for landlines, else None."""

    @property
    def digits(self) -> str:
        """The national number as digits only, as Korean systems store it: "01012345678"."""
        return "0" + self.e164.removeprefix("+82")

    def masked(self) -> str:
        """The national form with its last four digits hidden: "010-1234-****"."""
        return masking.mask_phone(self.national)


def parse(value: str) -> PhoneNumber:
    """Parse and validate a Korean telephone number.

    Raises:
        InvalidIdentifierError: `PHONE_FORMAT` (malformed, or not an assigned Korean range) or
            `PHONE_NOT_KOREAN` (a valid number of another country).
    """
    text = value.strip()
    if not _ALLOWED.fullmatch(text):
        raise _format_error()
    try:
        number = phonenumbers.parse(text, "KR")
    except NumberParseException:
        raise _format_error() from None
    if number.country_code != 82:
        if phonenumbers.is_valid_number(number):
            raise InvalidIdentifierError(
                IdentifierErrorCode.PHONE_NOT_KOREAN,
                "대한민국(+82) 전화번호가 아닙니다.",
                "This is not a Korean (+82) telephone number.",
            )
        raise _format_error()
    national_digits = phonenumbers.national_significant_number(number)
    if not phonenumbers.is_valid_number(number) or _is_short_010(national_digits):
        raise _format_error()
    kind = _KIND_BY_TYPE.get(phonenumbers.number_type(number), PhoneKind.OTHER)
    area_code = _area_code(national_digits) if kind is PhoneKind.LANDLINE else None
    return PhoneNumber(
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        national=_national(number, national_digits),
        kind=kind,
        area_code=area_code,
        area=_AREAS.get(area_code) if area_code else None,
    )


def is_valid(value: str) -> bool:
    """Whether `parse` would accept `value`."""
    return accepts(parse, value)


def mask(value: str) -> str:
    """Parse, then hide the last four digits: "01012345678" → "010-1234-****"."""
    return parse(value).masked()


def _is_short_010(national_digits: str) -> bool:
    # phonenumbers still accepts 010-XXX-XXXX; every 010 number in use has 8 digits after 010.
    return national_digits.startswith("10") and len(national_digits) != 10


def _area_code(national_digits: str) -> str:
    return "02" if national_digits.startswith("2") else "0" + national_digits[:2]


def _national(number: phonenumbers.PhoneNumber, national_digits: str) -> str:
    if national_digits.startswith("50"):
        # 050x 안심번호 are written 0505-123-4567; phonenumbers splits them as 050-5123-4567.
        rest = national_digits[3:]
        return f"0{national_digits[:3]}-{rest[:-4]}-{rest[-4:]}"
    return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)


def _format_error() -> InvalidIdentifierError:
    return InvalidIdentifierError(
        IdentifierErrorCode.PHONE_FORMAT,
        "올바른 전화번호가 아닙니다(예: 010-1234-5678, 02-123-4567).",
        "This is not a valid Korean telephone number (e.g. 010-1234-5678, 02-123-4567).",
    )
