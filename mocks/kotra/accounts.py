"""간편회원 가입, 아이디 찾기, 비밀번호 재설정, and lookups for the gateway (companies by number,
HS codes, countries)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field
from sqlalchemy import select

from mocks.framework import MockContext
from mocks.framework.read_cache import cached_rows
from mocks.framework.sealing import hash_secret, lookup_hash
from mocks.kotra import messages, reference, rules
from mocks.kotra.affiliation import find_companies
from mocks.kotra.agency import query_route, route
from mocks.kotra.errors import KotraError
from mocks.kotra.linked import sns_profile
from mocks.kotra.members import SnsLogin, require_terms
from mocks.kotra.messages import KotraErrorCode as C
from mocks.kotra.models import Member
from mocks.kotra.retention import purge_unused_simple_members
from mocks.kotra.schemas import (
    CompanyBatch,
    CompanyBatchResult,
    CompanyView,
    MemberView,
    Strict,
    Terms,
)
from mocks.kotra.views import member_view


class SimpleSignup(SnsLogin):
    terms: Terms


class SimpleSignedUp(BaseModel):
    message: str
    member: MemberView


class IdLookup(Strict):
    """아이디 찾기: 휴대폰 (name + mobile), 이메일 (name + e-mail) or 간편인증 (the CI)."""

    method: Literal["mobile", "email", "verification"]
    name: str = Field(min_length=1, max_length=60)
    mobile: str | None = Field(None, pattern=r"^01[016789][0-9]{7,8}$")
    email: str | None = Field(None, max_length=200)
    ci: str | None = Field(None, min_length=10, max_length=200)


class IdFound(BaseModel):
    login_id_masked: str = Field(description="kot*****")
    joined_at: datetime = Field(description="가입일자")


class SnsLookup(Strict):
    """SNS 찾기: which SNS a simple member joined with (name + mobile)."""

    name: str = Field(min_length=1, max_length=60)
    mobile: str = Field(pattern=r"^01[016789][0-9]{7,8}$")


class SnsAccount(BaseModel):
    provider: str
    joined_at: datetime


class SnsAccounts(BaseModel):
    accounts: list[SnsAccount]


class PasswordReset(Strict):
    """비밀번호 재설정 after 휴대폰, 신용카드 or 간편인증 verification (the CI)."""

    ci: str = Field(min_length=10, max_length=200)
    password: str
    password_confirm: str


class PasswordWasReset(BaseModel):
    login_id_masked: str


class HsQuery(BaseModel):
    q: str = Field("", max_length=100)
    first: int = Field(20, ge=1, le=100)
    after: str | None = Field(None, pattern=r"^[0-9]{2,6}$", description="the last code seen")


class HsItem(BaseModel):
    code: str
    level: int
    section: str
    parent: str
    name_en: str
    name_ko: str


class HsPage(BaseModel):
    items: list[HsItem]
    total: int
    has_next_page: bool


class Country(BaseModel):
    code: str
    name_ko: str
    name_en: str


class CountryList(BaseModel):
    countries: list[Country]


@route(
    "POST", "/simple-signups", body=SimpleSignup, ok=SimpleSignedUp, status=201,
    errors=(401, 409, 422),
    summary="간편회원 가입 — SNS login (naver, kakao, google, facebook) and 약관동의",
)  # fmt: skip
async def sign_up_simple(ctx: MockContext, body: SimpleSignup) -> SimpleSignedUp:
    require_terms(body.terms)
    profile = await sns_profile(ctx, body.provider, body.code)
    await purge_unused_simple_members(ctx)
    session = await ctx.session()
    taken = await session.scalar(
        select(Member).where(
            Member.sns_provider == body.provider,
            Member.sns_id == str(profile["id"]),
            Member.deleted_at.is_(None),
        )
    )
    if taken is not None:
        raise KotraError(409, C.SIMPLE_MEMBER_EXISTS)
    now = ctx.clock.now()
    mobile = "".join(c for c in str(profile.get("mobile") or "") if c.isdigit())
    member = Member(
        kind="simple",
        name=str(profile["name"]),
        email=str(profile.get("email") or ""),
        mobile="0" + mobile[2:] if mobile.startswith("82") else mobile,
        sns_provider=body.provider,
        sns_id=str(profile["id"]),
        marketing_consent=body.terms.marketing,
        optional_consent=body.terms.privacy_optional,
        joined_at=now,
        last_login_at=now,
        consented_at=now,
        interests=[],
        regions=[],
    )
    session.add(member)
    await session.flush()
    return SimpleSignedUp(
        message=messages.SIMPLE_SIGNUP_DONE, member=await member_view(ctx, member)
    )


async def _general(ctx: MockContext, *conditions: object) -> Member:
    session = await ctx.session()
    found: Member | None = await session.scalar(
        select(Member)
        .where(Member.kind == "general", Member.deleted_at.is_(None), *conditions)  # type: ignore[arg-type]
        .order_by(Member.id)
    )
    if found is None or found.login_id is None:
        raise KotraError(404, C.MEMBER_NOT_FOUND)
    return found


@route(
    "POST", "/id-lookups", body=IdLookup, ok=IdFound, errors=(404, 422),
    summary="아이디 찾기 — masked ID and join date",
)  # fmt: skip
async def find_id(ctx: MockContext, body: IdLookup) -> IdFound:
    if body.method == "mobile" and body.mobile:
        member = await _general(ctx, Member.name == body.name, Member.mobile == body.mobile)
    elif body.method == "email" and body.email:
        member = await _general(ctx, Member.name == body.name, Member.email == body.email)
    elif body.method == "verification" and body.ci:
        member = await _general(ctx, Member.ci_hash == lookup_hash(body.ci))
    else:
        raise KotraError(422, C.INVALID_REQUEST, field=body.method)
    assert member.login_id is not None
    return IdFound(login_id_masked=rules.mask_login_id(member.login_id), joined_at=member.joined_at)


@route(
    "POST", "/sns-lookups", body=SnsLookup, ok=SnsAccounts, errors=(404,),
    summary="SNS 찾기 — the SNS channels a simple member joined with",
)  # fmt: skip
async def find_sns(ctx: MockContext, body: SnsLookup) -> SnsAccounts:
    await purge_unused_simple_members(ctx)
    session = await ctx.session()
    found = list(
        await session.scalars(
            select(Member)
            .where(
                Member.kind == "simple",
                Member.deleted_at.is_(None),
                Member.name == body.name,
                Member.mobile == body.mobile,
            )
            .order_by(Member.id)
        )
    )
    if not found:
        raise KotraError(404, C.MEMBER_NOT_FOUND)
    return SnsAccounts(
        accounts=[SnsAccount(provider=m.sns_provider or "", joined_at=m.joined_at) for m in found]
    )


@route(
    "POST", "/password-resets", body=PasswordReset, ok=PasswordWasReset, errors=(404, 422),
    summary="비밀번호 재설정 — after 휴대폰 / 신용카드 / 간편인증 verification",
)  # fmt: skip
async def reset_password(ctx: MockContext, body: PasswordReset) -> PasswordWasReset:
    member = await _general(ctx, Member.ci_hash == lookup_hash(body.ci))
    rules.check_password(body.password, body.password_confirm)
    member.password_hash = hash_secret(body.password)
    assert member.login_id is not None
    return PasswordWasReset(login_id_masked=rules.mask_login_id(member.login_id))


@route(
    "POST", "/companies/batch", body=CompanyBatch, ok=CompanyBatchResult,
    summary="Companies KOTRA knows, up to 100 numbers a call (the gateway's Business.kotra)",
)  # fmt: skip
async def companies_batch(ctx: MockContext, body: CompanyBatch) -> CompanyBatchResult:
    found = await cached_rows(ctx, "companies", body.numbers, find_companies)
    return CompanyBatchResult(
        companies=[CompanyView.full(found[n]) for n in dict.fromkeys(body.numbers) if n in found]
    )


@query_route(
    "GET", "/hs-codes", query=HsQuery, ok=HsPage,
    summary="HS Code 검색 — HS2022 codes by code prefix or English / Korean name",
)  # fmt: skip
async def search_hs(ctx: MockContext) -> HsPage:
    query = ctx.query_as(HsQuery)
    found = reference.search(query.q)
    start = 0
    if query.after is not None:
        start = next((i + 1 for i, e in enumerate(found) if e.code == query.after), len(found))
    page = found[start : start + query.first]
    return HsPage(
        items=[HsItem(**{k: getattr(e, k) for k in HsItem.model_fields}) for e in page],
        total=len(found),
        has_next_page=start + query.first < len(found),
    )


@route("GET", "/countries", ok=CountryList, summary="관심지역 — the countries KOTRA lists")
async def list_countries(ctx: MockContext) -> CountryList:
    return CountryList(
        countries=[
            Country(code=c, name_ko=k, name_en=e) for c, (k, e) in reference.COUNTRIES.items()
        ]
    )
