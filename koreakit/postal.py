"""우편번호: the 5-digit 국가기초구역번호 used since 2015-08-01.

Digits 1–2 are the 시·도 (01–63, `region`), digit 3 the 시·군·자치구, digits 4–5 a serial
assigned from north-west to south-east. The older 6-digit codes (123-456) are refused.
"""

from __future__ import annotations

from koreakit.errors import IdentifierErrorCode, InvalidIdentifierError, accepts

_REGIONS: tuple[tuple[int, int, str], ...] = (
    (1, 9, "서울"),
    (10, 20, "경기"),
    (21, 23, "인천"),
    (24, 26, "강원"),
    (27, 29, "충북"),
    (30, 30, "세종"),
    (31, 33, "충남"),
    (34, 35, "대전"),
    (36, 40, "경북"),
    (41, 43, "대구"),
    (44, 45, "울산"),
    (46, 49, "부산"),
    (50, 53, "경남"),
    (54, 56, "전북"),
    (57, 60, "전남"),
    (61, 62, "광주"),
    (63, 63, "제주"),
)
"""(first, last, region) over the first two digits, as published by 우정사업본부."""


def validate(value: str) -> str:
    """Check the shape and the region prefix; return the 5 digits.

    Raises:
        InvalidIdentifierError: `POSTAL_FORMAT` (not 5 digits) or `POSTAL_REGION` (prefix
            outside 01–63).
    """
    code = _five_digits(value)
    _region_of(code)
    return code


def is_valid(value: str) -> bool:
    """Whether `validate` would accept `value`."""
    return accepts(validate, value)


def region(value: str) -> str:
    """Validate and return the 시·도 ("서울", "경기", …, "제주") from the first two digits."""
    return _region_of(_five_digits(value))


def _five_digits(value: str) -> str:
    code = value.strip()
    if len(code) != 5 or not (code.isascii() and code.isdigit()):
        raise InvalidIdentifierError(
            IdentifierErrorCode.POSTAL_FORMAT,
            "우편번호는 5자리 숫자여야 합니다(6자리 옛 우편번호는 2015년 8월부터 쓰이지 않습니다).",
            "A postal code has exactly 5 digits (the old 6-digit codes were retired in August "
            "2015).",
        )
    return code


def _region_of(code: str) -> str:
    prefix = int(code[:2])
    for first, last, name in _REGIONS:
        if first <= prefix <= last:
            return name
    raise InvalidIdentifierError(
        IdentifierErrorCode.POSTAL_REGION,
        "우편번호의 앞 두 자리는 01~63이어야 합니다.",
        "A postal code starts with 01 to 63.",
    )
