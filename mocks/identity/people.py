"""The identity provider's seed people: synthetic numbers, phones, cards and accounts.

The representatives of the NTS mock's hand-made businesses are here under the same names
(유정열 of 1208200275, 김형원 of 6638501035 …), with invented birth dates; 홍길동 with
801210-1 and 010-1234-5678 is the KOTRA manual's phone-verification example. Every resident
number is synthetic with a real birth date and, except 김민준's (a post-2020 random number),
a valid legacy check digit. Tests elsewhere use these constants to act as these people.
"""

from __future__ import annotations

from typing import Final

from koreakit import rrn
from mocks.identity.records import (
    CardRecord,
    OnePassRecord,
    PersonRecord,
    PhoneLineRecord,
    SnsRecord,
)

SEED_PASSWORD: Final = "Test-pass-1234!"
"""Password of every seeded SNS and Digital OnePass account."""
CARD_PASSWORD_2: Final = "12"
"""First two digits of every seeded card's password."""
CARD_EXPIRY: Final = "1230"
"""MMYY of every seeded card (December 2030)."""


def _rrn(first12: str) -> str:
    """A number with a valid legacy check digit."""
    return first12 + str(rrn.check_digit(first12))


def _card(prefix15: str) -> str:
    """A 16-digit card number with a valid Luhn digit."""
    total = 0
    for i, c in enumerate(reversed(prefix15)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return prefix15 + str((10 - total % 10) % 10)


def _card_of(issuer: str, prefix15: str, kind: str = "personal_credit") -> CardRecord:
    return CardRecord.model_validate(
        {
            "issuer": issuer,
            "number": _card(prefix15),
            "expiry": CARD_EXPIRY,
            "password_2": CARD_PASSWORD_2,
            "kind": kind,
        }
    )


def _sns(provider: str, login_id: str, email: str, share_mobile: bool = True) -> SnsRecord:
    return SnsRecord.model_validate(
        {
            "provider": provider,
            "login_id": login_id,
            "password": SEED_PASSWORD,
            "email": email,
            "share_mobile": share_mobile,
        }
    )


def _line(phone: str, carrier: str, pass_app: bool = True) -> PhoneLineRecord:
    return PhoneLineRecord.model_validate(
        {"phone": phone, "carrier": carrier, "pass_app": pass_app}
    )


ALL_SIMPLE_AUTH: Final = (
    "kakao", "naver", "pass", "toss", "samsungpass", "payco", "kb", "shinhan", "fincert"
)  # fmt: skip

HONG_GILDONG: Final = PersonRecord.model_validate(
    {
        "name": "홍길동",
        "name_en": "HONG GILDONG",
        "resident_number": _rrn("801210123456"),
        "email": "hong.gildong@example.com",
        "phones": [_line("010-1234-5678", "SKT")],
        "cards": [_card_of("SHINHAN", "451842000012345")],
        "sns": [
            _sns("naver", "honggildong", "honggildong@naver.com"),
            _sns("kakao", "gildong.hong@kakao.com", "gildong.hong@kakao.com"),
        ],
        "onepass": OnePassRecord(onepass_id="gildong80", password=SEED_PASSWORD),
        "simple_auth": ALL_SIMPLE_AUTH,
    }
)
"""The KOTRA manual's example: 홍길동, 801210-1, 010-1234-5678 (SKT). Every method works."""

YU_JEONGYEOL: Final = PersonRecord.model_validate(
    {
        "name": "유정열",
        "resident_number": _rrn("650827112345"),
        "phones": [_line("010-7119-0001", "KT")],
        "cards": [
            _card_of("KB", "940390000071190"),
            _card_of("KB", "940390000071191", "corporate"),
        ],
        "onepass": OnePassRecord(onepass_id="jyyoo.kotra", password=SEED_PASSWORD),
        "simple_auth": ("kakao", "naver", "fincert"),
    }
)
"""Representative of 대한무역투자진흥공사 (1208200275); holds KOTRA's 법인카드."""

KIM_HYEONGWON: Final = PersonRecord.model_validate(
    {
        "name": "김형원",
        "resident_number": _rrn("720415123456"),
        "phones": [_line("010-3473-6973", "LGU+")],
        "cards": [
            _card_of("HYUNDAI", "433290003473697", "corporate"),
            _card_of("SAMSUNG", "536181003473697", "personal_check"),
        ],
        "simple_auth": ("pass", "kakao", "toss"),
    }
)
"""Representative of (주)한국이디에스 (6638501035); holds its 법인카드."""

LEE_SEOJUN: Final = PersonRecord.model_validate(
    {
        "name": "이서준",
        "resident_number": _rrn("850321154321"),
        "phones": [_line("010-5551-0101", "MVNO")],
        "sns": [_sns("google", "seojun.lee@gmail.com", "seojun.lee@gmail.com")],
        "simple_auth": ("toss", "payco"),
    }
)
"""Representative of (주)한빛소프트웨어 (2208100016); an 알뜰폰 (MVNO) subscriber."""

KIM_YOUNGHEE: Final = PersonRecord.model_validate(
    {
        "name": "김영희",
        "resident_number": _rrn("780905212345"),
        "phones": [_line("010-2222-3333", "SKT", pass_app=False)],
        "cards": [_card_of("LOTTE", "467309000222233")],
        "sns": [_sns("kakao", "younghee.kim@kakao.com", "younghee.kim@kakao.com", False)],
    }
)
"""Representative of 행복한김밥 (2110101116); no PASS app, so only SMS verification."""

HAN_JIMIN: Final = PersonRecord.model_validate(
    {
        "name": "한지민",
        "resident_number": _rrn("900712223456"),
        "phones": [_line("010-4040-0505", "KT")],
        "sns": [_sns("naver", "jimin.han", "jimin.han@naver.com")],
        "simple_auth": ("naver", "samsungpass"),
    }
)
"""Representative of 정원꽃집 (1070202225)."""

YOON_SEOYEON: Final = PersonRecord.model_validate(
    {
        "name": "윤서연",
        "resident_number": _rrn("950203234567"),
        "phones": [_line("010-5050-3335", "LGU+")],
        "cards": [_card_of("HANA", "411904005050333", "personal_check")],
        "simple_auth": ("shinhan", "kb"),
    }
)
"""Representative of 청솔세무회계 (1234503335)."""

PARK_JIHOON: Final = PersonRecord.model_validate(
    {
        "name": "박지훈",
        "resident_number": _rrn("830630145678"),
        "phones": [_line("010-6060-2348", "SKT")],
        "sns": [
            _sns("google", "jihoon.park@gmail.com", "jihoon.park@gmail.com"),
            _sns("facebook", "jihoon.park@example.com", "jihoon.park@example.com"),
        ],
    }
)
"""Representative of (주)서울물류 (2148602348)."""

CHOI_MINSEO: Final = PersonRecord.model_validate(
    {
        "name": "최민서",
        "resident_number": _rrn("880808256789"),
        "phones": [_line("010-3148-7045", "LGU+")],
        "simple_auth": ("kakao",),
    }
)
"""Representative of 대전정밀(주) (3148704565)."""

JEONG_HANEUL: Final = PersonRecord.model_validate(
    {
        "name": "정하늘",
        "resident_number": _rrn("010502412345"),
        "phones": [_line("010-7070-7891", "KT")],
        "sns": [_sns("facebook", "haneul.jeong@example.com", "haneul.jeong@example.com")],
        "simple_auth": ("kakao", "toss"),
    }
)
"""Representative of (주)부산해양무역 (1208807891); born 2001 (7th digit 4)."""

KIM_MINJUN: Final = PersonRecord.model_validate(
    {
        "name": "김민준",
        "resident_number": "0001013847262",  # assigned after 2020-10: random tail, no checksum
        "phones": [_line("010-8080-8080", "MVNO")],
        "simple_auth": ("pass",),
    }
)
"""A number changed after October 2020: random digits, so the legacy check digit fails."""

JOHN_SMITH: Final = PersonRecord.model_validate(
    {
        "name": "JOHN SMITH",
        "name_en": "JOHN SMITH",
        "resident_number": _rrn("750620512345"),
        "nationality": "US",
        "phones": [_line("010-9090-9026", "KT")],
        "onepass": OnePassRecord(onepass_id="johnsmith", password=SEED_PASSWORD),
    }
)
"""Foreign representative of 1058410026 (p_nm JOHN SMITH, p_nm2 존스미스); 외국인."""

NGUYEN_VAN_AN: Final = PersonRecord.model_validate(
    {
        "name": "NGUYEN VAN AN",
        "name_en": "NGUYEN VAN AN",
        "resident_number": _rrn("010915712345"),
        "nationality": "VN",
        "phones": [_line("010-1111-2222", "MVNO")],
        "sns": [_sns("facebook", "nguyen.van.an@example.com", "nguyen.van.an@example.com")],
    }
)
"""A foreign student (KOSME's 외국인 유학생), born 2001 (7th digit 7)."""

WANG_FANG: Final = PersonRecord.model_validate(
    {
        "name": "WANG FANG",
        "name_en": "WANG FANG",
        "resident_number": _rrn("920304612345"),
        "nationality": "CN",
    }
)
"""A foreigner with no phone line here: for the 외국인 실명확인 only."""

PEOPLE: Final[tuple[PersonRecord, ...]] = (
    HONG_GILDONG,
    YU_JEONGYEOL,
    KIM_HYEONGWON,
    LEE_SEOJUN,
    KIM_YOUNGHEE,
    HAN_JIMIN,
    YOON_SEOYEON,
    PARK_JIHOON,
    CHOI_MINSEO,
    JEONG_HANEUL,
    KIM_MINJUN,
    JOHN_SMITH,
    NGUYEN_VAN_AN,
    WANG_FANG,
)

UNKNOWN_PHONE: Final = "01099998888"
"""A mobile number no carrier here has a subscriber for."""
