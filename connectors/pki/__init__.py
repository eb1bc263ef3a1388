"""Client of the NPKI certificate authorities: trust anchors, challenges, status, verification."""

from connectors.pki.client import PkiConnector, PkiRejectedError
from connectors.pki.records import (
    CaCertificate,
    CertificateStatus,
    IssuedChallenge,
    ProofCheck,
    RevocationStatus,
    TrustAnchors,
    VerifiedProof,
)

__all__ = [
    "CaCertificate",
    "CertificateStatus",
    "IssuedChallenge",
    "PkiConnector",
    "PkiRejectedError",
    "ProofCheck",
    "RevocationStatus",
    "TrustAnchors",
    "VerifiedProof",
]
