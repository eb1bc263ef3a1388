"""Reference data: the HS nomenclature (HS2022, `data/`) and the countries of interest.

The HS codes come from the public-domain datasets/harmonized-system (ODC-PDDL-1.0; see
``data/README.md``); only codes of 2, 4 and 6 digits are kept. Korean names exist for a small
hand-written subset: the three the KOTRA manual shows in its HS Code search.
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Final

DATA: Final = Path(__file__).parent / "data"

KOREAN_NAMES: Final[dict[str, str]] = {
    "1704": "설탕과자(백색 초콜릿을 포함하며, 코코아를 함유한 것은 제외한다)",  # seed
    "1806": "초콜릿과 코코아를 함유한 그 밖의 조제 식료품",  # seed
    "843820": "과자 · 코코아 · 초콜릿 제조용 기계",  # seed
}

COUNTRIES: Final[dict[str, tuple[str, str]]] = {
    "US": ("미국", "United States"),
    "CN": ("중국", "China"),
    "JP": ("일본", "Japan"),
    "VN": ("베트남", "Vietnam"),
    "DE": ("독일", "Germany"),
    "FR": ("프랑스", "France"),
    "GB": ("영국", "United Kingdom"),
    "IN": ("인도", "India"),
    "ID": ("인도네시아", "Indonesia"),
    "TH": ("태국", "Thailand"),
    "MY": ("말레이시아", "Malaysia"),
    "SG": ("싱가포르", "Singapore"),
    "PH": ("필리핀", "Philippines"),
    "AU": ("호주", "Australia"),
    "CA": ("캐나다", "Canada"),
    "MX": ("멕시코", "Mexico"),
    "BR": ("브라질", "Brazil"),
    "RU": ("러시아", "Russia"),
    "TR": ("튀르키예", "Turkiye"),  # seed
    "SY": ("시리아", "Syria"),  # seed
    "SR": ("수리남", "Suriname"),  # seed
    "AE": ("아랍에미리트", "United Arab Emirates"),
    "SA": ("사우디아라비아", "Saudi Arabia"),
    "EG": ("이집트", "Egypt"),
    "ZA": ("남아프리카공화국", "South Africa"),
    "NG": ("나이지리아", "Nigeria"),
    "KE": ("케냐", "Kenya"),
    "PL": ("폴란드", "Poland"),
    "IT": ("이탈리아", "Italy"),
    "ES": ("스페인", "Spain"),
    "NL": ("네덜란드", "Netherlands"),
    "UZ": ("우즈베키스탄", "Uzbekistan"),
    "KZ": ("카자흐스탄", "Kazakhstan"),
    "MN": ("몽골", "Mongolia"),
    "TW": ("대만", "Taiwan"),
    "HK": ("홍콩", "Hong Kong"),
    "CL": ("칠레", "Chile"),
    "PE": ("페루", "Peru"),
    "NZ": ("뉴질랜드", "New Zealand"),
    "UA": ("우크라이나", "Ukraine"),
}
"""관심지역: ISO 3166-1 alpha-2 → (Korean, English) as KOTRA lists them."""


@dataclass(frozen=True, slots=True)
class HsEntry:
    code: str
    level: int
    section: str
    parent: str
    name_en: str
    name_ko: str


def _rows() -> list[dict[str, str]]:
    text = gzip.decompress((DATA / "harmonized-system.csv.gz").read_bytes()).decode()
    return list(csv.DictReader(io.StringIO(text)))


@functools.cache
def hs_codes() -> tuple[HsEntry, ...]:
    """Every 2-, 4- and 6-digit code, in code order."""
    entries = {}
    for row in _rows():
        code = (row.get("hscode") or "").strip()
        if not code.isdigit() or len(code) not in (2, 4, 6):
            continue
        entries[code] = HsEntry(
            code=code,
            level=len(code),
            section=row["section"].strip(),
            parent=row["parent"].strip(),
            name_en=" ".join(row["description"].split()),
            name_ko=KOREAN_NAMES.get(code, ""),
        )
    return tuple(sorted(entries.values(), key=lambda e: e.code))


@functools.cache
def hs_index() -> dict[str, HsEntry]:
    return {entry.code: entry for entry in hs_codes()}


def search(term: str) -> list[HsEntry]:
    """Codes whose code starts with ``term`` (digits) or whose English or Korean name contains
    it (case-insensitive); an empty term lists everything."""
    needle = term.strip().lower()
    if not needle:
        return list(hs_codes())
    digits = needle.replace(".", "")
    if digits.isdigit():
        return [e for e in hs_codes() if e.code.startswith(digits)]
    return [e for e in hs_codes() if needle in e.name_en.lower() or needle in e.name_ko]
