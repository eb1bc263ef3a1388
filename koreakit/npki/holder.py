"""The certificate holder's side: an NPKI folder, its password, and proofs for agencies.

An NPKI folder holds `signCert.der` (the certificate, DER) and `signPri.key` (the encrypted
private key with R; see `koreakit.npki.keys`), as in `NPKI/<CA>/USER/cn=…/`. A proof answers
an agency's challenge::

    {"certificate": base64(DER), "signature": base64(sig), "challenge": nonce,
     "randomNum": base64(R)}                     # randomNum only when an owner check is asked

The number the user types never enters the proof: the agency gets it from its own form.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from koreakit.npki import keys
from koreakit.npki.challenge import Challenge, challenge_payload, sign_challenge
from koreakit.npki.errors import MalformedCertificateError, NoIdentifyDataError
from koreakit.npki.verify import load_certificate, verify_owner

CERTIFICATE_FILE = "signCert.der"
KEY_FILE = "signPri.key"
SIGNATURE_ALGORITHM = "sha256WithRSAEncryption"


@dataclass(frozen=True)
class Proof:
    """A holder's answer to a challenge, as sent to an agency."""

    certificate: x509.Certificate
    signature: bytes
    nonce: str
    random_num: bytes | None = field(default=None, repr=False)

    def to_json(self) -> dict[str, str]:
        """The JSON object agencies expect (see the module docstring)."""
        der = self.certificate.public_bytes(serialization.Encoding.DER)
        proof = {
            "certificate": base64.b64encode(der).decode("ascii"),
            "signature": base64.b64encode(self.signature).decode("ascii"),
            "signatureAlgorithm": SIGNATURE_ALGORITHM,
            "challenge": self.nonce,
        }
        if self.random_num is not None:
            proof["randomNum"] = base64.b64encode(self.random_num).decode("ascii")
        return proof

    @classmethod
    def from_json(cls, proof: Mapping[str, object]) -> Proof:
        """Read a proof an agency received.

        Raises:
            MalformedCertificateError: a field is missing or not valid base64 / DER.
        """
        try:
            certificate = load_certificate(_b64(proof, "certificate"))
            nonce = proof["challenge"]
            if not isinstance(nonce, str):
                raise TypeError("challenge")
            random_num = _b64(proof, "randomNum") if proof.get("randomNum") else None
            return cls(certificate, _b64(proof, "signature"), nonce, random_num)
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise MalformedCertificateError(
                "인증서 서명 값의 형식이 올바르지 않습니다.",
                "The certificate proof is missing a field or is not valid base64.",
            ) from None


def _b64(proof: Mapping[str, object], name: str) -> bytes:
    value = proof[name]
    if not isinstance(value, str):
        raise TypeError(name)
    return base64.b64decode(value, validate=True)


@dataclass(frozen=True)
class CertificateHolder:
    """A loaded certificate with its decrypted key and R."""

    certificate: x509.Certificate
    private_key: rsa.RSAPrivateKey = field(repr=False)
    random_num: bytes | None = field(repr=False)

    @classmethod
    def load(cls, folder: Path | str, password: str) -> CertificateHolder:
        """Open `signCert.der` and `signPri.key` in `folder`.

        Raises:
            WrongPasswordError: `password` does not open the key.
            MalformedCertificateError, UnsupportedKeyError: unreadable files.
            FileNotFoundError: a file is missing.
        """
        path = Path(folder)
        certificate = load_certificate((path / CERTIFICATE_FILE).read_bytes())
        private_key, random_num = keys.load_private_key((path / KEY_FILE).read_bytes(), password)
        return cls(certificate, private_key, random_num)

    def sign(self, data: bytes) -> bytes:
        """RSASSA-PKCS1-v1_5 / SHA-256 over `data`."""
        return sign_challenge(self.private_key, data)

    def prove(self, challenge: Challenge | str, typed_number: str | None = None) -> dict[str, str]:
        """Sign a challenge; with `typed_number`, also attach R for the agency's owner check.

        The number is checked here first, so a holder learns of a mismatch before sending.

        Raises:
            NoIdentifyDataError: an owner check is asked, but the key or certificate has no R/VID.
            OwnerMismatchError: `typed_number` is not this certificate's owner.
        """
        nonce = challenge.nonce if isinstance(challenge, Challenge) else challenge
        random_num = None
        if typed_number is not None:
            if self.random_num is None:
                raise NoIdentifyDataError()
            verify_owner(self.certificate, typed_number, self.random_num)
            random_num = self.random_num
        signature = self.sign(challenge_payload(nonce))
        return Proof(self.certificate, signature, nonce, random_num).to_json()


def save_folder(
    folder: Path | str,
    certificate: x509.Certificate,
    private_key: rsa.RSAPrivateKey,
    random_num: bytes | None,
    password: str,
) -> Path:
    """Write an NPKI folder (`signCert.der`, `signPri.key` readable by the owner only)."""
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    (path / CERTIFICATE_FILE).write_bytes(certificate.public_bytes(serialization.Encoding.DER))
    key_path = path / KEY_FILE
    key_path.touch(mode=0o600, exist_ok=True)
    key_path.write_bytes(keys.encrypt_private_key(private_key, password, random_num))
    return path
