"""The applicant's (and guardian's) electronic signature over the confirmation's content,
checked here as the 발급시스템 does: the certificate chains to the accredited CAs, is valid on
the mock clock, is not revoked, is a personal general-purpose certificate, and its key signed
exactly the content's UTF-8 bytes (RSASSA-PKCS1-v1_5 / SHA-256)."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from cryptography import x509

from koreakit.npki.errors import CertificateError, MalformedCertificateError
from koreakit.npki.oids import CertificateKind
from koreakit.npki.verify import (
    VerifiedCertificate,
    load_certificate,
    verify_certificate,
    verify_owner,
    verify_signature,
)
from mocks.framework import MockContext
from mocks.gov24.errors import Gov24Error
from mocks.gov24.pki_peer import is_revoked, trust_anchors


@dataclass(frozen=True)
class SignedContent:
    certificate: VerifiedCertificate
    certificate_b64: str
    signature_b64: str


def _b64(value: str, what: str) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise Gov24Error.of_certificate(
            MalformedCertificateError(
                "인증서 서명 값의 형식이 올바르지 않습니다.", f"{what} is not valid base64."
            ),
            what,
        ) from None


async def check_signature(
    ctx: MockContext,
    content: str,
    certificate: str,
    signature: str,
    *,
    owner_number: str | None = None,
    random_num: str | None = None,
) -> SignedContent:
    """Verify a signature over ``content``; with ``owner_number``, also the VID owner check.

    Raises: Gov24Error 422 with KoreaKit's code (BAD_SIGNATURE, EXPIRED, REVOKED,
        KIND_NOT_ACCEPTED, OWNER_MISMATCH …), 503 PEER_UNAVAILABLE.
    """
    now = ctx.clock.now()
    try:
        cert: x509.Certificate = load_certificate(_b64(certificate, "certificate"))
        root, cas = await trust_anchors(ctx)
        revoked = await is_revoked(ctx, f"{cert.serial_number:X}")
        verified = verify_certificate(
            cert,
            trust_root=root,
            intermediates=cas,
            at=now,
            revoked=lambda _serial: revoked,
            accepted_kinds=[CertificateKind.PERSONAL_GENERAL],
        )
        verify_signature(cert, content.encode("utf-8"), _b64(signature, "signature"))
        if owner_number is not None:
            r = None if random_num is None else _b64(random_num, "random_num")
            verify_owner(cert, owner_number, r)
    except CertificateError as error:
        field = "signature" if error.code == "BAD_SIGNATURE" else "certificate"
        if error.code in ("OWNER_MISMATCH", "NO_IDENTIFY_DATA"):
            field = "random_num"
        raise Gov24Error.of_certificate(error, field) from None
    return SignedContent(verified, certificate, signature)
