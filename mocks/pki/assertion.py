"""The 금융인증서 assertion: a compact JWS (RS256) signed by the yessign test CA's key.

Agencies verify it with the yessign CA certificate of ``GET /ca/certificates``::

    claims = verify_assertion(token, yessign_certificate, audience="work24", nonce=my_nonce,
                              now=clock.now())
    assert claims["sub_hash"] == subject_hash("work24", my_nonce, typed_number)

The format is described in the pki mock's OpenAPI description.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from koreakit.npki.signers import Signer

ISSUER: Final = "yessign-fincert-test"


class InvalidAssertionError(ValueError):
    """The token is malformed, not signed by the CA, for another audience or nonce, or expired."""


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def thumbprint(certificate: x509.Certificate) -> str:
    """x5t#S256: base64url of the SHA-256 of the certificate's DER."""
    return b64url(hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).digest())


def subject_hash(audience: str, nonce: str, number: str) -> str:
    """sub_hash: base64url(SHA-256("{aud}|{nonce}|{number digits}"))."""
    digits = "".join(c for c in number if c.isdigit())
    return b64url(hashlib.sha256(f"{audience}|{nonce}|{digits}".encode()).digest())


def _json(value: Mapping[str, Any]) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


@dataclass(frozen=True)
class SignedAssertion:
    token: str
    """The compact JWS."""
    header: dict[str, str]
    claims: dict[str, Any]
    """The payload as signed (with ``iss`` and ``jti``)."""


def sign_assertion(signer: Signer, claims: Mapping[str, Any]) -> SignedAssertion:
    """Sign ``claims`` (``iss`` and a random ``jti`` added) with the CA's key."""
    kid = thumbprint(signer.certificate)
    header = {"alg": "RS256", "typ": "JWT", "kid": kid, "x5t#S256": kid}
    payload = {"iss": ISSUER, "jti": secrets.token_urlsafe(16), **claims}
    signing_input = f"{b64url(_json(header))}.{b64url(_json(payload))}"
    signature = signer.key.sign(signing_input.encode("ascii"), padding.PKCS1v15(), hashes.SHA256())
    return SignedAssertion(f"{signing_input}.{b64url(signature)}", header, payload)


def verify_assertion(
    token: str, ca_certificate: x509.Certificate, *, audience: str, nonce: str, now: datetime
) -> dict[str, Any]:
    """The claims of a valid assertion for ``audience`` and ``nonce`` at ``now``.

    Raises:
        InvalidAssertionError: anything wrong, with the reason.
    """
    try:
        header_part, payload_part, signature_part = token.split(".")
        header = json.loads(_unb64url(header_part))
        claims: dict[str, Any] = json.loads(_unb64url(payload_part))
        signature = _unb64url(signature_part)
    except ValueError as error:
        raise InvalidAssertionError(f"malformed token: {error}") from None
    if header.get("alg") != "RS256":
        raise InvalidAssertionError("alg must be RS256")
    key = ca_certificate.public_key()
    if not isinstance(key, rsa.RSAPublicKey):
        raise InvalidAssertionError("the CA key is not RSA")
    signing_input = f"{header_part}.{payload_part}".encode("ascii")
    try:
        key.verify(signature, signing_input, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        raise InvalidAssertionError("the signature does not verify with the CA") from None
    if claims.get("iss") != ISSUER or claims.get("aud") != audience:
        raise InvalidAssertionError("wrong issuer or audience")
    if claims.get("nonce") != nonce:
        raise InvalidAssertionError("wrong nonce")
    if not isinstance(claims.get("exp"), int) or now.timestamp() > claims["exp"]:
        raise InvalidAssertionError("expired")
    return claims
