"""SNS login (naver, kakao, google, facebook) and Digital OnePass, as an OAuth-like code exchange.

1. ``POST /sns/{provider}/authorize`` (or ``/onepass/authorize``) stands for the user signing in
   at the provider and agreeing to share their profile: it answers a single-use ``code``.
2. ``POST /sns/{provider}/token`` (or ``/onepass/token``): the relying party exchanges the code,
   within ten minutes, for the SNS profile, or for a verified identity with CI and DI
   (Digital OnePass accounts are tied to a verified person).

SNS profiles carry what each provider gives: naver and kakao the mobile number when the user
agreed (kakao in its "+82 10-…" form), google and facebook none. SNS ids are app-scoped (one
per site) except google's.
"""

from __future__ import annotations

import hmac
from datetime import datetime
from typing import Final

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from mocks.framework import MockContext
from mocks.framework.identifiers import new_id
from mocks.framework.sealing import lookup_hash, verify_secret
from mocks.identity import messages
from mocks.identity.agency import route
from mocks.identity.errors import IdentityError
from mocks.identity.messages import IdentityErrorCode
from mocks.identity.models import (
    AuthorizationCode,
    OnePassAccount,
    Person,
    PhoneLine,
    SnsAccount,
    Verification,
)
from mocks.identity.records import SnsProvider
from mocks.identity.results import identity_result, national
from mocks.identity.schemas import VerificationCompleted
from mocks.identity.sites import site_name

_C = IdentityErrorCode
SNS_PROVIDERS: Final = ("naver", "kakao", "google", "facebook")


class SnsAuthorize(BaseModel):
    model_config = ConfigDict(extra="forbid")

    site_code: str
    login_id: str = Field(min_length=1, description="the SNS ID or e-mail")
    password: str = Field(min_length=1)
    state: str | None = Field(None, max_length=200, description="echoed back, as in OAuth")


class OnePassAuthorize(BaseModel):
    model_config = ConfigDict(extra="forbid")

    site_code: str
    onepass_id: str = Field(min_length=1, max_length=40, description="디지털원패스 아이디")
    password: str = Field(min_length=1)
    state: str | None = Field(None, max_length=200)


class AuthorizationGranted(BaseModel):
    code: str = Field(description="single-use authorization code")
    state: str | None
    expires_at: datetime


class CodeExchange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    site_code: str = Field(description="must be the site the code was granted to")
    code: str = Field(min_length=1)


class SnsProfile(BaseModel):
    """The SNS profile shared with the relying party (no CI/DI: SNS login proves an account,
    not a person)."""

    provider: SnsProvider
    id: str = Field(description="the provider's user id (app-scoped except google)")
    name: str
    email: str
    mobile: str | None = Field(description="naver, kakao only, when the user agreed")
    site_code: str


def _provider(ctx: MockContext) -> str:
    provider: str = ctx.request.path_params["provider"]
    if provider not in SNS_PROVIDERS:
        raise IdentityError(404, _C.UNKNOWN_PROVIDER, field="provider")
    return provider


async def _grant(
    ctx: MockContext, provider: str, account: str, site_code: str, state: str | None
) -> AuthorizationGranted:
    code = new_id("ac")
    expires_at = ctx.clock.now() + messages.AUTHORIZATION_CODE_TTL
    row = AuthorizationCode(
        code_hash=lookup_hash(code),
        provider=provider,
        account=account,
        site_code=site_code,
        expires_at=expires_at,
    )
    (await ctx.session()).add(row)
    return AuthorizationGranted(code=code, state=state, expires_at=expires_at)


async def _redeem(ctx: MockContext, provider: str, body: CodeExchange) -> str:
    """The account the code was granted for; the code is used up.

    Raises:
        IdentityError: 400 INVALID_GRANT (unknown, used, expired, other provider or site).
    """
    row = await (await ctx.session()).get(AuthorizationCode, lookup_hash(body.code))
    if row is None or row.provider != provider or row.used_at is not None:
        raise IdentityError(400, _C.INVALID_GRANT, field="code")
    now = ctx.clock.now()
    row.used_at = now
    if now > row.expires_at or not hmac.compare_digest(row.site_code, body.site_code):
        raise IdentityError(400, _C.INVALID_GRANT, field="code")
    return row.account


@route(
    "POST",
    "/sns/{provider}/authorize",
    body=SnsAuthorize,
    ok=AuthorizationGranted,
    errors=(401, 403, 404),
    summary="SNS 로그인 — the user signs in at naver, kakao, google or facebook; a code",
)
async def authorize_sns(ctx: MockContext, body: SnsAuthorize) -> AuthorizationGranted:
    provider = _provider(ctx)
    site_name(body.site_code)
    account = await (await ctx.session()).scalar(
        select(SnsAccount).where(
            SnsAccount.provider == provider, SnsAccount.login_id == body.login_id
        )
    )
    if account is None or not verify_secret(body.password, account.password_hash):
        raise IdentityError(401, _C.LOGIN_FAILED)
    return await _grant(ctx, provider, str(account.id), body.site_code, body.state)


def _sns_id(provider: str, account: SnsAccount, site_code: str) -> str:
    scope = "" if provider == "google" else site_code
    digest = lookup_hash(f"{provider}|{account.login_id}|{scope}")
    if provider == "naver":
        return digest[:43]
    return str(int(digest[:15], 16))


async def _mobile(ctx: MockContext, provider: str, account: SnsAccount) -> str | None:
    if provider not in ("naver", "kakao") or not account.share_mobile:
        return None
    line = await (await ctx.session()).scalar(
        select(PhoneLine).where(PhoneLine.person_id == account.person_id).order_by(PhoneLine.phone)
    )
    if line is None:
        return None
    formatted = national(line.phone)
    return "+82 " + formatted[1:] if provider == "kakao" else formatted


@route(
    "POST",
    "/sns/{provider}/token",
    body=CodeExchange,
    ok=SnsProfile,
    errors=(403, 404),
    summary="SNS 코드 교환 — the relying party exchanges the code for the SNS profile",
)
async def exchange_sns_code(ctx: MockContext, body: CodeExchange) -> SnsProfile:
    provider = _provider(ctx)
    site_name(body.site_code)
    account_id = await _redeem(ctx, provider, body)
    session = await ctx.session()
    account = await session.get(SnsAccount, int(account_id))
    person = None if account is None else await session.get(Person, account.person_id)
    if account is None or person is None:
        raise IdentityError(400, _C.INVALID_GRANT, field="code")
    return SnsProfile(
        provider=provider,
        id=_sns_id(provider, account, body.site_code),
        name=person.name,
        email=account.email,
        mobile=await _mobile(ctx, provider, account),
        site_code=body.site_code,
    )


@route(
    "POST",
    "/onepass/authorize",
    body=OnePassAuthorize,
    ok=AuthorizationGranted,
    errors=(401, 403),
    summary="디지털원패스 로그인 — the user signs in at Digital OnePass; a code",
)
async def authorize_onepass(ctx: MockContext, body: OnePassAuthorize) -> AuthorizationGranted:
    site_name(body.site_code)
    account = await (await ctx.session()).get(OnePassAccount, body.onepass_id)
    if account is None or not verify_secret(body.password, account.password_hash):
        raise IdentityError(401, _C.LOGIN_FAILED)
    return await _grant(ctx, "onepass", account.onepass_id, body.site_code, body.state)


@route(
    "POST",
    "/onepass/token",
    body=CodeExchange,
    ok=VerificationCompleted,
    errors=(403,),
    summary="디지털원패스 코드 교환 — the verified identity, with CI and DI",
)
async def exchange_onepass_code(ctx: MockContext, body: CodeExchange) -> VerificationCompleted:
    site_name(body.site_code)
    onepass_id = await _redeem(ctx, "onepass", body)
    session = await ctx.session()
    account = await session.get(OnePassAccount, onepass_id)
    person = None if account is None else await session.get(Person, account.person_id)
    if person is None:
        raise IdentityError(400, _C.INVALID_GRANT, field="code")
    now = ctx.clock.now()
    verification = Verification(
        id=new_id("opa"),
        kind="onepass",
        method="onepass",
        site_code=body.site_code,
        status="verified",
        person_id=person.id,
        wrong_tries=0,
        resends=0,
        created_at=now,
        expires_at=now,
        completed_at=now,
    )
    session.add(verification)
    return VerificationCompleted(
        message=messages.VERIFIED_MESSAGE, result=identity_result(verification, person)
    )
