"""Generated seed businesses: plausible, varied, and the same on every run (seeded random)."""

from __future__ import annotations

import random
from collections.abc import Set
from datetime import date, timedelta

from koreakit import brn
from mocks.nts.records import BusinessRecord

_SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
_GIVEN = "민서지현우준영수하은도윤예진성호유나다연승재"
_WORDS = ("한울", "미래", "새솔", "대한", "누리", "가람", "하나", "동방", "청운", "태양", "푸른")
_FIRMS = (  # (corporate?, name suffix, 업태, 종목, 업종코드 — illustrative)
    (True, "테크", "정보통신업", "응용 소프트웨어 개발 및 공급업", "722000"),
    (True, "물산", "도매 및 소매업", "무역", "515050"),
    (True, "건설", "건설업", "건물 건설업", "451102"),
    (True, "식품", "제조업", "기타 식품 제조업", "158999"),
    (False, "상회", "도매 및 소매업", "잡화 소매업", "523999"),
    (False, "식당", "음식점업", "한식 음식점업", "552101"),
    (False, "디자인", "서비스", "시각 디자인업", "749922"),
)
_EXEMPT = (
    ("의원", "보건업", "일반 의원", "851211"),
    ("학원", "교육 서비스업", "일반 교과 학원", "809003"),
)
_CITIES = (  # (시·도, 구, first two digits of the postal code)
    ("서울", "강남구", "06"),
    ("부산", "해운대구", "48"),
    ("대구", "수성구", "42"),
    ("인천", "연수구", "21"),
    ("광주", "서구", "61"),
    ("경기", "성남시 분당구", "13"),
)
_LAST_CLOSURE = date(2025, 6, 30)
_AREA = {"서울": "02", "부산": "051", "대구": "053", "인천": "032", "광주": "062", "경기": "031"}


def _number(rng: random.Random, kind: int) -> str:
    """A random number of business kind ``kind`` (digits 4–5) with a valid check digit."""
    first9 = f"{rng.randint(101, 799)}{kind:02d}{rng.randint(1, 9999):04d}"
    return next(first9 + d for d in "0123456789" if brn.is_valid(first9 + d))


def _corp_no(rng: random.Random) -> str:
    """A 법인등록번호 with a valid check digit (weights 1,2 alternating)."""
    first12 = f"1101{rng.randint(11, 81)}{rng.randint(0, 999999):06d}"
    total = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


def _one(rng: random.Random, b_no: str, corporate: bool, exempt: bool) -> BusinessRecord:
    city, district, zip_prefix = rng.choice(_CITIES)
    opened = date(1995, 1, 1) + timedelta(days=rng.randrange(365 * 30))
    word = rng.choice(_WORDS)
    if exempt:
        suffix, sector, item, code = rng.choice(_EXEMPT)
        name, tax_type = f"{word}{suffix}", "04"
    else:
        firms = [f for f in _FIRMS if f[0] == corporate]
        _, suffix, sector, item, code = rng.choice(firms)
        name = f"(주){word}{suffix}" if corporate else f"{word}{suffix}"
        tax_type = "01" if corporate else rng.choice(("01", "01", "02", "07"))
    status = rng.choices(("01", "02", "03"), weights=(90, 6, 4))[0]
    closed = min(opened + timedelta(days=rng.randrange(30, 3000)), _LAST_CLOSURE)
    invoice_dt = "20240701" if tax_type == "07" else ""  # 간이과세자 that now issues invoices
    return BusinessRecord(
        b_no=b_no,
        b_stt_cd=status,
        tax_type_cd=tax_type,
        end_dt=closed.strftime("%Y%m%d") if status == "03" else "",
        tax_type_change_dt=invoice_dt,
        invoice_apply_dt=invoice_dt,
        rbf_tax_type_cd="02" if invoice_dt else "99",
        start_dt=opened.strftime("%Y%m%d"),
        p_nm=rng.choice(_SURNAMES) + "".join(rng.sample(_GIVEN, 2)),
        b_nm=name,
        corp_no=_corp_no(rng) if corporate else "",
        b_sector=sector,
        b_type=item,
        industry_code=code,
        zip_code=f"{zip_prefix}{rng.randint(0, 999):03d}",
        b_adr=f"{city} {district} {word}로 {rng.randint(1, 300)}",
        b_tel=f"{_AREA[city]}-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}",
    )


def generate_businesses(
    count: int, exclude: Set[str], seed: int = 20_240_531
) -> tuple[BusinessRecord, ...]:
    """``count`` businesses with distinct numbers not in ``exclude``: 40 % corporations (81, 86,
    87, 88), 50 % sole proprietors (01–79), 10 % tax-exempt individuals (90–99)."""
    rng = random.Random(seed)
    taken, records = set(exclude), list[BusinessRecord]()
    while len(records) < count:
        roll = rng.random()
        corporate, exempt = roll < 0.4, roll >= 0.9
        if corporate:
            kind = rng.choice((81, 86, 87, 88))
        else:
            kind = rng.randint(90, 99) if exempt else rng.randint(1, 79)
        b_no = _number(rng, kind)
        if b_no not in taken:
            taken.add(b_no)
            records.append(_one(rng, b_no, corporate, exempt))
    return tuple(records)
