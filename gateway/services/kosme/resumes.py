"""Foreigner résumés of the logged-in member: read, write, and the 외국인 실명확인 button.

The gateway checks the foreigner registration number's form (7th digit 5–8, a real birth date)
before the platform is asked; the number travels only to the platform, which seals it, and comes
back masked. The gateway stores no number and logs none.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from connectors.kosme import KosmeConnector, RealNameResult, Resume, ResumeDraft
from gateway.errors import UserError
from gateway.messages.kosme import KosmeErrorCode as Code
from gateway.services.kosme.refusals import call
from koreakit import rrn
from koreakit.errors import InvalidIdentifierError


def checked_number(value: str, today: date, field: list[str]) -> str:
    """An entered number in its 13 digits; empty stays empty (required, or kept on an edit).

    Raises:
        UserError: INVALID_FOREIGNER_NUMBER.
    """
    if not value.strip():
        return ""
    try:
        return rrn.validate_foreigner(value, today=today).number
    except InvalidIdentifierError:
        raise UserError(Code.INVALID_FOREIGNER_NUMBER, field=field) from None


async def list_resumes(kosme: KosmeConnector, token: str) -> list[Resume]:
    return await call(kosme.resumes(token), [])


async def get_resume(kosme: KosmeConnector, token: str, resume_id: str) -> Resume | None:
    try:
        return await call(kosme.resume(token, resume_id), [])
    except UserError as error:
        if error.code is Code.RESUME_NOT_FOUND:
            return None
        raise


async def get_resumes(
    kosme: KosmeConnector, token: str, resume_ids: Sequence[str]
) -> list[Resume | None]:
    """Several of the member's résumés by id, in order (None for one not theirs), in one call:
    the platform's list answers each résumé whole, so for two ids or more one ``GET /resumes``
    replaces a ``GET /resumes/{id}`` each."""
    if len(set(resume_ids)) == 1:
        found = await get_resume(kosme, token, resume_ids[0])
        return [found for _ in resume_ids]
    by_id = {resume.id: resume for resume in await list_resumes(kosme, token)}
    return [by_id.get(resume_id) for resume_id in resume_ids]


async def create(kosme: KosmeConnector, token: str, draft: ResumeDraft) -> Resume:
    return await call(kosme.create_resume(token, draft), ["input"])


async def update(kosme: KosmeConnector, token: str, resume_id: str, draft: ResumeDraft) -> Resume:
    return await call(kosme.update_resume(token, resume_id, draft), ["input"])


async def check_real_name(
    kosme: KosmeConnector, token: str, name_en: str, number: str
) -> RealNameResult:
    return await call(kosme.check_real_name(token, name_en, number), ["input"])
