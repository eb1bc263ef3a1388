"""Verification as a service: single-use challenges, then a holder's signed proof checked the way
every agency checks it (`koreakit.npki.verify`), on the mock clock and the mock's revocations.

Order: the challenge is used up first (a replay or an expired challenge fails whatever else
is sent), then the certificate (chain, validity, revocation, kind), the signature over the
challenge, and, when a number is given, the owner check with R.
"""

from __future__ import annotations

import base64
import binascii
from datetime import datetime

from cryptography import x509
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from koreakit.npki.challenge import challenge_payload, new_challenge
from koreakit.npki.errors import (
    CertificateError,
    CertificateErrorCode,
    ChallengeExpiredError,
    ChallengeReplayedError,
    MalformedCertificateError,
    UnknownChallengeError,
)
from koreakit.npki.oids import CertificateAuthority, CertificateKind
from koreakit.npki.verify import (
    load_certificate,
    verify_certificate,
    verify_owner,
    verify_signature,
)
from mocks.framework import SEOUL, MockContext
from mocks.pki import messages
from mocks.pki.agency import pki_of, route
from mocks.pki.errors import PkiError
from mocks.pki.models import Challenge, Revocation

SIGNATURE_ALGORITHM = "sha256WithRSAEncryption"
_FIELDS = {
    CertificateErrorCode.OWNER_MISMATCH: "number",
    CertificateErrorCode.NO_IDENTIFY_DATA: "randomNum",
    CertificateErrorCode.BAD_SIGNATURE: "signature",
}


class ChallengeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    site_code: str | None = Field(None, description="the relying party, for the record")


class ChallengeIssued(BaseModel):
    nonce: str = Field(description="sign its ASCII text (RSASSA-PKCS1-v1_5 / SHA-256)")
    expires_at: datetime


class VerifyRequest(BaseModel):
    """A holder's proof (`koreakit.npki.Proof.to_json()`) plus what the agency checks it for."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    certificate: str = Field(description="the certificate, base64 DER or PEM")
    signature: str = Field(description="base64 signature over the challenge's ASCII text")
    challenge: str = Field(description="the nonce from POST /challenges")
    signature_algorithm: str = Field(SIGNATURE_ALGORITHM, alias="signatureAlgorithm")
    random_num: str | None = Field(
        None, alias="randomNum", description="R from the key file, base64; for the owner check"
    )
    number: str | None = Field(
        None, description="the 주민/사업자등록번호 the user typed; asks for the owner check"
    )
    accepted_kinds: list[CertificateKind] | None = Field(
        None, description="the kinds this use accepts; null accepts every accredited kind"
    )


class VerifyResult(BaseModel):
    valid: bool = True
    holder_name: str
    subject: str
    ca: CertificateAuthority
    ca_name_ko: str
    kind: CertificateKind
    kind_label_ko: str
    kind_label_en: str
    policy_oid: str
    serial: str = Field(description="upper-case hex")
    not_before: datetime
    not_after: datetime
    owner_checked: bool = Field(description="true when the number was checked against the VID")


@route(
    "POST",
    "/challenges",
    body=ChallengeRequest,
    ok=ChallengeIssued,
    status=201,
    summary="서명용 challenge — a nonce to sign, usable once within five minutes",
)
async def issue_challenge(ctx: MockContext, body: ChallengeRequest) -> ChallengeIssued:
    now = ctx.clock.now()
    challenge = new_challenge(now, messages.CHALLENGE_TTL)
    row = Challenge(
        nonce=challenge.nonce,
        site_code=body.site_code,
        issued_at=now,
        expires_at=challenge.expires_at,
    )
    (await ctx.session()).add(row)
    return ChallengeIssued(nonce=challenge.nonce, expires_at=challenge.expires_at)


async def _consume(ctx: MockContext, nonce: str, now: datetime) -> None:
    challenge = await (await ctx.session()).get(Challenge, nonce)
    if challenge is None:
        raise PkiError.of_certificate(UnknownChallengeError(), "challenge")
    if challenge.used_at is not None:
        raise PkiError.of_certificate(ChallengeReplayedError(), "challenge")
    challenge.used_at = now
    if now > challenge.expires_at:
        raise PkiError.of_certificate(ChallengeExpiredError(), "challenge")


def _bytes(value: str, field: str) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise PkiError.of_certificate(
            MalformedCertificateError(
                "인증서 서명 값의 형식이 올바르지 않습니다.",
                f"{field} is not valid base64.",
            ),
            field,
        ) from None


def _certificate(value: str) -> x509.Certificate:
    raw = (
        value.encode() if value.lstrip().startswith("-----BEGIN") else _bytes(value, "certificate")
    )
    return load_certificate(raw)


async def _revoked_serials(ctx: MockContext, serial: int, now: datetime) -> set[int]:
    row = await (await ctx.session()).scalar(
        select(Revocation).where(Revocation.serial == f"{serial:X}")
    )
    return {serial} if row is not None and row.revoked_at <= now else set()


@route(
    "POST",
    "/verify",
    body=VerifyRequest,
    ok=VerifyResult,
    errors=(422,),
    summary="인증서 검증 — check a signed proof like an agency (chain, validity, revocation, "
    "kind, signature, owner)",
    description=(
        "422 with code MALFORMED_CERTIFICATE, UNTRUSTED_CA, EXPIRED, NOT_YET_VALID, REVOKED, "
        "KIND_NOT_ACCEPTED, BAD_SIGNATURE, NO_IDENTIFY_DATA, OWNER_MISMATCH, "
        "UNKNOWN_CHALLENGE, REPLAYED or CHALLENGE_EXPIRED."
    ),
)
async def verify_proof(ctx: MockContext, body: VerifyRequest) -> VerifyResult:
    now = ctx.clock.now()
    await _consume(ctx, body.challenge, now)
    pki = pki_of(ctx)
    try:
        if body.signature_algorithm != SIGNATURE_ALGORITHM:
            raise MalformedCertificateError(
                "지원하지 않는 서명 알고리즘입니다.", "Only sha256WithRSAEncryption is supported."
            )
        cert = _certificate(body.certificate)
        revoked = await _revoked_serials(ctx, cert.serial_number, now)
        verified = verify_certificate(
            cert,
            trust_root=pki.root.certificate,
            intermediates=[pki.cas[ca].certificate for ca in CertificateAuthority],
            at=now,
            revoked=revoked.__contains__,
            accepted_kinds=body.accepted_kinds,
            policies=pki.authority.policies,
        )
        verify_signature(
            cert, challenge_payload(body.challenge), _bytes(body.signature, "signature")
        )
        if body.number is not None:
            random_num = None if body.random_num is None else _bytes(body.random_num, "randomNum")
            verify_owner(cert, body.number, random_num)
    except CertificateError as error:
        raise PkiError.of_certificate(error, _FIELDS.get(error.code, "certificate")) from None
    return VerifyResult(
        holder_name=verified.holder_name,
        subject=verified.subject,
        ca=verified.ca,
        ca_name_ko=verified.ca.name_ko,
        kind=verified.kind,
        kind_label_ko=verified.kind.label_ko,
        kind_label_en=verified.kind.label_en,
        policy_oid=verified.policy_oid,
        serial=verified.serial_hex,
        not_before=verified.not_before.astimezone(SEOUL),
        not_after=verified.not_after.astimezone(SEOUL),
        owner_checked=body.number is not None,
    )
