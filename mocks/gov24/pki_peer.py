"""What the gov24 mock asks the pki mock, as a relying party: proof verification (login), the
CAs' certificates and a certificate's revocation status (content signatures). The calls are
`mocks.framework.peer_calls`; the CAs unreachable or failing is 503 PEER_UNAVAILABLE
(`Gov24Error.of_peer_unavailable`)."""

from __future__ import annotations

from typing import Any

from cryptography import x509

from koreakit.npki.errors import CertificateErrorCode
from mocks.framework import MockContext
from mocks.framework.peer_calls import CertificateRefusal, peer_call, pki_verify
from mocks.gov24.errors import Gov24Error
from mocks.gov24.messages import Gov24ErrorCode


def _refused(refusal: CertificateRefusal) -> Gov24Error:
    if refusal.code in CertificateErrorCode.__members__:
        return Gov24Error(
            422,
            CertificateErrorCode(refusal.code),
            field=_field(refusal.field),
            message=refusal.message,
            message_en=refusal.message_en,
        )
    return Gov24Error(422, Gov24ErrorCode.INVALID_REQUEST, field="proof")


async def _get(ctx: MockContext, path: str) -> Any:
    response = await peer_call(ctx, "pki", "GET", path)
    if response.status_code >= 400:
        raise _refused(CertificateRefusal.of(response))
    return response.json()


def _field(upstream: str | None) -> str:
    if upstream == "number":
        return "resident_number"
    return f"proof.{upstream}" if upstream else "proof"


async def verify_proof(ctx: MockContext, proof: dict[str, Any], number: str) -> dict[str, Any]:
    """The pki mock's check of a login proof: chain, validity, revocation, a personal
    general-purpose certificate, the signature over the challenge, and the VID owner check.

    Raises: Gov24Error with the CA's certificate code, or PeerUnavailableError.
    """
    verified = await pki_verify(ctx, proof, number=number, accepted_kinds=("personal",))
    if isinstance(verified, CertificateRefusal):
        raise _refused(verified)
    return dict(verified.facts)


async def trust_anchors(ctx: MockContext) -> tuple[x509.Certificate, list[x509.Certificate]]:
    """The test root and the five CA certificates."""
    body = await _get(ctx, "/ca/certificates")
    root = x509.load_pem_x509_certificate(body["root"]["pem"].encode())
    cas = [x509.load_pem_x509_certificate(ca["pem"].encode()) for ca in body["intermediates"]]
    return root, cas


async def is_revoked(ctx: MockContext, serial_hex: str) -> bool:
    body = await _get(ctx, f"/certificates/{serial_hex}/status")
    return bool(body.get("status") == "revoked")
