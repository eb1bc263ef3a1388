"""우편번호: five digits whose first two name the 시·도."""

from __future__ import annotations

import pytest

from koreakit import postal
from koreakit.errors import IdentifierErrorCode, InvalidIdentifierError


@pytest.mark.parametrize(
    ("code", "region"),
    [
        ("01000", "서울"),
        ("03187", "서울"),
        ("09999", "서울"),
        ("10000", "경기"),
        ("20999", "경기"),
        ("21000", "인천"),
        ("26000", "강원"),
        ("27000", "충북"),
        ("30100", "세종"),
        ("31000", "충남"),
        ("35000", "대전"),
        ("36000", "경북"),
        ("43000", "대구"),
        ("44000", "울산"),
        ("48000", "부산"),
        ("50000", "경남"),
        ("54000", "전북"),
        ("60000", "전남"),
        ("61000", "광주"),
        ("63309", "제주"),
    ],
)
def test_first_two_digits_name_the_region(code: str, region: str) -> None:
    assert postal.validate(code) == code
    assert postal.region(code) == region


def test_surrounding_whitespace_is_ignored() -> None:
    assert postal.validate(" 03187 ") == "03187"


@pytest.mark.parametrize("code", ["00123", "64000", "99999"])
def test_prefix_outside_01_to_63_is_refused(code: str) -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        postal.validate(code)
    assert exc_info.value.code == IdentifierErrorCode.POSTAL_REGION
    assert not postal.is_valid(code)


@pytest.mark.parametrize(
    "code",
    ["", "0318", "031870", "123-456", "0318a", "031 87"],
    ids=["empty", "4-digits", "6-digits", "old-6-digit-code", "letter", "inner-space"],
)
def test_anything_but_five_digits_is_a_format_error(code: str) -> None:
    with pytest.raises(InvalidIdentifierError) as exc_info:
        postal.region(code)
    assert exc_info.value.code == IdentifierErrorCode.POSTAL_FORMAT
