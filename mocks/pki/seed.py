"""Seed of the pki mock: 금융인증서 cloud accounts (certificates are issued on demand).

Accounts belong to people and businesses of the identity and NTS seeds, on those people's
phones, all with the PIN `FINCERT_PIN`. (주)한빛소프트웨어 has none: its first use signs up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy.ext.asyncio import AsyncSession

from mocks.framework import Clock
from mocks.framework.sealing import hash_secret, seal, seed_salt
from mocks.pki.models import FincertAccount
from mocks.pki.subjects import SubjectType, subject_of

FINCERT_PIN: Final = "135790"
"""The 6-digit PIN of every seeded 금융인증서."""
FINCERT_OTP_SECRET: Final = b"agency-gateway-test-otp-1"
"""TOTP secret (RFC 6238: SHA-1, 6 digits, 30 s) of the OTP registered to 홍길동's account."""


@dataclass(frozen=True)
class FincertSeed:
    subject_type: SubjectType
    number: str
    name: str
    phone: str
    otp: bool = False


KOREA_EDS_FINCERT: Final = FincertSeed("business", "6638501035", "(주)한국이디에스", "01034736973")
"""사업자용 금융인증서 of (주)한국이디에스, on 김형원's phone."""
KOTRA_FINCERT: Final = FincertSeed("business", "1208200275", "대한무역투자진흥공사", "01071190001")
"""사업자용 금융인증서 of KOTRA, on 유정열's phone."""
HONG_GILDONG_FINCERT: Final = FincertSeed(
    "person", "8012101234562", "홍길동", "01012345678", otp=True
)
"""홍길동's personal 금융인증서 (the identity seed's `HONG_GILDONG`), with an OTP registered
(`FINCERT_OTP_SECRET`)."""
SIGNUP_EXAMPLE: Final = FincertSeed("business", "2208100016", "(주)한빛소프트웨어", "01055510101")
"""No account yet: the first use signs (주)한빛소프트웨어 up, on 이서준's phone."""

ACCOUNTS: Final = (KOREA_EDS_FINCERT, KOTRA_FINCERT, HONG_GILDONG_FINCERT)


async def load_seed(session: AsyncSession, clock: Clock) -> None:
    now = clock.now()
    for account in ACCOUNTS:
        subject = subject_of(account.subject_type, account.number)
        session.add(
            FincertAccount(
                subject_type=account.subject_type,
                number_hash=subject.hash,
                number_masked=subject.masked,
                name=account.name,
                phone=account.phone,
                pin_hash=hash_secret(FINCERT_PIN, seed_salt("fincert", subject.hash)),
                pin_failures=0,
                otp_secret_sealed=seal(FINCERT_OTP_SECRET.hex()) if account.otp else None,
                terms="service,privacy",
                created_at=now,
            )
        )
