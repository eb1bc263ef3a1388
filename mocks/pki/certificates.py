"""The certificate shop and the CAs' publications: CA certificates, issue, revoke, status, CRL."""

from __future__ import annotations

import asyncio
import base64
import hashlib
from datetime import datetime
from typing import Literal

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from starlette.responses import Response

from koreakit import brn, rrn
from koreakit.errors import InvalidIdentifierError
from koreakit.npki import revocation as npki_revocation
from koreakit.npki.authority import CRL_VALIDITY
from koreakit.npki.oids import CertificateAuthority, CertificateKind
from mocks.framework import SEOUL, MockContext
from mocks.pki import messages
from mocks.pki.agency import pki_of, route
from mocks.pki.authority import ASSERTION_CA
from mocks.pki.errors import PkiError
from mocks.pki.messages import PkiErrorCode
from mocks.pki.models import IssuedCertificate, Revocation

_C = PkiErrorCode
ReasonName = Literal[
    "unspecified",
    "keyCompromise",
    "cACompromise",
    "affiliationChanged",
    "superseded",
    "cessationOfOperation",
    "certificateHold",
    "privilegeWithdrawn",
    "aACompromise",
]


class CaCertificate(BaseModel):
    id: str = Field(description="root, or the CA: yessign, signkorea, kica, crosscert, tradesign")
    name: str = Field(description="the certificate's common name (each says TEST)")
    operator_ko: str | None = Field(description="금융결제원, 코스콤, …")
    pem: str
    sha256: str = Field(description="SHA-256 fingerprint of the DER, hex")


class CaCertificates(BaseModel):
    """What relying parties trust: the root, and the intermediates that link holders to it."""

    root: CaCertificate
    intermediates: list[CaCertificate]
    assertion_signer: str = Field(
        description="the CA whose key signs 금융인증서 assertions (yessign)"
    )


class IssueRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ca: CertificateAuthority
    kind: CertificateKind = Field(description="personal, corporate, personal-banking, …")
    holder_name: str = Field(min_length=1, max_length=100, description="실명: person or company")
    number: str = Field(
        description="주민등록번호 for personal kinds, 사업자등록번호 for corporate ones; never kept"
    )
    password: str = Field(description="encrypts the key file; at least 10 characters")
    not_before: datetime | None = Field(None, description="default: now on the mock clock")
    not_after: datetime | None = Field(None, description="default: one year after not_before")


class IssuedResponse(BaseModel):
    serial: str = Field(description="upper-case hex")
    ca: CertificateAuthority
    kind: CertificateKind
    kind_label_ko: str
    holder_name: str
    subject: str
    number_masked: str
    not_before: datetime
    not_after: datetime
    certificate: str = Field(description="signCert.der, base64")
    certificate_pem: str
    key_file: str = Field(description="signPri.key (encrypted PKCS#8 with R), base64")


class RevokeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: ReasonName = "unspecified"


class CertificateStatus(BaseModel):
    serial: str
    status: Literal["good", "revoked", "unknown"]
    ca: CertificateAuthority | None = None
    revoked_at: datetime | None = None
    reason: ReasonName | None = None


def _ca_view(ident: str, certificate: x509.Certificate, operator: str | None) -> CaCertificate:
    der = certificate.public_bytes(serialization.Encoding.DER)
    names = certificate.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    return CaCertificate(
        id=ident,
        name=str(names[0].value) if names else certificate.subject.rfc4514_string(),
        operator_ko=operator,
        pem=certificate.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        sha256=hashlib.sha256(der).hexdigest(),
    )


@route("GET", "/ca/certificates", ok=CaCertificates, summary="The test root and CA certificates")
async def ca_certificates(ctx: MockContext) -> CaCertificates:
    pki = pki_of(ctx)
    return CaCertificates(
        root=_ca_view("root", pki.root.certificate, None),
        intermediates=[
            _ca_view(ca.value, pki.cas[ca].certificate, ca.name_ko) for ca in CertificateAuthority
        ],
        assertion_signer=ASSERTION_CA.value,
    )


def _checked_number(kind: CertificateKind, number: str) -> str:
    try:
        if kind.is_corporate:
            return brn.format(number)
        return rrn.validate(number).masked()
    except InvalidIdentifierError as error:
        raise PkiError.invalid_number(error) from None


@route(
    "POST",
    "/certificates",
    body=IssueRequest,
    ok=IssuedResponse,
    status=201,
    summary="인증서 발급 — issue a test certificate and its encrypted key file",
    description="Expired and not-yet-valid certificates may be issued by choosing the dates.",
)
async def issue_certificate(ctx: MockContext, body: IssueRequest) -> IssuedResponse:
    pki = pki_of(ctx)
    if body.kind not in pki.authority.policies.kinds(body.ca):
        raise PkiError(400, _C.KIND_NOT_ISSUED, field="kind")
    if len(body.password) < messages.MIN_CERTIFICATE_PASSWORD:
        raise PkiError(400, _C.WEAK_PASSWORD, field="password")
    masked = _checked_number(body.kind, body.number)
    not_before = _aware(body.not_before)
    if not_before is None and body.not_after is None:
        not_before = ctx.clock.now()
    key = await asyncio.to_thread(pki.holder_key_factory)
    try:
        issued = pki.authority.issue(
            body.ca, body.kind, body.holder_name, body.number,
            not_before=not_before, not_after=_aware(body.not_after), private_key=key,
        )  # fmt: skip
    except ValueError:
        raise PkiError(400, _C.INVALID_VALIDITY, field="not_after") from None
    cert = issued.certificate
    row = IssuedCertificate(
        serial=f"{issued.serial:X}",
        ca=body.ca.value,
        kind=body.kind.value,
        holder_name=body.holder_name.strip(),
        subject=cert.subject.rfc4514_string(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        issued_at=ctx.clock.now(),
    )
    (await ctx.session()).add(row)
    return IssuedResponse(
        serial=row.serial,
        ca=body.ca,
        kind=body.kind,
        kind_label_ko=body.kind.label_ko,
        holder_name=row.holder_name,
        subject=row.subject,
        number_masked=masked,
        not_before=row.not_before.astimezone(SEOUL),
        not_after=row.not_after.astimezone(SEOUL),
        certificate=base64.b64encode(issued.certificate_der()).decode("ascii"),
        certificate_pem=cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        key_file=base64.b64encode(issued.key_file(body.password)).decode("ascii"),
    )


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=SEOUL)


def _serial(ctx: MockContext) -> tuple[int, str]:
    text: str = ctx.request.path_params["serial"]
    try:
        serial = int(text, 16)
    except ValueError:
        raise PkiError(404, _C.UNKNOWN_CERTIFICATE, field="serial") from None
    return serial, f"{serial:X}"


async def _issuer(ctx: MockContext, serial: int, key: str) -> CertificateAuthority | None:
    row = await (await ctx.session()).get(IssuedCertificate, key)
    if row is not None:
        return CertificateAuthority(row.ca)
    return pki_of(ctx).issued.issuer_of(serial)  # issued by the certs CLI from the same folder


@route(
    "POST",
    "/certificates/{serial}/revoke",
    body=RevokeRequest,
    ok=CertificateStatus,
    errors=(404, 409),
    summary="인증서 폐지 — revoke a certificate now (mock clock)",
)
async def revoke_certificate(ctx: MockContext, body: RevokeRequest) -> CertificateStatus:
    serial, key = _serial(ctx)
    ca = await _issuer(ctx, serial, key)
    if ca is None:
        raise PkiError(404, _C.UNKNOWN_CERTIFICATE, field="serial")
    session = await ctx.session()
    if await session.get(Revocation, key) is not None:
        raise PkiError(409, _C.ALREADY_REVOKED, field="serial")
    row = Revocation(serial=key, ca=ca.value, reason=body.reason, revoked_at=ctx.clock.now())
    session.add(row)
    return CertificateStatus(
        serial=key, status="revoked", ca=ca, revoked_at=row.revoked_at, reason=body.reason
    )


@route(
    "GET",
    "/certificates/{serial}/status",
    ok=CertificateStatus,
    summary="인증서 상태 — good, revoked (when and why) or unknown, like an OCSP answer",
)
async def certificate_status(ctx: MockContext) -> CertificateStatus:
    try:
        serial, key = _serial(ctx)
    except PkiError:
        return CertificateStatus(serial=ctx.request.path_params["serial"], status="unknown")
    revoked = await (await ctx.session()).get(Revocation, key)
    if revoked is not None and revoked.revoked_at <= ctx.clock.now():
        return CertificateStatus(
            serial=key,
            status="revoked",
            ca=CertificateAuthority(revoked.ca),
            revoked_at=revoked.revoked_at,
            reason=revoked.reason,
        )
    ca = await _issuer(ctx, serial, key)
    return CertificateStatus(serial=key, status="unknown" if ca is None else "good", ca=ca)


@route(
    "GET",
    "/crl/{ca}",
    ok=None,
    errors=(404,),
    summary="CRL of one CA (DER, application/pkix-crl)",
    description=(
        "200 answers the DER-encoded X.509 v2 CRL signed by the CA (not JSON), as of the mock "
        "clock, valid one day. `ca` is yessign, signkorea, kica, crosscert or tradesign "
        "(a trailing .crl is accepted)."
    ),
)
async def certificate_revocation_list(ctx: MockContext) -> Response:
    name: str = ctx.request.path_params["ca"]
    try:
        ca = CertificateAuthority(name.removesuffix(".crl"))
    except ValueError:
        raise PkiError(404, _C.UNKNOWN_CA, field="ca") from None
    pki = pki_of(ctx)
    rows = await (await ctx.session()).scalars(select(Revocation).where(Revocation.ca == ca.value))
    revocations = [
        npki_revocation.Revocation(int(r.serial, 16), ca, x509.ReasonFlags(r.reason), r.revoked_at)
        for r in rows
    ]
    now = ctx.clock.now()
    signer = pki.cas[ca]
    crl = npki_revocation.build_crl(
        signer.certificate,
        signer.key,
        revocations,
        this_update=now,
        next_update=now + CRL_VALIDITY,
    )
    der = crl.public_bytes(serialization.Encoding.DER)
    return Response(der, media_type="application/pkix-crl")
