"""기존 회원의 통합회원 전환: log in with the old ID and password, choose the account, reset the
password (필수), agree to the revised terms (필수) → an unaffiliated general member (기업미소속),
who then registers the affiliation again."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field
from sqlalchemy import select

from mocks.framework import MockContext
from mocks.framework.sealing import hash_secret, verify_secret
from mocks.kotra import messages, rules, tokens
from mocks.kotra.agency import route
from mocks.kotra.errors import KotraError
from mocks.kotra.flows import advance, get_flow, open_flow
from mocks.kotra.members import require_terms
from mocks.kotra.messages import KotraErrorCode as C
from mocks.kotra.models import LegacyAccount, Member
from mocks.kotra.schemas import LoggedIn, Strict, Terms
from mocks.kotra.views import member_view


class LegacyLogin(Strict):
    login_id: str = Field(min_length=1, max_length=20)
    password: str = Field(min_length=1)


class LegacyAccountView(BaseModel):
    login_id: str
    member_class: str = Field(description="e.g. 기업 정회원, 개인회원")
    homepage: str
    company_name: str
    joined_on: date
    converted: bool


class LegacyAccounts(BaseModel):
    flow_id: str
    name: str
    accounts: list[LegacyAccountView]


class LegacyConversion(Strict):
    login_id: str = Field(description="the chosen account's ID (아이디 선택)")
    password: str = Field(description="비밀번호 재설정 (필수)")
    password_confirm: str
    terms: Terms = Field(description="개정된 이용약관 동의 (필수)")


@route(
    "POST", "/legacy/sessions", body=LegacyLogin, ok=LegacyAccounts, status=201,
    errors=(401, 409),
    summary="기존 회원정보 확인 — the old ID and password; the person's accounts to choose from",
)  # fmt: skip
async def log_in_legacy(ctx: MockContext, body: LegacyLogin) -> LegacyAccounts:
    session = await ctx.session()
    account = await session.get(LegacyAccount, body.login_id)
    if account is None or not verify_secret(body.password, account.password_hash):
        raise KotraError(401, C.LEGACY_LOGIN_FAILED)
    if account.converted_at is not None:
        raise KotraError(409, C.LEGACY_ALREADY_CONVERTED)
    accounts = list(
        await session.scalars(
            select(LegacyAccount)
            .where(LegacyAccount.person_key == account.person_key)
            .order_by(LegacyAccount.joined_on.desc())
        )
    )
    flow = await open_flow(
        ctx, "legacy", "choose", messages.LEGACY_TTL, {"person_key": account.person_key}
    )
    return LegacyAccounts(
        flow_id=flow.id,
        name=account.name,
        accounts=[
            LegacyAccountView(
                login_id=a.login_id,
                member_class=a.member_class,
                homepage=a.homepage,
                company_name=a.company_name,
                joined_on=a.joined_on,
                converted=a.converted_at is not None,
            )
            for a in accounts
        ],
    )


@route(
    "POST", "/legacy/sessions/{id}/conversion", body=LegacyConversion, ok=LoggedIn,
    status=201, errors=(404, 409, 410, 422),
    summary="아이디 선택 완료, 비밀번호 재설정, 개정 약관 동의 → 통합 일반회원(기업미소속)",
)  # fmt: skip
async def convert_legacy(ctx: MockContext, body: LegacyConversion) -> LoggedIn:
    flow = await get_flow(ctx, "legacy", "choose")
    session = await ctx.session()
    account = await session.get(LegacyAccount, body.login_id)
    if account is None or account.person_key != flow.state["person_key"]:
        raise KotraError(404, C.LEGACY_LOGIN_FAILED, field="login_id")
    if account.converted_at is not None:
        raise KotraError(409, C.LEGACY_ALREADY_CONVERTED, field="login_id")
    rules.check_password(body.password, body.password_confirm)
    require_terms(body.terms)
    if await tokens.member_by_login_id(ctx, account.login_id) is not None:
        raise KotraError(409, C.LOGIN_ID_TAKEN, field="login_id")
    now = ctx.clock.now()
    member = Member(
        kind="general",
        login_id=account.login_id,
        password_hash=hash_secret(body.password),
        name=account.name,
        mobile=account.mobile,
        email=account.email,
        marketing_consent=body.terms.marketing,
        optional_consent=body.terms.privacy_optional,
        interests=[],
        regions=[],
        joined_at=now,
        last_login_at=now,
        consented_at=now,
    )
    session.add(member)
    await session.flush()
    account.converted_at = now
    advance(flow, "done")
    token, login = await tokens.issue(ctx, "member", member_id=member.id)
    return LoggedIn(
        token=token,
        expires_at=login.expires_at,
        principal="member",
        member=await member_view(ctx, member),
        message=messages.CONVERTED,
    )
