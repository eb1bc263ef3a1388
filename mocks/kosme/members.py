"""회원가입: SNS 회원가입 and 일반 회원가입 (본인인증 required), each ending logged in."""

from __future__ import annotations

import re
from typing import Any, Final

from sqlalchemy import select

from mocks.framework import MockContext
from mocks.framework.identifiers import new_id
from mocks.framework.sealing import hash_secret
from mocks.kosme import checks, peers
from mocks.kosme.agency import route
from mocks.kosme.errors import KosmeError, required
from mocks.kosme.logins import issue_login
from mocks.kosme.messages import KosmeErrorCode
from mocks.kosme.models import Member
from mocks.kosme.schemas import GeneralSignup, LoggedIn, MemberData, SnsSignup

_C = KosmeErrorCode
LOGIN_ID: Final = re.compile(r"^[a-z][a-z0-9_]{4,19}$")
_PASSWORD_CLASSES: Final = (r"[A-Za-z]", r"[0-9]", r"[^A-Za-z0-9]")


def _member_data(data: MemberData) -> dict[str, Any]:
    """The checked 회원가입 정보, as Member columns."""
    if data.referral is None:
        raise required("referral", "유입경로")
    mobile = checks.mobile_digits(data.mobile, "mobile", "휴대폰 번호")
    email = checks.email(data.email, "email")
    for channel in ("sns_message", "email"):
        if getattr(data.notices, channel) is None:
            raise KosmeError(400, _C.NOTICE_CHOICE_REQUIRED, field=f"notices.{channel}")
    if not data.agree_terms:
        raise KosmeError(400, _C.TERMS_REQUIRED, field="agree_terms")
    return {
        "referral": data.referral,
        "mobile": mobile,
        "email": email,
        "sns_message_notices": data.notices.sns_message == "receive",
        "email_notices": data.notices.email == "receive",
        "address": data.address.strip(),
        "job_seeker_type": data.job_seeker_type or "",
        "programme_type": data.programme_type or "",
    }


@route(
    "POST",
    "/members/sns",
    body=SnsSignup,
    ok=LoggedIn,
    status=201,
    errors=(409, 503),
    summary="SNS 회원가입 — join with a naver, kakao or facebook login; logged in",
    description=(
        "The platform exchanges the SNS code with the identity provider (site_code kosme). "
        "409 ALREADY_MEMBER when this SNS account has joined already."
    ),
)
async def sign_up_sns(ctx: MockContext, body: SnsSignup) -> LoggedIn:
    provider = checks.sns_provider(body.provider)
    columns = _member_data(body)
    profile = await peers.sns_profile(ctx, provider, body.code)
    session = await ctx.session()
    taken = await session.scalar(
        select(Member.id).where(Member.sns_provider == provider, Member.sns_id == profile["id"])
    )
    if taken is not None:
        raise KosmeError(409, _C.ALREADY_MEMBER)
    now = ctx.clock.now()
    member = Member(
        id=new_id("mem"),
        kind="sns",
        name=str(profile["name"]),
        sns_provider=provider,
        sns_id=str(profile["id"]),
        terms_agreed_at=now,
        created_at=now,
        **columns,
    )
    if not member.email:
        member.email = str(profile.get("email") or "")
    session.add(member)
    await session.flush()
    return await issue_login(ctx, member, "sns")


def _credentials(body: GeneralSignup) -> tuple[str, str]:
    login_id = body.login_id.strip()
    if not login_id:
        raise required("login_id", "아이디")
    if not LOGIN_ID.match(login_id):
        raise KosmeError(400, _C.INVALID_LOGIN_ID, field="login_id")
    password = body.password
    if not password:
        raise required("password", "비밀번호")
    if not 8 <= len(password) <= 20 or not all(re.search(c, password) for c in _PASSWORD_CLASSES):
        raise KosmeError(400, _C.INVALID_PASSWORD, field="password")
    return login_id, password


@route(
    "POST",
    "/members",
    body=GeneralSignup,
    ok=LoggedIn,
    status=201,
    errors=(409, 503),
    summary="일반 회원가입 — join after phone identity verification, with ID and password",
    description=(
        "`verification_id` is a phone verification (PASS or SMS) finished for site_code kosme; "
        "the platform reads it back from the provider. 409 ALREADY_MEMBER (same person, by "
        "DI) or LOGIN_ID_TAKEN."
    ),
)
async def sign_up_general(ctx: MockContext, body: GeneralSignup) -> LoggedIn:
    if not body.verification_id:
        raise KosmeError(400, _C.IDENTITY_VERIFICATION_REQUIRED, field="verification_id")
    login_id, password = _credentials(body)
    columns = _member_data(body)
    person = await peers.verified_phone_identity(ctx, body.verification_id)
    session = await ctx.session()
    if await session.scalar(select(Member.id).where(Member.di == person["di"])) is not None:
        raise KosmeError(409, _C.ALREADY_MEMBER)
    if await session.scalar(select(Member.id).where(Member.login_id == login_id)) is not None:
        raise KosmeError(409, _C.LOGIN_ID_TAKEN, field="login_id")
    now = ctx.clock.now()
    member = Member(
        id=new_id("mem"),
        kind="general",
        name=str(person["name"]),
        login_id=login_id,
        password_hash=hash_secret(password),
        ci=str(person["ci"]),
        di=str(person["di"]),
        terms_agreed_at=now,
        created_at=now,
        **columns,
    )
    session.add(member)
    await session.flush()
    return await issue_login(ctx, member, "password")
