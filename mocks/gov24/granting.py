"""Recording a usage approval granted in person (발급시스템 이용 승인), with every rule of the
application form: the chosen online identity-check method and, for a minor or a person under
limited guardianship, the guardian's signed consent."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from koreakit import phone
from mocks.framework.identifiers import new_id
from mocks.framework.sealing import lookup_hash, seal
from mocks.gov24.errors import Gov24Error
from mocks.gov24.messages import Gov24ErrorCode
from mocks.gov24.models import Approval
from mocks.gov24.records import ApprovalRequest, GuardianRequest
from mocks.gov24.rules import add_years, is_expired, is_minor, masked, phone_of, resident

_C = Gov24ErrorCode


async def grant(
    session: AsyncSession, request: ApprovalRequest, now: datetime, years: int
) -> Approval:
    """Record the approval; an expired earlier approval of the same person is replaced.

    Raises:
        Gov24Error: INVALID_NUMBER, PHONE_REQUIRED / INVALID_PHONE, TOKEN_REQUIRED,
            GUARDIAN_REQUIRED, CONSENT_REQUIRED, GUARDIAN_ROLE_MISMATCH, APPROVAL_EXISTS (a
            valid one exists).
    """
    approved_at = request.approved_at or now
    person = resident(request.resident_number, approved_at.date(), "resident_number")
    minor = is_minor(person.birth_date, approved_at.date())
    capacity = "minor" if minor else (
        "limited_guardianship" if request.limited_guardianship else "adult"
    )  # fmt: skip
    if capacity != "adult":
        _require_consent(request.guardian, approved_at)
        _require_role(capacity, request.guardian)
    digits = token = None
    if request.method == "security_token":
        if not request.token_serial:
            raise Gov24Error(400, _C.TOKEN_REQUIRED, field="token_serial")
        token = request.token_serial
    else:
        kind = phone.PhoneKind.MOBILE if request.method == "mobile" else phone.PhoneKind.LANDLINE
        digits = phone_of(request.phone, kind)
    number_hash = lookup_hash(person.number)
    earlier = await session.scalar(select(Approval).where(Approval.number_hash == number_hash))
    if earlier is not None:
        if not is_expired(earlier, now):
            raise Gov24Error(409, _C.APPROVAL_EXISTS)
        await session.delete(earlier)
        await session.flush()
    guardian = request.guardian if capacity != "adult" else None
    approval = Approval(
        id=new_id("apv"),
        name=request.name,
        number_sealed=seal(person.number),
        number_hash=number_hash,
        number_masked=masked(person.number),
        id_document=request.id_document,
        office=request.office,
        method=request.method,
        phone=digits,
        token_serial=token,
        capacity=capacity,
        guardian_role=guardian.role if guardian else None,
        guardian_name=guardian.name if guardian else None,
        guardian_number_sealed=seal(_guardian_number(guardian, now)) if guardian else None,
        guardian_number_masked=masked(_guardian_number(guardian, now)) if guardian else None,
        guardian_id_document=guardian.id_document if guardian else None,
        guardian_document=guardian.document if guardian else None,
        consent_signed=bool(guardian and guardian.consent_signed),
        approved_at=approved_at,
        expires_at=add_years(approved_at, years),
        renewed_at=None,
    )
    session.add(approval)
    await session.flush()
    return approval


def _require_consent(guardian: GuardianRequest | None, now: datetime) -> None:
    """미성년자 또는 피한정후견인: 동의란 작성 날인, 법정대리인·한정후견인의 신분증과 증명서류."""
    if guardian is None:
        raise Gov24Error(422, _C.CONSENT_REQUIRED, field="guardian")
    _guardian_number(guardian, now)
    if not guardian.consent_signed:
        raise Gov24Error(422, _C.CONSENT_REQUIRED, field="guardian.consent_signed")
    if guardian.id_document is None:
        raise Gov24Error(422, _C.CONSENT_REQUIRED, field="guardian.id_document")
    if not guardian.document.strip():
        raise Gov24Error(422, _C.CONSENT_REQUIRED, field="guardian.document")


_ROLE_OF = {"minor": "legal_representative", "limited_guardianship": "limited_guardian"}


def _require_role(capacity: str, guardian: GuardianRequest | None) -> None:
    """미성년자 → 법정대리인, 피한정후견인 → 한정후견인 (the one who consents for each)."""
    if guardian is not None and guardian.role != _ROLE_OF[capacity]:
        raise Gov24Error(422, _C.GUARDIAN_ROLE_MISMATCH, field="guardian.role")


def _guardian_number(guardian: GuardianRequest, now: datetime) -> str:
    number = resident(guardian.resident_number, now.date(), "guardian.resident_number")
    if is_minor(number.birth_date, now.date()):
        raise Gov24Error(422, _C.GUARDIAN_REQUIRED, field="guardian.resident_number")
    return number.number
