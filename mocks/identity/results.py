"""What every verification method shares: consents, lookups, expiry and the verified identity."""

from __future__ import annotations

import re
from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from koreakit import phone
from mocks.framework.sealing import unseal
from mocks.identity.errors import IdentityError
from mocks.identity.messages import IdentityErrorCode
from mocks.identity.models import Person, PhoneLine, Verification
from mocks.identity.schemas import IdentityResult, VerificationView
from mocks.identity.sealing import ci_of, di_of

OPEN_STATUSES = frozenset({"requested", "pending", "code_sent"})
DONE_STATUSES = frozenset({"verified", "approved"})
_SPACES = re.compile(r"\s+")


def require_consents(consents: BaseModel) -> None:
    """Every consent field must be true.

    Raises:
        IdentityError: 400 CONSENT_REQUIRED naming the first missing consent.
    """
    for name in type(consents).model_fields:
        if getattr(consents, name) is not True:
            raise IdentityError(400, IdentityErrorCode.CONSENT_REQUIRED, field=f"consents.{name}")


def same_name(given: str, registered: str) -> bool:
    """Names match ignoring spaces and letter case ("홍 길동" = "홍길동", "john smith")."""
    return _SPACES.sub("", given).casefold() == _SPACES.sub("", registered).casefold()


def national(digits: str) -> str:
    """ "01012345678" → "010-1234-5678"."""
    return phone.parse(digits).national


async def find_line(session: AsyncSession, digits: str) -> tuple[PhoneLine, Person] | None:
    row = (
        await session.execute(
            select(PhoneLine, Person)
            .join(Person, Person.id == PhoneLine.person_id)
            .where(PhoneLine.phone == digits)
        )
    ).first()
    return None if row is None else (row[0], row[1])


async def get_verification(
    session: AsyncSession, verification_id: str, kind: str | None = None
) -> Verification:
    """Raises: IdentityError 404 VERIFICATION_NOT_FOUND."""
    verification = await session.get(Verification, verification_id)
    if verification is None or (kind is not None and verification.kind != kind):
        raise IdentityError(404, IdentityErrorCode.VERIFICATION_NOT_FOUND)
    return verification


def expire_if_due(verification: Verification, now: datetime) -> None:
    """An open verification past its time becomes ``expired`` (checked whenever it is read)."""
    if verification.status in OPEN_STATUSES and now > verification.expires_at:
        verification.status = "expired"


def identity_result(verification: Verification, person: Person) -> IdentityResult:
    """The verified identity, with the CI and the DI for the verification's site."""
    number = unseal(person.number_sealed)
    completed = verification.completed_at or verification.created_at
    return IdentityResult(
        verification_id=verification.id,
        kind=verification.kind,
        method=verification.method,
        provider=verification.provider,
        site_code=verification.site_code,
        ci=ci_of(number),
        di=di_of(number, verification.site_code),
        name=person.name,
        birth_date=person.birth_date,
        sex=person.sex,
        nationality="외국인" if person.foreigner else "내국인",
        foreigner=person.foreigner,
        nationality_code=person.nationality,
        phone=national(verification.phone) if verification.phone else None,
        resident_number_masked=person.number_masked,
        verified_at=completed,
    )


async def view(session: AsyncSession, verification: Verification) -> VerificationView:
    result = None
    if verification.status in DONE_STATUSES and verification.person_id is not None:
        person = await session.get(Person, verification.person_id)
        result = None if person is None else identity_result(verification, person)
    return VerificationView(
        id=verification.id,
        kind=verification.kind,
        method=verification.method,
        site_code=verification.site_code,
        status=verification.status,
        created_at=verification.created_at,
        expires_at=verification.expires_at,
        completed_at=verification.completed_at,
        result=result,
    )
