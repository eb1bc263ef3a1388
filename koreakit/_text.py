"""Input normalisation shared by the identifier modules."""

from __future__ import annotations

from stdnum.util import clean


def compact(value: str) -> str:
    """Drop spaces, hyphens and surrounding whitespace.

    Uses python-stdnum's `clean`, which first maps look-alikes to ASCII: any Unicode dash to
    "-", full-width digits (as Korean IMEs type them) to "0"–"9".
    """
    return clean(value, " -").strip()


def is_digits(value: str) -> bool:
    """Whether `value` is non-empty and ASCII digits only (`str.isdigit` also accepts '²', '١')."""
    return value.isascii() and value.isdigit()
