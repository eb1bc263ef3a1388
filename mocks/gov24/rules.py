"""Rules of the usage approval: who needs a guardian, how long an approval lasts, when it may be
renewed — each on the mock clock."""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from koreakit import masking, phone, rrn
from koreakit.errors import InvalidIdentifierError
from mocks.framework.sealing import unseal
from mocks.gov24.errors import Gov24Error
from mocks.gov24.messages import ADULT_AGE, RENEWAL_WINDOW, Gov24ErrorCode
from mocks.gov24.models import Approval
from mocks.gov24.records import ApprovalView, GuardianView, IdDocument

_C = Gov24ErrorCode


def resident(value: str, today: date, field: str) -> rrn.ResidentNumber:
    """A valid 주민등록번호 (format and birth date; the check digit is advisory).

    Raises: Gov24Error 400 INVALID_NUMBER.
    """
    try:
        return rrn.validate(value, today=today)
    except InvalidIdentifierError:
        raise Gov24Error(400, _C.INVALID_NUMBER, field=field) from None


def age_on(birth: date, today: date) -> int:
    """만 나이 on ``today``."""
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def is_minor(birth: date, today: date) -> bool:
    return age_on(birth, today) < ADULT_AGE


def add_years(moment: datetime, years: int) -> datetime:
    """The same calendar moment ``years`` later (29 February → 28 February)."""
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:
        return moment.replace(year=moment.year + years, day=28)


def is_expired(approval: Approval, now: datetime) -> bool:
    return now >= approval.expires_at


def is_renewable(approval: Approval, now: datetime) -> bool:
    """유효기간 만료 전 30일 이내."""
    return approval.expires_at - RENEWAL_WINDOW <= now < approval.expires_at


def renew(approval: Approval, now: datetime, years: int) -> None:
    """Extend by ``years`` from the current expiry.

    Raises: Gov24Error 410 APPROVAL_EXPIRED, 409 RENEWAL_NOT_YET.
    """
    if is_expired(approval, now):
        raise Gov24Error(410, _C.APPROVAL_EXPIRED)
    if not is_renewable(approval, now):
        raise Gov24Error(409, _C.RENEWAL_NOT_YET)
    approval.expires_at = add_years(approval.expires_at, years)
    approval.renewed_at = now


def needs_guardian(approval: Approval, today: date) -> bool:
    """A minor (today) or a person under limited guardianship issues with their consent."""
    if approval.capacity == "limited_guardianship":
        return True
    birth = rrn.validate(unseal(approval.number_sealed), today=today).birth_date
    return is_minor(birth, today)


def phone_of(value: str | None, kind: phone.PhoneKind) -> str:
    """National digits of a mobile or landline number.

    Raises: Gov24Error 400 PHONE_REQUIRED (none) or INVALID_PHONE (not that kind of line).
    """
    if not value:
        raise Gov24Error(400, _C.PHONE_REQUIRED, field="phone")
    try:
        parsed = phone.parse(value)
    except InvalidIdentifierError:
        raise Gov24Error(400, _C.INVALID_PHONE, field="phone") from None
    if parsed.kind is not kind:
        raise Gov24Error(400, _C.INVALID_PHONE, field="phone")
    return parsed.digits


def view(approval: Approval, now: datetime) -> ApprovalView:
    guardian = None
    if approval.guardian_role is not None:
        guardian = GuardianView(
            role=approval.guardian_role,
            name=approval.guardian_name or "",
            number_masked=approval.guardian_number_masked or "",
            id_document=cast("IdDocument | None", approval.guardian_id_document),
            document=approval.guardian_document or "",
            consent_signed=approval.consent_signed,
        )
    return ApprovalView(
        id=approval.id,
        name=approval.name,
        number_masked=approval.number_masked,
        id_document=approval.id_document,
        office=approval.office,
        method=approval.method,
        phone_masked=phone.mask(approval.phone) if approval.phone else None,
        token_serial=approval.token_serial,
        capacity=approval.capacity,
        guardian=guardian,
        approved_at=approval.approved_at,
        expires_at=approval.expires_at,
        renewed_at=approval.renewed_at,
        status="expired" if is_expired(approval, now) else "valid",
        renewable_from=approval.expires_at - RENEWAL_WINDOW,
        renewable=is_renewable(approval, now),
    )


def masked(number: str) -> str:
    return masking.mask_rrn(number)
