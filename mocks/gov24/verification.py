"""수요기관 확인 (e-하나로민원): a receiving agency enters the 발급번호 and 성명 and sees the
content — only the submission agency named at issuance. Every look-up is logged.

The agency is named by its code in the body: the 행정망 connection (here, the gateway's
authenticated agency client) vouches for it.
"""

from __future__ import annotations

import base64

from pydantic import BaseModel, ConfigDict, Field

from koreakit.npki.errors import CertificateError
from koreakit.npki.verify import load_certificate, verify_signature
from mocks.framework import MockContext
from mocks.gov24.agency import route
from mocks.gov24.errors import Gov24Error
from mocks.gov24.messages import Gov24ErrorCode
from mocks.gov24.models import Agency, Confirmation, VerificationLog
from mocks.gov24.views import ConfirmationView, confirmation_view

_C = Gov24ErrorCode


class VerificationRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    agency_code: str = Field(description="the verifying agency's 기관코드")
    issuance_number: str = Field(description="발급번호 from the slip")
    name: str = Field(description="성명 from the slip")


class VerificationResult(BaseModel):
    confirmation: ConfirmationView = Field(description="the content (no look-up log)")
    signature_valid: bool = Field(description="the stored signature still verifies the content")


def _signature_valid(row: Confirmation) -> bool:
    try:
        certificate = load_certificate(base64.b64decode(row.certificate))
        verify_signature(certificate, row.content.encode("utf-8"), base64.b64decode(row.signature))
    except (CertificateError, ValueError):
        return False
    return True


@route(
    "POST",
    "/verifications",
    body=VerificationRequest,
    ok=VerificationResult,
    errors=(403, 404),
    summary="수요기관 확인 — 발급번호 and 성명; only the designated 제출기관 sees the content",
)
async def verify_confirmation(ctx: MockContext, body: VerificationRequest) -> VerificationResult:
    session = await ctx.session()
    agency = await session.get(Agency, body.agency_code)
    if agency is None:
        raise Gov24Error(404, _C.AGENCY_NOT_FOUND, field="agency_code")
    if not agency.eligible:
        raise Gov24Error(403, _C.AGENCY_NOT_ELIGIBLE, field="agency_code")
    row = await session.get(Confirmation, body.issuance_number.strip())
    if row is None:
        raise Gov24Error(404, _C.CONFIRMATION_NOT_FOUND, field="issuance_number")
    outcome = "viewed"
    if body.name.strip() != row.name:
        outcome = "refused_name"
    elif agency.code != row.agency_code:
        outcome = "refused_agency"
    session.add(
        VerificationLog(
            confirmation_number=row.number,
            agency_code=agency.code,
            agency_name=agency.name,
            outcome=outcome,
            at=ctx.clock.now(),
        )
    )
    if outcome == "refused_name":
        raise Gov24Error(404, _C.CONFIRMATION_NOT_FOUND, field="name")
    if outcome == "refused_agency":
        raise Gov24Error(403, _C.NOT_DESIGNATED_AGENCY)
    return VerificationResult(
        confirmation=confirmation_view(row), signature_valid=_signature_valid(row)
    )
