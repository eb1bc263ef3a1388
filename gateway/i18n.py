"""Language negotiation: Korean by default, English when the client prefers it."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import lru_cache


class Language(enum.Enum):
    KO = "ko"
    EN = "en"


@dataclass(frozen=True)
class Text:
    """One message in both languages; ``format`` fills the same fields into either."""

    ko: str
    en: str

    def in_(self, language: Language, **fields: object) -> str:
        template = self.ko if language is Language.KO else self.en
        return template.format(**fields) if fields else template


@lru_cache(maxsize=256)  # clients send the same few headers again and again
def negotiate(accept_language: str | None) -> Language:
    """Pick ``ko`` or ``en`` from an ``Accept-Language`` header by its q-values; ``ko`` wins ties
    and is the default for a missing or unreadable header."""
    best, best_q = Language.KO, 0.0
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        try:
            q = float(params.strip()[2:]) if params.strip().startswith("q=") else 1.0
        except ValueError:
            continue
        language = {"ko": Language.KO, "en": Language.EN}.get(primary)
        if language is not None and (q > best_q or (q == best_q and language is Language.KO)):
            best, best_q = language, q
    return best
