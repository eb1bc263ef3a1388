"""Every payload error code has a Korean and an English message."""

from __future__ import annotations

import gateway.schema  # noqa: F401  (imports every agency's catalogue)
from gateway.messages import registered


def test_every_error_code_has_both_languages() -> None:
    codes = registered()
    assert codes, "no catalogue registered"
    missing = [code for code, text in codes if text is None or not text.ko or not text.en]
    assert missing == []
