"""Message catalogues: every payload error code, in Korean (the agencies' own wording where a
manual gives one) and English. One module per agency registers its codes here; a test checks
that every code of every registered enum has both languages."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TypeVar

from gateway.i18n import Language, Text

_CATALOGUE: dict[enum.Enum, Text] = {}
_ENUMS: list[type[enum.Enum]] = []


E = TypeVar("E", bound=enum.Enum)


def register(codes: type[E], texts: Mapping[E, Text]) -> None:
    """Add an agency's code enum and its texts (each code of ``codes`` must have one)."""
    _ENUMS.append(codes)
    _CATALOGUE.update(dict(texts.items()))


def message(code: enum.Enum, language: Language, **fields: object) -> str:
    return _CATALOGUE[code].in_(language, **fields)


def registered() -> list[tuple[enum.Enum, Text | None]]:
    """Every registered code with its text (None where missing), for the completeness test."""
    return [(code, _CATALOGUE.get(code)) for codes in _ENUMS for code in codes]
