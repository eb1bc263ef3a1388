"""The KOSME messages quote the manual (seed 001) word for word where it has words for a rule,
and the gateway shows the platform's own wording."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

import pytest

from gateway.messages.kosme import KOSME_TEXTS
from gateway.messages.kosme import KosmeErrorCode as GatewayCode
from mocks.kosme import errors
from mocks.kosme.messages import MESSAGES, KosmeErrorCode

MANUAL: Final = Path(errors.__file__).with_name("data") / "manual.txt"
"""The KOSME manual the mock is built from (a copy of seed 001)."""
_SPACES: Final = re.compile(r"\s+")
_PIECES: Final = re.compile(r": | — ")

SEED_WORDED: Final = (
    KosmeErrorCode.UNKNOWN_PROVIDER,
    KosmeErrorCode.SNS_LOGIN_FAILED,
    KosmeErrorCode.ONEPASS_LOGIN_FAILED,
    KosmeErrorCode.IDENTITY_VERIFICATION_REQUIRED,
    KosmeErrorCode.REQUIRED,
    KosmeErrorCode.INVALID_PHONE,
    KosmeErrorCode.INVALID_EMAIL,
    KosmeErrorCode.NOTICE_CHOICE_REQUIRED,
    KosmeErrorCode.TERMS_REQUIRED,
    KosmeErrorCode.NOT_MEMBER,
    KosmeErrorCode.UNIQUE_ID_CONSENT_REQUIRED,
    KosmeErrorCode.PHOTO_TOO_MANY,
    KosmeErrorCode.PHOTO_TOO_LARGE,
    KosmeErrorCode.PHOTO_TYPE_NOT_ALLOWED,
    KosmeErrorCode.CAREER_FOR_NEW_COMER,
    KosmeErrorCode.CAREER_REQUIRED,
)
"""The refusals of a rule the manual states in words."""


def _flat(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def unquoted_pieces(message: str) -> list[str]:
    """The pieces of ``message`` (label ``": "`` sentence ``" — "`` sentence …) that are not
    verbatim in the manual."""
    manual = _flat(MANUAL.read_text(encoding="utf-8"))
    return [piece for piece in _PIECES.split(_flat(message)) if piece not in manual]


@pytest.mark.parametrize("code", SEED_WORDED, ids=str)
def test_the_manuals_rules_are_refused_in_its_own_words(code: KosmeErrorCode) -> None:
    korean, _ = MESSAGES[code]
    assert unquoted_pieces(korean) == []


def test_a_changed_word_is_caught() -> None:
    # the check itself: a paraphrase of the manual is not a quotation
    assert unquoted_pieces("회원가입 시, 본인인증 필수") == []
    assert unquoted_pieces("회원가입 시, 본인인증이 필요합니다") == [
        "회원가입 시, 본인인증이 필요합니다"
    ]


SHARED: Final = [code for code in GatewayCode if code.name in KosmeErrorCode.__members__]
"""Codes of refusals the platform makes (the rest are the gateway's own: NOT_LOGGED_IN …)."""


@pytest.mark.parametrize("code", SHARED, ids=lambda c: c.name)
def test_the_gateway_says_what_the_platform_says(code: GatewayCode) -> None:
    # a refusal the gateway makes before the platform would: the platform's words, both languages
    text = KOSME_TEXTS[code]
    assert (text.ko, text.en) == MESSAGES[KosmeErrorCode[code.name]]
