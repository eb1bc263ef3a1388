"""NPKI (공동인증서) certificates: a test PKI, key files, the KISA VID, and verification.

Modules, each usable alone:

* `oids` — the five accredited CAs, `CertificateKind`, policy OIDs both ways, KISA OIDs
* `vid` — the identity-check value (KCAC.TS.SIVID) in a certificate's subjectAltName
* `keys` — `signPri.key`: the encrypted PKCS#8 key carrying R
* `subject` — NPKI-style distinguished names
* `authority` — `NpkiAuthority`, the test root and CAs: issue, revoke, CRLs
* `signers` — the test CAs' own certificates and their PEM files
* `revocation` — issued serials, revocations and CRL building
* `verify` — `verify_certificate`, `verify_owner`, `verify_signature` for agencies
* `challenge` — single-use expiring challenges and their signatures
* `holder` — the client side: an NPKI folder, a password, a proof for an agency
* `errors` — `CertificateError` and its subclasses, each with a stable `code`

Everything here is for testing against mock agencies: the CAs are test CAs, clearly named so.
"""

from koreakit.npki.authority import IssuedCertificate, NpkiAuthority
from koreakit.npki.challenge import Challenge, ChallengeLedger, new_challenge, sign_challenge
from koreakit.npki.errors import CertificateError, CertificateErrorCode
from koreakit.npki.holder import CertificateHolder, Proof
from koreakit.npki.keys import load_private_key
from koreakit.npki.oids import CertificateAuthority, CertificateKind, lookup_policy
from koreakit.npki.verify import (
    VerifiedCertificate,
    verify_certificate,
    verify_owner,
    verify_signature,
)
from koreakit.npki.vid import real_name, verify_vid

__all__ = [
    "CertificateAuthority",
    "CertificateError",
    "CertificateErrorCode",
    "CertificateHolder",
    "CertificateKind",
    "Challenge",
    "ChallengeLedger",
    "IssuedCertificate",
    "NpkiAuthority",
    "Proof",
    "VerifiedCertificate",
    "load_private_key",
    "lookup_policy",
    "new_challenge",
    "real_name",
    "sign_challenge",
    "verify_certificate",
    "verify_owner",
    "verify_signature",
    "verify_vid",
]
