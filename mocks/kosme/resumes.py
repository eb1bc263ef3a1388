"""이력서 관리: a member's foreigner résumés (list, read, write, photo) and the 외국인 실명확인."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from mocks.framework import MockContext
from mocks.framework.identifiers import new_id
from mocks.framework.sealing import seal, unseal
from mocks.kosme import checks, peers, resume_rules
from mocks.kosme.agency import route
from mocks.kosme.errors import KosmeError
from mocks.kosme.logins import current_member
from mocks.kosme.messages import KosmeErrorCode
from mocks.kosme.models import Career, Education, Member, Resume
from mocks.kosme.schemas import RealNameCheck, RealNameResult, ResumeIn, ResumeList, ResumeView
from mocks.kosme.views import resume_view

_C = KosmeErrorCode
_REAL_NAME_REFUSALS = {"MISMATCH": _C.REAL_NAME_MISMATCH, "NOT_FOUND": _C.REAL_NAME_NOT_FOUND}


async def _view(session: AsyncSession, resume: Resume, member: Member) -> ResumeView:
    educations = await session.scalars(select(Education).where(Education.resume_id == resume.id))
    careers = await session.scalars(select(Career).where(Career.resume_id == resume.id))
    return resume_view(resume, member, list(educations), list(careers))


async def _own(ctx: MockContext, member: Member) -> Resume:
    resume = await (await ctx.session()).get(Resume, ctx.request.path_params["id"])
    if resume is None or resume.member_id != member.id:
        raise KosmeError(404, _C.RESUME_NOT_FOUND)
    return resume


async def _checked_real_name(ctx: MockContext, name_en: str, number: str) -> None:
    """The identity provider must say MATCH. Raises: REAL_NAME_MISMATCH / _NOT_FOUND."""
    answer = await peers.real_name(ctx, name_en, number)
    refusal = _REAL_NAME_REFUSALS.get(str(answer.get("result")))
    if refusal is not None:
        raise KosmeError(400, refusal, field="name_en")


async def _write(ctx: MockContext, body: ResumeIn, member: Member, resume: Resume | None) -> Resume:
    """Check the form, ask the 실명확인, then store the résumé with its rows replaced."""
    now = ctx.clock.now()
    today = now.date()
    columns: dict[str, Any] = resume_rules.basic_information(body, member, today)
    if resume is not None and not body.foreigner_number.strip():
        number = unseal(resume.foreigner_number_sealed)  # kept from the saved résumé
    else:
        number = resume_rules.foreigner_number(body.foreigner_number, today)
    photo = resume_rules.photo(body.photos)
    resume_rules.consent(body.unique_id_consent)
    educations = resume_rules.educations(body.educations, today)
    careers = resume_rules.careers(body.career_kind, body.careers, today)
    await _checked_real_name(ctx, columns["name_en"], number)
    session = await ctx.session()
    if resume is None:
        resume = Resume(id=new_id("res"), member_id=member.id, created_at=now)
        session.add(resume)
    else:
        await session.execute(delete(Education).where(Education.resume_id == resume.id))
        await session.execute(delete(Career).where(Career.resume_id == resume.id))
    for name, value in columns.items():
        setattr(resume, name, value)
    resume.foreigner_number_sealed = seal(number)
    resume.foreigner_number_masked = f"{number[:6]}-{number[6]}******"
    resume.career_kind = str(body.career_kind)
    resume.unique_id_consent_at = resume.real_name_checked_at = resume.updated_at = now
    if photo is not None:
        resume.photo, resume.photo_name = photo.data, photo.filename
        resume.photo_type, resume.photo_size = photo.content_type, len(photo.data)
    elif not body.keep_photo:
        resume.photo = resume.photo_name = resume.photo_type = resume.photo_size = None
    await session.flush()
    for education in educations:
        education.resume_id = resume.id
    for career in careers:
        career.resume_id = resume.id
    session.add_all([*educations, *careers])
    await session.flush()
    return resume


@route("GET", "/resumes", ok=ResumeList, errors=(401,), summary="이력서 관리 — my résumés")
async def list_resumes(ctx: MockContext) -> ResumeList:
    member = await current_member(ctx)
    session = await ctx.session()
    resumes = await session.scalars(
        select(Resume)
        .where(Resume.member_id == member.id)
        .order_by(Resume.created_at.desc(), Resume.id)
    )
    return ResumeList(resumes=[await _view(session, r, member) for r in resumes])


@route(
    "POST",
    "/resumes",
    body=ResumeIn,
    ok=ResumeView,
    status=201,
    errors=(401, 503),
    summary="이력서 작성하기 (Resume for Foreigner)",
    description="Runs the 외국인 실명확인 of name_en and foreigner_number at the provider.",
)
async def create_resume(ctx: MockContext, body: ResumeIn) -> ResumeView:
    member = await current_member(ctx)
    resume = await _write(ctx, body, member, None)
    return await _view(await ctx.session(), resume, member)


@route("GET", "/resumes/{id}", ok=ResumeView, errors=(401, 404), summary="One of my résumés")
async def get_resume(ctx: MockContext) -> ResumeView:
    member = await current_member(ctx)
    return await _view(await ctx.session(), await _own(ctx, member), member)


@route(
    "PUT",
    "/resumes/{id}",
    body=ResumeIn,
    ok=ResumeView,
    errors=(401, 404, 503),
    summary="이력서 수정 — replace a résumé",
    description=(
        "An empty foreigner_number keeps the registered one; no photos and keep_photo keeps "
        "the photo."
    ),
)
async def update_resume(ctx: MockContext, body: ResumeIn) -> ResumeView:
    member = await current_member(ctx)
    resume = await _write(ctx, body, member, await _own(ctx, member))
    return await _view(await ctx.session(), resume, member)


@route(
    "GET",
    "/resumes/{id}/photo",
    ok=None,
    errors=(401, 404),
    summary="이력서 사진 — the photo's bytes, with its detected type",
)
async def get_photo(ctx: MockContext) -> Response:
    resume = await _own(ctx, await current_member(ctx))
    if resume.photo is None or resume.photo_type is None:
        raise KosmeError(404, _C.NOT_FOUND)
    return Response(resume.photo, media_type=resume.photo_type)


@route(
    "POST",
    "/foreigners/real-name",
    body=RealNameCheck,
    ok=RealNameResult,
    errors=(401, 503),
    summary="외국인 실명확인 — the form's button: English name against the registration number",
)
async def check_real_name(ctx: MockContext, body: RealNameCheck) -> RealNameResult:
    await current_member(ctx)
    name_en = checks.present(body.name_en, "name_en", "영문이름(English Name)")
    number = resume_rules.foreigner_number(body.foreigner_number, ctx.clock.now().date())
    answer = await peers.real_name(ctx, name_en, number)
    return RealNameResult(
        result=answer["result"],
        message=str(answer["message"]),
        foreigner_number_masked=str(answer["foreigner_number_masked"]),
    )
