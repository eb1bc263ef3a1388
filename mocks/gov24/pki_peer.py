"""What the gov24 mock asks the pki mock, as a relying party: proof verification (login), the
CAs' certificates and a certificate's revocation status (content signatures)."""

from __future__ import annotations

from typing import Any

from cryptography import x509

from koreakit.npki.errors import CertificateErrorCode
from mocks.framework import MockContext, PeerUnavailableError
from mocks.gov24.errors import Gov24Error
from mocks.gov24.messages import Gov24ErrorCode


async def _call(ctx: MockContext, method: str, path: str, **kwargs: Any) -> Any:
    try:
        response = await ctx.peers.request("pki", method, path, **kwargs)
    except PeerUnavailableError:
        raise Gov24Error(503, Gov24ErrorCode.PEER_UNAVAILABLE) from None
    if response.status_code >= 500:
        raise Gov24Error(503, Gov24ErrorCode.PEER_UNAVAILABLE)
    body = response.json()
    if response.status_code >= 400:
        code = body.get("code", "")
        if code in CertificateErrorCode.__members__:
            raise Gov24Error(
                422,
                CertificateErrorCode(code),
                field=_field(body.get("field")),
                message=body.get("message"),
                message_en=body.get("message_en"),
            )
        raise Gov24Error(422, Gov24ErrorCode.INVALID_REQUEST, field="proof")
    return body


def _field(upstream: str | None) -> str:
    if upstream == "number":
        return "resident_number"
    return f"proof.{upstream}" if upstream else "proof"


async def verify_proof(ctx: MockContext, proof: dict[str, Any], number: str) -> dict[str, Any]:
    """The pki mock's check of a login proof: chain, validity, revocation, a personal
    general-purpose certificate, the signature over the challenge, and the VID owner check.

    Raises: Gov24Error with the CA's certificate code, or 503 PEER_UNAVAILABLE.
    """
    body = {**proof, "number": number, "accepted_kinds": ["personal"]}
    result: dict[str, Any] = await _call(ctx, "POST", "/verify", json=body)
    return result


async def trust_anchors(ctx: MockContext) -> tuple[x509.Certificate, list[x509.Certificate]]:
    """The test root and the five CA certificates."""
    body = await _call(ctx, "GET", "/ca/certificates")
    root = x509.load_pem_x509_certificate(body["root"]["pem"].encode())
    cas = [x509.load_pem_x509_certificate(ca["pem"].encode()) for ca in body["intermediates"]]
    return root, cas


async def is_revoked(ctx: MockContext, serial_hex: str) -> bool:
    body = await _call(ctx, "GET", f"/certificates/{serial_hex}/status")
    return bool(body.get("status") == "revoked")
