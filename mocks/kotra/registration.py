"""기업정보 등록 by a general member: check the number (registered → login; closed or
suspended at the NTS → refused; KOTRA's directory → its data; unknown → new company with a
scan of the business registration certificate), then authenticate with the corporate
certificate and set the company password and the 6-digit approval password."""

from __future__ import annotations

import base64
import binascii

import filetype  # type: ignore[import-untyped]
from pydantic import Field

from mocks.framework import MockContext
from mocks.framework.sealing import hash_secret
from mocks.kotra import messages, rules, tokens
from mocks.kotra.affiliation import NUMBER_PATTERN
from mocks.kotra.agency import route
from mocks.kotra.errors import KotraError
from mocks.kotra.flows import advance, get_flow, open_flow
from mocks.kotra.linked import Proof, business_status, verify_company_certificate
from mocks.kotra.members import require_terms
from mocks.kotra.messages import KotraErrorCode as C
from mocks.kotra.models import Company, Flow, RegistrationScan
from mocks.kotra.schemas import (
    CompanyFields,
    CompanyRegistered,
    CompanyView,
    FlowView,
    Strict,
    Terms,
)

MAX_SCAN_BYTES = 5 * 1024 * 1024
"""The largest 사업자등록증 스캔본 kept (5 MB)."""
SCAN_TYPES = frozenset({"application/pdf", "image/jpeg", "image/png", "image/tiff"})
"""Scan types, told by the file's content (magic bytes), not by its declared type."""
CONFIRM_MESSAGE = (  # seed
    "조회하신 사업자등록번호와 기업정보는 아래와 같습니다. 맞으시면 '기업인증'을 진행해주시기 "
    "바랍니다."
)


class RegistrationStart(Strict):
    terms: Terms = Field(description="STEP1 약관동의 — 이용약관, 개인정보 수집·이용 동의 (필수)")
    number: str = Field(pattern=NUMBER_PATTERN, description="소속기업의 사업자등록번호(10자리)")


class Scan(Strict):
    """사업자등록증 스캔본."""

    file_name: str = Field(min_length=1, max_length=200)
    content_type: str = Field(
        description="application/pdf, image/jpeg, image/png or image/tiff — must be what the "
        "content is"
    )
    content_base64: str = Field(min_length=4, description="the file, base64 (≤ 5 MB)")


class Registration(Strict):
    proof: Proof = Field(description="signed with the company's 범용인증서 (기업인증)")
    login_password: str = Field(description="기업 로그인 비밀번호")
    login_password_confirm: str
    approval_password: str = Field(description="승인 비밀번호 (숫자 6글자)")
    approval_password_confirm: str
    company: CompanyFields
    scan: Scan | None = Field(None, description="required for a new company")


async def _refusal(ctx: MockContext, number: str) -> Company | None:
    """KOTRA's directory row, if any; refuses registered and closed businesses."""
    company = await (await ctx.session()).get(Company, number)
    if company is not None and company.login_password_hash is not None:
        raise KotraError(409, C.COMPANY_EXISTS, field="number")
    if await business_status(ctx, number) in ("02", "03"):
        raise KotraError(422, C.COMPANY_CLOSED, field="number")
    return company


def _view(flow: Flow, company: Company | None) -> FlowView:
    return FlowView(
        id=flow.id,
        kind=flow.kind,
        step=flow.step,
        expires_at=flow.expires_at,
        company=CompanyView.full(company) if company else None,
        scan_required=company is None,
        message=CONFIRM_MESSAGE if company else messages.NO_COMPANY_FOUND,
    )


@route(
    "POST", "/company-registrations", body=RegistrationStart, ok=FlowView, status=201,
    errors=(401, 403, 409, 422, 503),
    summary="기업정보 등록 STEP1 약관동의 and STEP2 — check the number; next: 기업인증 and "
    "the company form",
)  # fmt: skip
async def start_registration(ctx: MockContext, body: RegistrationStart) -> FlowView:
    member = await tokens.current_member(ctx)
    if member.kind != "general":
        raise KotraError(403, C.GENERAL_MEMBER_REQUIRED)
    require_terms(body.terms)
    company = await _refusal(ctx, body.number)
    flow = await open_flow(
        ctx, "registration", "certify", messages.SIGNUP_TTL, {"number": body.number}, member.id
    )
    return _view(flow, company)


@route(
    "GET", "/company-registrations/{id}", ok=FlowView, errors=(401, 404, 410),
    summary="A company registration in progress (the member's own)",
)  # fmt: skip
async def get_registration(ctx: MockContext) -> FlowView:
    member = await tokens.current_member(ctx)
    flow = await get_flow(ctx, "registration")
    if flow.member_id != member.id:
        raise KotraError(404, C.FLOW_NOT_FOUND, field="id")
    company = await (await ctx.session()).get(Company, str(flow.state["number"]))
    return _view(flow, company)


def _scan_bytes(scan: Scan) -> bytes:
    try:
        content = base64.b64decode(scan.content_base64, validate=True)
    except (binascii.Error, ValueError):
        raise KotraError(422, C.SCAN_REQUIRED, field="scan") from None
    if not content:
        raise KotraError(422, C.SCAN_REQUIRED, field="scan")
    if len(content) > MAX_SCAN_BYTES:
        raise KotraError(422, C.SCAN_TOO_LARGE, field="scan")
    kind = filetype.guess_mime(content)
    if kind not in SCAN_TYPES or kind != scan.content_type:
        raise KotraError(422, C.SCAN_TYPE_NOT_ALLOWED, field="scan")
    return content


@route(
    "POST", "/company-registrations/{id}", body=Registration, ok=CompanyRegistered, status=201,
    errors=(401, 404, 409, 410, 422, 503),
    summary="기업정보 등록 STEP3 — 기업인증, passwords and the company form; the member "
    "becomes its employee (by certificate)",
)  # fmt: skip
async def register_company(ctx: MockContext, body: Registration) -> CompanyRegistered:
    member = await tokens.current_member(ctx)
    flow = await get_flow(ctx, "registration", "certify")
    if flow.member_id != member.id:
        raise KotraError(404, C.FLOW_NOT_FOUND, field="id")
    number = str(flow.state["number"])
    existing = await _refusal(ctx, number)
    rules.check_password(
        body.login_password, body.login_password_confirm, field="login_password", company=True
    )
    rules.check_approval_password(body.approval_password, body.approval_password_confirm)
    content = None if existing else (_scan_bytes(body.scan) if body.scan else None)
    if existing is None and content is None:
        raise KotraError(422, C.SCAN_REQUIRED, field="scan")
    if existing is None and not body.company.company_class.strip():
        # the new-company form also stars 기업분류 (기업분류*)
        raise KotraError(422, C.REQUIRED_FIELD, field="company.company_class")
    await verify_company_certificate(ctx, body.proof, number)
    now = ctx.clock.now()
    session = await ctx.session()
    company = existing or Company(number=number)
    for name, value in body.company.model_dump().items():
        setattr(company, name, value)
    company.login_password_hash = hash_secret(body.login_password)
    company.approval_password_hash = hash_secret(body.approval_password)
    company.registered_at, company.registered_by, company.updated_at = now, member.id, now
    if existing is None:
        session.add(company)
    if content is not None and body.scan is not None:
        session.add(
            RegistrationScan(
                company_number=number,
                file_name=body.scan.file_name,
                content_type=body.scan.content_type,
                content=content,
                uploaded_at=now,
            )
        )
    await session.flush()
    if member.company_number is None:
        member.company_number, member.affiliation, member.affiliated_at = number, "certificate", now
    advance(flow, "done")
    return CompanyRegistered(
        company=CompanyView.full(company, employees=1), message=messages.COMPANY_REGISTERED
    )
