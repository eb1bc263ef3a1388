"""InvalidIdentifierError: one exception, stable codes, bilingual messages."""

from __future__ import annotations

import pytest

from koreakit import brn
from koreakit.errors import IdentifierErrorCode, InvalidIdentifierError


def test_str_is_the_english_message() -> None:
    # when
    error = InvalidIdentifierError(IdentifierErrorCode.BRN_FORMAT, "한국어", "English")

    # then
    assert str(error) == "English"
    assert error.message_ko == "한국어"


def test_code_compares_equal_to_its_plain_string() -> None:
    assert IdentifierErrorCode.BRN_CHECK_DIGIT == "BRN_CHECK_DIGIT"


def test_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="check digit"):
        brn.validate("1208200276")


def test_every_code_is_its_own_name() -> None:
    assert all(code.value == code.name for code in IdentifierErrorCode)
