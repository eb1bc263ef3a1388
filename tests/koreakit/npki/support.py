"""Constants and helpers of the NPKI tests (fixtures are in conftest.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cryptography.hazmat.primitives.asymmetric import rsa

from koreakit.npki.authority import IssuedCertificate, NpkiAuthority
from koreakit.npki.oids import CertificateAuthority, CertificateKind

PASSPHRASE = "session-passphrase-0123"
PASSWORD = "holder-password-0123!"
PERSON = "홍길동"
RRN = "9001011234568"
COMPANY = "(주)한국이디에스"
BRN = "6638501035"
VALID_FROM = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
VALID_UNTIL = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
NOW = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
"""The agency's clock in these tests; never the real one."""


class Issuer:
    """`authority.issue` with the session's holder key and a fixed validity by default."""

    def __init__(self, authority: NpkiAuthority, key: rsa.RSAPrivateKey) -> None:
        self.authority = authority
        self.key = key

    def personal(self, **options: Any) -> IssuedCertificate:
        return self.issue(CertificateKind.PERSONAL_GENERAL, PERSON, RRN, **options)

    def corporate(self, **options: Any) -> IssuedCertificate:
        return self.issue(CertificateKind.CORPORATE_GENERAL, COMPANY, BRN, **options)

    def issue(
        self,
        kind: CertificateKind,
        holder: str,
        number: str,
        *,
        ca: CertificateAuthority = CertificateAuthority.YESSIGN,
        **options: Any,
    ) -> IssuedCertificate:
        merged: dict[str, Any] = {
            "not_before": VALID_FROM,
            "not_after": VALID_UNTIL,
            "private_key": self.key,
        }
        merged.update(options)
        return self.authority.issue(ca, kind, holder, number, **merged)
