"""Wire-format models of the pki mock and their mapping to records."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from cryptography import x509
from pydantic import BaseModel, ConfigDict

from connectors.errors import UpstreamContractError
from connectors.pki.records import (
    CaCertificate,
    CertificateStatus,
    IssuedChallenge,
    ProofCheck,
    RevocationStatus,
    TrustAnchors,
    VerifiedProof,
)


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class CaCertificateBody(_Wire):
    id: str
    name: str
    operator_ko: str | None = None
    pem: str
    sha256: str


class CaCertificatesBody(_Wire):
    root: CaCertificateBody
    intermediates: list[CaCertificateBody]


class ChallengeBody(_Wire):
    nonce: str
    expires_at: datetime


class StatusBody(_Wire):
    serial: str
    status: RevocationStatus
    ca: str | None = None
    revoked_at: datetime | None = None
    reason: str | None = None


class VerifyBody(_Wire):
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


def _ca(body: CaCertificateBody) -> CaCertificate:
    try:
        certificate = x509.load_pem_x509_certificate(body.pem.encode("ascii"))
    except ValueError as exc:
        raise UpstreamContractError("pki", f"CA certificate {body.id} is not PEM") from exc
    return CaCertificate(body.id, body.name, body.operator_ko, certificate, body.sha256)


def to_anchors(body: CaCertificatesBody) -> TrustAnchors:
    return TrustAnchors(_ca(body.root), tuple(_ca(ca) for ca in body.intermediates))


def to_challenge(body: ChallengeBody) -> IssuedChallenge:
    return IssuedChallenge(body.nonce, body.expires_at)


def to_status(body: StatusBody) -> CertificateStatus:
    return CertificateStatus(body.serial, body.status, body.ca, body.revoked_at, body.reason)


def verify_body(check: ProofCheck) -> dict[str, Any]:
    body: dict[str, Any] = {
        "certificate": check.certificate,
        "signature": check.signature,
        "challenge": check.challenge,
        "signatureAlgorithm": check.signature_algorithm,
    }
    if check.random_num is not None:
        body["randomNum"] = check.random_num
    if check.number is not None:
        body["number"] = check.number
    if check.accepted_kinds is not None:
        body["accepted_kinds"] = list(check.accepted_kinds)
    return body


def to_verified(body: VerifyBody) -> VerifiedProof:
    return VerifiedProof(
        holder_name=body.holder_name,
        subject=body.subject,
        ca=body.ca,
        ca_name_ko=body.ca_name_ko,
        kind=body.kind,
        kind_label_ko=body.kind_label_ko,
        kind_label_en=body.kind_label_en,
        policy_oid=body.policy_oid,
        serial=body.serial,
        not_before=body.not_before,
        not_after=body.not_after,
        owner_checked=body.owner_checked,
    )
