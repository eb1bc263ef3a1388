"""General sign-up (약관동의 → 실명인증 → 회원정보 입력), logins, the member's own record,
simple-to-general conversion and the service matrix."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field
from sqlalchemy import select

from mocks.framework import MockContext
from mocks.framework.sealing import hash_secret, lookup_hash, verify_secret
from mocks.kotra import messages, reference, rules, tokens
from mocks.kotra.affiliation import AffiliationRequest, affiliate
from mocks.kotra.agency import route
from mocks.kotra.company_records import record_application
from mocks.kotra.errors import KotraError
from mocks.kotra.flows import advance, get_flow, open_flow
from mocks.kotra.linked import sns_profile
from mocks.kotra.messages import KotraErrorCode as C
from mocks.kotra.models import Member
from mocks.kotra.retention import purge_unused_simple_members
from mocks.kotra.schemas import FlowView, LoggedIn, MemberView, Strict, Terms
from mocks.kotra.views import member_view

VerificationMethod = Literal["pass", "sms", "card", "simple_auth"]
"""실명인증 수단: 휴대전화 (PASS / SMS), 신용카드, 간편인증."""


class Verified(Strict):
    """The person the identity provider verified for site ``kotra``."""

    name: str = Field(min_length=1, max_length=60)
    birth_date: date
    ci: str = Field(min_length=10, max_length=200)
    di: str = Field(min_length=10, max_length=200)
    method: VerificationMethod
    foreigner: bool = False


class MemberInfo(Strict):
    """STEP3 회원정보 입력: 기본정보, 선택항목, 관심 품목/지역, 소속기업 등록 (선택)."""

    login_id: str
    password: str
    password_confirm: str
    email: str = Field(min_length=3, max_length=200, pattern=r"^[^@\s]+@[^@\s]+$")
    mobile: str = Field(pattern=r"^01[016789][0-9]{7,8}$")
    name_en: str = Field("", max_length=100)
    phone: str = Field("", max_length=20)
    fax: str = Field("", max_length=20)
    department: str = Field("", max_length=60)
    position: str = Field("", max_length=60)
    address_en: str = Field("", max_length=200)
    interests: list[str] = Field(default_factory=list, max_length=20, description="HS codes")
    regions: list[str] = Field(default_factory=list, max_length=20, description="ISO alpha-2")
    affiliation: AffiliationRequest | None = None


class Login(Strict):
    login_id: str
    password: str
    reconsent: bool = Field(False, description="재동의 (when the consent period has lapsed)")


class SnsLogin(Strict):
    provider: Literal["naver", "kakao", "google", "facebook"]
    code: str = Field(min_length=1, description="the SNS authorization code (site kotra)")


class Conversion(Verified):
    """간편회원 → 일반회원: real-name verification plus an ID and password."""

    login_id: str
    password: str
    password_confirm: str


class ServiceApplied(BaseModel):
    service: str
    applied_at: datetime


def require_terms(terms: Terms) -> None:
    if not (terms.terms_of_use and terms.privacy_required):
        raise KotraError(422, C.TERMS_REQUIRED, field="terms")


def check_interests(info: MemberInfo) -> None:
    index = reference.hs_index()
    for i, code in enumerate(info.interests):
        if code not in index:
            raise KotraError(422, C.UNKNOWN_HS_CODE, field=f"interests.{i}")
    for i, region in enumerate(info.regions):
        if region not in reference.COUNTRIES:
            raise KotraError(422, C.UNKNOWN_REGION, field=f"regions.{i}")


async def _ci_member(ctx: MockContext, ci: str) -> Member | None:
    session = await ctx.session()
    found: Member | None = await session.scalar(
        select(Member).where(Member.ci_hash == lookup_hash(ci), Member.deleted_at.is_(None))
    )
    return found


async def _new_login_id(ctx: MockContext, login_id: str) -> str:
    rules.check_login_id(login_id)
    if await tokens.member_by_login_id(ctx, login_id) is not None:
        raise KotraError(409, C.LOGIN_ID_TAKEN, field="login_id")
    return login_id


@route(
    "POST", "/signups", body=Terms, ok=FlowView, status=201, errors=(422,),
    summary="일반회원 가입 STEP1 약관동의 — starts a sign-up; next: 실명인증",
)  # fmt: skip
async def start_signup(ctx: MockContext, body: Terms) -> FlowView:
    require_terms(body)
    flow = await open_flow(ctx, "signup", "verification", messages.SIGNUP_TTL, body.model_dump())
    return FlowView(id=flow.id, kind=flow.kind, step=flow.step, expires_at=flow.expires_at)


@route(
    "GET", "/signups/{id}", ok=FlowView, errors=(404, 410),
    summary="A sign-up in progress (how a client resumes it)",
)  # fmt: skip
async def get_signup(ctx: MockContext) -> FlowView:
    flow = await get_flow(ctx, "signup")
    person = flow.state.get("person") or {}
    return FlowView(
        id=flow.id,
        kind=flow.kind,
        step=flow.step,
        expires_at=flow.expires_at,
        name=person.get("name"),
    )


@route(
    "POST", "/signups/{id}/verification", body=Verified, ok=FlowView,
    errors=(404, 409, 410, 422),
    summary="STEP2 실명인증 — the verified person (간편인증, 휴대전화 or 신용카드); "
    "refused when already a member",
)  # fmt: skip
async def verify_signup(ctx: MockContext, body: Verified) -> FlowView:
    flow = await get_flow(ctx, "signup", "verification", "member_info")
    if await _ci_member(ctx, body.ci) is not None:
        raise KotraError(409, C.ALREADY_MEMBER)
    advance(flow, "member_info", person=body.model_dump(mode="json"))
    return FlowView(
        id=flow.id, kind=flow.kind, step=flow.step, expires_at=flow.expires_at, name=body.name
    )


@route(
    "POST", "/signups/{id}/member", body=MemberInfo, ok=LoggedIn, status=201,
    errors=(401, 404, 409, 410, 422),
    summary="STEP3 회원정보 입력 — creates the general member (and the affiliation, if given); "
    "logs in",
)  # fmt: skip
async def complete_signup(ctx: MockContext, body: MemberInfo) -> LoggedIn:
    flow = await get_flow(ctx, "signup", "member_info")
    person = Verified.model_validate(flow.state["person"])
    terms = Terms.model_validate({k: flow.state[k] for k in Terms.model_fields})
    login_id = await _new_login_id(ctx, body.login_id)
    rules.check_password(body.password, body.password_confirm)
    check_interests(body)
    if await _ci_member(ctx, person.ci) is not None:
        raise KotraError(409, C.ALREADY_MEMBER)
    now = ctx.clock.now()
    member = Member(
        kind="general",
        login_id=login_id,
        password_hash=hash_secret(body.password),
        name=person.name,
        birth_date=person.birth_date,
        ci_hash=lookup_hash(person.ci),
        di_hash=lookup_hash(person.di),
        verification_method=person.method,
        marketing_consent=terms.marketing,
        optional_consent=terms.privacy_optional,
        joined_at=now,
        last_login_at=now,
        consented_at=now,
        **body.model_dump(exclude={"login_id", "password", "password_confirm", "affiliation"}),
    )
    session = await ctx.session()
    session.add(member)
    await session.flush()
    if body.affiliation is not None:
        await affiliate(ctx, member, body.affiliation)
    advance(flow, "done")
    token, login = await tokens.issue(ctx, "member", member_id=member.id)
    return LoggedIn(
        token=token,
        expires_at=login.expires_at,
        principal="member",
        member=await member_view(ctx, member),
        message=messages.SIGNUP_DONE,
    )


@route(
    "POST", "/sessions", body=Login, ok=LoggedIn, status=201, errors=(401, 403),
    summary="일반회원 로그인 — ID and password",
)  # fmt: skip
async def log_in(ctx: MockContext, body: Login) -> LoggedIn:
    member = await tokens.member_by_login_id(ctx, body.login_id)
    if (
        member is None
        or member.password_hash is None
        or not verify_secret(body.password, member.password_hash)
    ):
        raise KotraError(401, C.LOGIN_FAILED)
    return await _logged_in(ctx, member, body.reconsent)


async def _logged_in(ctx: MockContext, member: Member, reconsent: bool) -> LoggedIn:
    now = ctx.clock.now()
    rules.check_retention(member, now, reconsent)
    member.last_login_at = now
    token, login = await tokens.issue(ctx, "member", member_id=member.id)
    return LoggedIn(
        token=token,
        expires_at=login.expires_at,
        principal="member",
        member=await member_view(ctx, member),
    )


@route(
    "POST", "/sns-sessions", body=SnsLogin, ok=LoggedIn, status=201, errors=(401, 403, 404),
    summary="간편회원 로그인 — the SNS the member joined with",
)  # fmt: skip
async def log_in_sns(ctx: MockContext, body: SnsLogin) -> LoggedIn:
    profile = await sns_profile(ctx, body.provider, body.code)
    session = await ctx.session()
    if await _simple_member_lapsed(ctx, body.provider, str(profile["id"])):
        raise KotraError(403, C.ACCOUNT_DELETED)
    member = await session.scalar(
        select(Member).where(
            Member.sns_provider == body.provider,
            Member.sns_id == str(profile["id"]),
            Member.deleted_at.is_(None),
        )
    )
    if member is None:
        raise KotraError(404, C.SIMPLE_MEMBER_NOT_FOUND)
    return await _logged_in(ctx, member, False)


async def _simple_member_lapsed(ctx: MockContext, provider: str, sns_id: str) -> bool:
    """Whether the SNS account's simple membership is (now) deleted for disuse and no live one
    replaced it."""
    await purge_unused_simple_members(ctx)
    rows = list(
        await (await ctx.session()).scalars(
            select(Member).where(Member.sns_provider == provider, Member.sns_id == sns_id)
        )
    )
    return bool(rows) and all(row.deleted_at is not None for row in rows)


@route("GET", "/me", ok=MemberView, errors=(401,), summary="My KOTRA — the logged-in member")
async def get_me(ctx: MockContext) -> MemberView:
    return await member_view(ctx, await tokens.current_member(ctx))


@route(
    "POST", "/me/conversion", body=Conversion, ok=MemberView, errors=(401, 409, 422),
    summary="일반회원 전환 — a simple member becomes a general member (실명인증, ID, password)",
)  # fmt: skip
async def convert_simple(ctx: MockContext, body: Conversion) -> MemberView:
    member = await tokens.current_member(ctx)
    if member.kind != "simple":
        raise KotraError(409, C.WRONG_STEP)
    existing = await _ci_member(ctx, body.ci)
    if existing is not None and existing.id != member.id:
        raise KotraError(409, C.ALREADY_MEMBER)
    member.login_id = await _new_login_id(ctx, body.login_id)
    rules.check_password(body.password, body.password_confirm)
    member.password_hash = hash_secret(body.password)
    member.kind, member.name, member.birth_date = "general", body.name, body.birth_date
    member.ci_hash, member.di_hash = lookup_hash(body.ci), lookup_hash(body.di)
    member.verification_method = body.method
    member.consented_at = ctx.clock.now()
    return await member_view(ctx, member)


@route(
    "POST", "/me/services/{service}", ok=ServiceApplied, status=201, errors=(401, 403, 404),
    summary="서비스 신청 — refused when the member's class does not include the service",
    description="service: " + ", ".join(rules.SERVICES),
)  # fmt: skip
async def apply_service(ctx: MockContext) -> ServiceApplied:
    member = await tokens.current_member(ctx)
    service = ctx.request.path_params["service"]
    if service not in rules.SERVICES:
        raise KotraError(404, C.NOT_FOUND, field="service")
    if service not in rules.allowed_services(member):
        raise KotraError(403, C.SERVICE_NOT_ALLOWED, field="service")
    applied_at = ctx.clock.now()
    await record_application(ctx, member, service, applied_at)
    return ServiceApplied(service=service, applied_at=applied_at)
