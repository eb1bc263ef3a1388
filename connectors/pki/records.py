"""What the pki connector takes and hands back: typed, frozen records, never wire dicts."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from cryptography import x509


@dataclass(frozen=True)
class CaCertificate:
    """One CA certificate relying parties trust (each clearly a TEST certificate)."""

    id: str  # "root", or the CA: yessign, signkorea, kica, crosscert, tradesign
    name: str
    operator_ko: str | None
    certificate: x509.Certificate
    sha256: str


@dataclass(frozen=True)
class TrustAnchors:
    """The test root and the intermediates that link holder certificates to it."""

    root: CaCertificate
    intermediates: tuple[CaCertificate, ...]

    def intermediate_certificates(self) -> list[x509.Certificate]:
        return [ca.certificate for ca in self.intermediates]


@dataclass(frozen=True)
class IssuedChallenge:
    """A nonce to sign (its ASCII text), usable once before ``expires_at``."""

    nonce: str
    expires_at: datetime


class RevocationStatus(enum.Enum):
    """The CA's answer about one serial number, like an OCSP answer."""

    GOOD = "good"
    REVOKED = "revoked"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class CertificateStatus:
    serial: str  # upper-case hex
    status: RevocationStatus
    ca: str | None
    revoked_at: datetime | None
    reason: str | None


@dataclass(frozen=True)
class ProofCheck:
    """A holder's proof (`koreakit.npki.Proof.to_json()`) plus what to check it for.

    ``number`` (the number the user typed) asks for the owner check with ``random_num`` (R);
    ``accepted_kinds`` are `koreakit.npki.CertificateKind` values, None for every kind.
    """

    certificate: str
    signature: str
    challenge: str
    signature_algorithm: str = "sha256WithRSAEncryption"
    random_num: str | None = field(default=None, repr=False)
    number: str | None = field(default=None, repr=False)
    accepted_kinds: tuple[str, ...] | None = None


@dataclass(frozen=True)
class VerifiedProof:
    """A proof the CA found good: the certificate's facts as the verifier read them."""

    holder_name: str
    subject: str
    ca: str
    ca_name_ko: str
    kind: str
    kind_label_ko: str
    kind_label_en: str
    policy_oid: str
    serial: str
    not_before: datetime
    not_after: datetime
    owner_checked: bool
