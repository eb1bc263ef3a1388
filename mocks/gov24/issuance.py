"""전자본인서명확인서 작성 → 전자서명 → (법정대리인·한정후견인 동의) → 발급 및 저장."""

from __future__ import annotations

import base64
import binascii
import secrets
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.ext.asyncio import AsyncSession

from koreakit.npki.errors import CertificateErrorCode
from koreakit.npki.verify import load_certificate
from mocks.framework import MockContext
from mocks.framework.identifiers import new_id
from mocks.framework.sealing import lookup_hash, seal, unseal
from mocks.gov24.agency import route
from mocks.gov24.auth import login_of
from mocks.gov24.errors import Gov24Error
from mocks.gov24.messages import APPLICATION_TTL, MAX_TEXT, Gov24ErrorCode
from mocks.gov24.models import Address, Agency, Application, Approval, Confirmation, Login
from mocks.gov24.rules import needs_guardian, resident
from mocks.gov24.signing import SignedContent, check_signature
from mocks.gov24.views import ConfirmationView, confirmation_view

_C = Gov24ErrorCode


class ApplicationRequest(BaseModel):
    """The form: 성명, 주민등록번호, 주소, 용도, 거래상대방, 위임받은 사람, 제출기관."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="성명: the logged-in applicant's own")
    resident_number: str = Field(description="주민등록번호: the applicant's own")
    address_id: str = Field(description="an id from GET /addresses")
    address_detail: str = Field("", description="상세주소 (동·호수), at most 100 characters")
    purpose: str = Field(description="용도, at most 100 characters")
    counterparty: str = Field(description="거래상대방 인적사항, at most 100 characters")
    delegate: str = Field(description="위임받은 사람, at most 100 characters")
    agency_code: str = Field(description="제출기관: a code from GET /agencies")


class SignatureRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    certificate: str = Field(description="the login certificate, base64 DER")
    signature: str = Field(description="base64 RSASSA-PKCS1-v1_5 / SHA-256 over content (UTF-8)")


class GuardianConsentRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    certificate: str = Field(description="the guardian's personal certificate, base64 DER")
    signature: str = Field(description="base64 signature over the same content")
    random_num: str = Field(description="R from the guardian's key file: the owner check")


class ApplicationView(BaseModel):
    id: str
    step: Literal["signature", "guardian_consent", "issued"]
    content: str = Field(description="sign exactly these UTF-8 bytes")
    guardian_required: bool
    expires_at: datetime
    confirmation: ConfirmationView | None = None


def _text(value: str, field: str, *, required: bool = True) -> str:
    text = " ".join(value.split())
    if (required and not text) or len(text) > MAX_TEXT:
        raise Gov24Error(400, _C.TEXT_REQUIRED, field=field)
    return text


async def _agency(session: AsyncSession, code: str) -> Agency:
    agency = await session.get(Agency, code)
    if agency is None:
        raise Gov24Error(404, _C.AGENCY_NOT_FOUND, field="agency_code")
    if not agency.eligible:
        raise Gov24Error(422, _C.AGENCY_NOT_ELIGIBLE, field="agency_code")
    return agency


def _content(app_id: str, approval: Approval, fields: dict[str, str], now: datetime) -> str:
    lines = [
        "전자본인서명확인서",
        f"작성번호: {app_id}",
        f"성명: {approval.name}",
        f"주민등록번호: {approval.number_masked}",
        f"주소: {fields['address']}",
        f"용도: {fields['purpose']}",
        f"거래상대방: {fields['counterparty']}",
        f"위임받은 사람: {fields['delegate']}",
        f"제출기관: {fields['agency']}",
        f"작성일시: {now.isoformat(timespec='seconds')}",
        "위 내용을 본인이 직접 확인하고 전자서명합니다.",
    ]
    return "\n".join(lines)


@route(
    "POST",
    "/applications",
    body=ApplicationRequest,
    ok=ApplicationView,
    status=201,
    errors=(401, 403, 404, 422),
    summary="전자본인서명확인서 작성 — the form; answers the content to sign",
)
async def write_application(ctx: MockContext, body: ApplicationRequest) -> ApplicationView:
    login, approval = await login_of(ctx)
    now = ctx.clock.now()
    number = resident(body.resident_number, now.date(), "resident_number").number
    if body.name.strip() != approval.name or number != unseal(approval.number_sealed):
        raise Gov24Error(403, _C.NOT_SELF, field="resident_number")
    session = await ctx.session()
    address = await session.get(Address, body.address_id)
    if address is None:
        raise Gov24Error(404, _C.ADDRESS_NOT_FOUND, field="address_id")
    detail = _text(body.address_detail, "address_detail", required=False)
    agency = await _agency(session, body.agency_code)
    fields = {
        "address": f"{address.road_address} {detail}".strip(),
        "purpose": _text(body.purpose, "purpose"),
        "counterparty": _text(body.counterparty, "counterparty"),
        "delegate": _text(body.delegate, "delegate"),
        "agency": f"{agency.name} ({agency.code})",
    }
    app_id = new_id("app")
    application = Application(
        id=app_id,
        login_id=login.id,
        approval_id=approval.id,
        step="signature",
        address=fields["address"],
        postal_code=address.postal_code,
        purpose=fields["purpose"],
        counterparty=fields["counterparty"],
        delegate=fields["delegate"],
        agency_code=agency.code,
        content=_content(app_id, approval, fields, now),
        created_at=now,
        expires_at=now + APPLICATION_TTL,
    )
    session.add(application)
    login.application_id = app_id
    return _view(application, needs_guardian(approval, now.date()))


def _view(
    application: Application, guardian: bool, confirmation: Confirmation | None = None
) -> ApplicationView:
    return ApplicationView(
        id=application.id,
        step=application.step,
        content=application.content,
        guardian_required=guardian,
        expires_at=application.expires_at,
        confirmation=confirmation_view(confirmation) if confirmation else None,
    )


async def _application(
    ctx: MockContext, step: str | None = None
) -> tuple[Application, Login, Approval]:
    login, approval = await login_of(ctx)
    session = await ctx.session()
    application = await session.get(Application, ctx.request.path_params["id"])
    if application is None or application.approval_id != approval.id:
        raise Gov24Error(404, _C.APPLICATION_NOT_FOUND)
    if step is not None:
        if application.step != step:
            raise Gov24Error(409, _C.WRONG_STEP)
        if ctx.clock.now() > application.expires_at:
            raise Gov24Error(410, _C.APPLICATION_EXPIRED)
    return application, login, approval


@route(
    "GET",
    "/applications/{id}",
    ok=ApplicationView,
    errors=(401, 403, 404),
    summary="A confirmation being drafted (or issued)",
)
async def get_application(ctx: MockContext) -> ApplicationView:
    application, _, approval = await _application(ctx)
    found = await application_view(ctx, application.id, approval, ctx.clock.now())
    assert found is not None
    return found


async def application_view(
    ctx: MockContext, application_id: str, approval: Approval, now: datetime
) -> ApplicationView | None:
    """A draft of ``approval``'s holder with its confirmation once issued."""
    session = await ctx.session()
    application = await session.get(Application, application_id)
    if application is None or application.approval_id != approval.id:
        return None
    confirmation = None
    if application.issuance_number is not None:
        confirmation = await session.get(Confirmation, application.issuance_number)
    return _view(application, needs_guardian(approval, now.date()), confirmation)


@route(
    "POST",
    "/applications/{id}/signature",
    body=SignatureRequest,
    ok=ApplicationView,
    errors=(401, 403, 404, 409, 410, 422, 503),
    summary="전자서명 — the applicant signs the content with the login certificate",
    description="Issues the confirmation, unless a guardian's consent is still needed.",
)
async def sign_application(ctx: MockContext, body: SignatureRequest) -> ApplicationView:
    application, login, approval = await _application(ctx, "signature")
    signer = load_certificate(_der(body.certificate))
    if signer.serial_number != int(login.certificate_serial, 16):
        raise Gov24Error(422, _C.CERTIFICATE_CHANGED, field="certificate")
    signed = await check_signature(ctx, application.content, body.certificate, body.signature)
    application.signature = signed.signature_b64
    if needs_guardian(approval, ctx.clock.now().date()):
        application.step = "guardian_consent"
        return _view(application, True)
    confirmation = await _issue(ctx, application, approval, signed, None)
    return _view(application, False, confirmation)


@route(
    "POST",
    "/applications/{id}/guardian-consent",
    body=GuardianConsentRequest,
    ok=ApplicationView,
    errors=(401, 403, 404, 409, 410, 422, 503),
    summary="법정대리인·한정후견인 동의 — the registered guardian signs the same content",
)
async def guardian_consent(ctx: MockContext, body: GuardianConsentRequest) -> ApplicationView:
    application, login, approval = await _application(ctx, "guardian_consent")
    assert approval.guardian_number_sealed is not None, "a guardian step needs a guardian"
    try:
        consent = await check_signature(
            ctx,
            application.content,
            body.certificate,
            body.signature,
            owner_number=unseal(approval.guardian_number_sealed),
            random_num=body.random_num,
        )
    except Gov24Error as error:
        if error.code == CertificateErrorCode.OWNER_MISMATCH:
            raise Gov24Error(422, _C.GUARDIAN_MISMATCH, field="certificate") from None
        raise
    if consent.certificate.holder_name != approval.guardian_name:
        raise Gov24Error(422, _C.GUARDIAN_MISMATCH, field="certificate")
    applicant = SignedContent(consent.certificate, login.certificate, application.signature or "")
    confirmation = await _issue(ctx, application, approval, applicant, consent)
    return _view(application, True, confirmation)


def _der(certificate: str) -> bytes:
    try:
        return base64.b64decode(certificate, validate=True)
    except (binascii.Error, ValueError):
        raise Gov24Error(400, _C.INVALID_REQUEST, field="certificate") from None


def issuance_number(now: datetime) -> str:
    """발급번호: ``YYYY-NNNN-NNNN-NNNN`` (synthetic; the real format is not public)."""
    digits = f"{secrets.randbelow(10**12):012d}"
    return f"{now.year}-{digits[:4]}-{digits[4:8]}-{digits[8:]}"


async def _issue(
    ctx: MockContext,
    application: Application,
    approval: Approval,
    applicant: SignedContent,
    guardian: SignedContent | None,
) -> Confirmation:
    now = ctx.clock.now()
    session = await ctx.session()
    agency = await session.get(Agency, application.agency_code)
    assert agency is not None
    number = unseal(approval.number_sealed)
    confirmation = Confirmation(
        number=issuance_number(now),
        approval_id=approval.id,
        holder_hash=lookup_hash(number),
        name=approval.name,
        number_sealed=seal(number),
        number_masked=approval.number_masked,
        address=application.address,
        purpose=application.purpose,
        counterparty=application.counterparty,
        delegate=application.delegate,
        agency_code=agency.code,
        agency_name=agency.name,
        content=application.content,
        signature=applicant.signature_b64,
        certificate=applicant.certificate_b64,
        signer_serial=_login_serial(applicant),
        guardian_name=approval.guardian_name if guardian else None,
        guardian_signature=guardian.signature_b64 if guardian else None,
        guardian_serial=guardian.certificate.serial_hex if guardian else None,
        issued_at=now,
    )
    session.add(confirmation)
    application.step, application.issuance_number = "issued", confirmation.number
    await session.flush()
    return confirmation


def _login_serial(applicant: SignedContent) -> str:
    return f"{load_certificate(_der(applicant.certificate_b64)).serial_number:X}"
