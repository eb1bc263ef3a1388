"""Display masks for personal data, in the conventions Korean services use.

The masks follow industry practice (not a statute): keep what a person needs to recognise
their own record and hide what would identify them to someone else. Every function either
returns a mask or raises `InvalidIdentifierError`; none ever returns its input unmasked.
"""

from __future__ import annotations

from koreakit import _text
from koreakit.errors import IdentifierErrorCode, InvalidIdentifierError


def mask_rrn(value: str) -> str:
    """Mask a 주민·외국인등록번호, keeping the birth date and the sex digit: "801210-1******".

    Only the shape (13 digits) is checked, so a stored number can be masked without
    re-validating it.
    """
    number = _text.compact(value)
    if len(number) != 13 or not _text.is_digits(number):
        raise InvalidIdentifierError(
            IdentifierErrorCode.RRN_FORMAT,
            "주민등록번호는 13자리 숫자여야 합니다.",
            "A resident registration number has exactly 13 digits.",
        )
    return f"{number[:6]}-{number[6]}******"


def mask_phone(national: str) -> str:
    """Mask the last four digits of a formatted number: "010-1234-5678" → "010-1234-****".

    Separators are kept. Use `koreakit.phone.mask` to mask raw input.
    """
    chars = list(national)
    digit_positions = [i for i, c in enumerate(chars) if c.isascii() and c.isdigit()]
    if len(digit_positions) < 8:
        raise InvalidIdentifierError(
            IdentifierErrorCode.PHONE_FORMAT,
            "전화번호가 너무 짧습니다.",
            "The telephone number is too short.",
        )
    for i in digit_positions[-4:]:
        chars[i] = "*"
    return "".join(chars)


def mask_email(value: str) -> str:
    """Keep up to two leading characters of the local part: "abcdef@example.com" → "ab***@…".

    Three asterisks whatever the length, so the mask does not reveal it. A one- or
    two-character local part keeps one character less than its length.
    """
    local, at, domain = value.strip().rpartition("@")
    if not at or not local or not domain or "@" in local:
        raise InvalidIdentifierError(
            IdentifierErrorCode.EMAIL_FORMAT,
            "이메일 주소 형식이 올바르지 않습니다.",
            "The e-mail address is malformed.",
        )
    keep = min(2, len(local) - 1)
    return f"{local[:keep]}***@{domain}"


def mask_name(value: str) -> str:
    """Keep the first and the last character.

    "홍길동" → "홍*동", "남궁민수" → "남**수", "김철" → "김*", a single character → "*".
    """
    name = value.strip()
    if not name:
        raise InvalidIdentifierError(
            IdentifierErrorCode.NAME_FORMAT,
            "이름이 비어 있습니다.",
            "The name is empty.",
        )
    if len(name) == 1:
        return "*"
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
