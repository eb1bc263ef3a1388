"""기업회원 가입: 01 가입 인증 → 02 약관 동의 → 03 정보 입력 → 04 가입 완료 (seed §1.3).

Each step is refused out of order (409 WRONG_STEP) and the whole session expires
`SIGNUP_TTL` after it started (410 SIGNUP_EXPIRED). A business that is a member already
cannot start, nor finish (two sign-ups racing): 409 ALREADY_MEMBER.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from koreakit import brn
from koreakit.errors import InvalidIdentifierError
from mocks.framework import MockContext
from mocks.framework.identifiers import new_id
from mocks.work24 import information, mdm, nts_link, proofs
from mocks.work24.agency import route
from mocks.work24.errors import Work24Error
from mocks.work24.messages import (
    MDM_PENDING_NOTICE,
    MEMBER_TYPES,
    SIGNUP_DONE_NOTICE,
    SIGNUP_TTL,
    STEP_LABELS,
    TERMS,
    Work24ErrorCode,
)
from mocks.work24.models import Member, RegisteredCertificate, Signup
from mocks.work24.schemas import (
    InformationEntry,
    SignupAuthentication,
    SignupStart,
    SignupView,
    Term,
    TermsAgreement,
)
from mocks.work24.views import company_of_link, mdm_state, summary

_C = Work24ErrorCode


def business_number(value: str, field: str = "business_number") -> str:
    try:
        return brn.validate(value)
    except InvalidIdentifierError:
        raise Work24Error(400, _C.INVALID_NUMBER, field=field) from None


async def member_by_number(db: AsyncSession, number: str) -> Member | None:
    found: Member | None = await db.scalar(select(Member).where(Member.business_number == number))
    return found


def terms() -> list[Term]:
    return [Term(code=code, title=title, required=required) for code, title, required in TERMS]


async def view(ctx: MockContext, signup: Signup, message: str | None = None) -> SignupView:
    shown = SignupView(
        id=signup.id,
        member_type="agency" if signup.member_type == "agency" else "general",
        member_type_label=MEMBER_TYPES[signup.member_type],
        business_number=signup.business_number,
        step=signup.step,  # one of STEPS
        step_label=STEP_LABELS[signup.step],
        expires_at=signup.expires_at,
        member_id=signup.member_id,
        message=message,
    )
    if signup.step == "terms":
        shown.terms = terms()
    elif signup.step == "information":
        link = await nts_link.linked(ctx, signup.business_number)
        shown.company = company_of_link(link) if link else None
    elif signup.step == "completed" and signup.member_id:
        member = await (await ctx.session()).get(Member, signup.member_id)
        if member is not None:
            shown.summary, shown.mdm = summary(member), mdm_state(member)
    return shown


async def open_signup(ctx: MockContext, step: str | None) -> tuple[Signup, datetime]:
    """The path's sign-up, live and (when ``step`` is given) at that step."""
    signup = await (await ctx.session()).get(Signup, ctx.request.path_params["id"])
    if signup is None:
        raise Work24Error(404, _C.SIGNUP_NOT_FOUND)
    now = ctx.clock.now()
    if signup.step != "completed" and now >= signup.expires_at:
        raise Work24Error(410, _C.SIGNUP_EXPIRED)
    if step is not None and signup.step != step:
        label = STEP_LABELS[signup.step]
        raise Work24Error(409, _C.WRONG_STEP, step=label, step_en=signup.step)
    return signup, now


@route(
    "POST",
    "/signups",
    body=SignupStart,
    ok=SignupView,
    status=201,
    errors=(409,),
    summary="기업회원 가입 시작 — member type and 사업자등록번호; step 01 가입 인증",
)
async def start_signup(ctx: MockContext, body: SignupStart) -> SignupView:
    number = business_number(body.business_number)
    db, now = await ctx.session(), ctx.clock.now()
    if await member_by_number(db, number) is not None:
        raise Work24Error(409, _C.ALREADY_MEMBER, field="business_number")
    signup = Signup(
        id=new_id("w24s"),
        member_type=body.member_type,
        business_number=number,
        step="authentication",
        created_at=now,
        expires_at=now + SIGNUP_TTL,
        agreed_terms="",
    )
    db.add(signup)
    return await view(ctx, signup)


@route(
    "GET",
    "/signups/{id}",
    ok=SignupView,
    errors=(404, 410),
    summary="A sign-up as it stands (a client resumes from its step)",
)
async def get_signup(ctx: MockContext) -> SignupView:
    signup, _ = await open_signup(ctx, None)
    return await view(ctx, signup)


@route(
    "POST",
    "/signups/{id}/authenticate",
    body=SignupAuthentication,
    ok=SignupView,
    errors=(404, 409, 410, 422, 503),
    summary="01 가입 인증 — 대표자 성명 + 개업일 (NTS), then 공동인증서 or 금융인증서",
)
async def authenticate(ctx: MockContext, body: SignupAuthentication) -> SignupView:
    signup, _ = await open_signup(ctx, "authentication")
    name, opened = nts_link.required_identity(body.representative_name, body.opening_date)
    await nts_link.check(ctx, signup.business_number, name, opened)
    confirmed = await proofs.confirm(ctx, body, signup.business_number)
    signup.auth_method = confirmed.kind
    signup.certificate_key, signup.certificate_label = confirmed.key, confirmed.label
    signup.step = "terms"
    return await view(ctx, signup)


@route(
    "POST",
    "/signups/{id}/terms",
    body=TermsAgreement,
    ok=SignupView,
    errors=(404, 409, 410),
    summary="02 약관 동의 — agree to every required term; the answer autofills 03",
)
async def agree_terms(ctx: MockContext, body: TermsAgreement) -> SignupView:
    signup, _ = await open_signup(ctx, "terms")
    required = {code for code, _, needed in TERMS if needed}
    if not required <= set(body.agreed):
        raise Work24Error(400, _C.TERMS_REQUIRED, field="agreed")
    signup.agreed_terms = ",".join(code for code, _, _ in TERMS if code in body.agreed)
    signup.step = "information"
    return await view(ctx, signup)


@route(
    "POST",
    "/signups/{id}/information",
    body=InformationEntry,
    ok=SignupView,
    errors=(404, 409, 410),
    summary="03 정보 입력 → 04 가입 완료 — creates the member and its MDM customer record",
    description=(
        "The answer's `message` is the manual's delay notice when the MDM customer record "
        "could not be created yet (it is retried until it exists)."
    ),
)
async def enter_information(ctx: MockContext, body: InformationEntry) -> SignupView:
    signup, now = await open_signup(ctx, "information")
    checked = information.check(body)
    db = await ctx.session()
    if await member_by_number(db, signup.business_number) is not None:
        raise Work24Error(409, _C.ALREADY_MEMBER, field="business_number")
    link = await nts_link.linked(ctx, signup.business_number)
    if link is None:  # linked at 가입 인증; gone only if the tables were reset meanwhile
        raise Work24Error(404, _C.SIGNUP_NOT_FOUND)
    member = Member(
        id=new_id("w24m"),
        business_number=signup.business_number,
        member_type=signup.member_type,
        company_name=link.company_name,
        zip_code=link.zip_code,
        address=link.address,
        representative_name=link.representative_name,
        opening_date=link.opening_date,
        business_phone=link.business_phone,
        industry_code=checked.industry.code,
        industry_name=checked.industry.name,
        contact_name=checked.contact_name,
        contact_landline=checked.landline,
        contact_mobile=checked.mobile,
        contact_email=checked.email,
        sms_progress=body.consents.sms_progress,
        sms_promotion=body.consents.sms_promotion,
        email_news=body.consents.email_news,
        e_notice_email=body.consents.e_notice_email,
        employment_membership=body.employment_membership,
        signup_id=signup.id,
        joined_at=now,
        mdm_status="new",
        mdm_attempts=0,
    )
    db.add(member)
    db.add(
        RegisteredCertificate(
            member_id=member.id,
            certificate_key=signup.certificate_key or "",
            kind=signup.auth_method or "joint",
            label=signup.certificate_label or "",
            registered_at=now,
        )
    )
    await db.flush()
    created = await mdm.attempt(db, mdm.runtime_of(ctx).faults, member, now)
    signup.step, signup.member_id = "completed", member.id
    return await view(ctx, signup, SIGNUP_DONE_NOTICE if created else MDM_PENDING_NOTICE)
