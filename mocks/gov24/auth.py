"""The citizen's login to the 발급시스템: a bearer token, kept only as a keyed hash."""

from __future__ import annotations

import secrets

from sqlalchemy import select

from mocks.framework import MockContext
from mocks.framework.sealing import lookup_hash
from mocks.gov24.errors import Gov24Error
from mocks.gov24.membership import member_of
from mocks.gov24.messages import Gov24ErrorCode
from mocks.gov24.models import Approval, Login

_C = Gov24ErrorCode


def new_token() -> str:
    return "g24_" + secrets.token_urlsafe(32)


async def login_of(ctx: MockContext, *, checked: bool = True) -> tuple[Login, Approval]:
    """The login named by ``Authorization: Bearer …`` and its approval.

    Args:
        checked: require the extra identity check to be done (every menu but the check itself).

    Raises:
        Gov24Error: 401 LOGIN_REQUIRED / LOGIN_EXPIRED, 403 IDENTITY_CHECK_REQUIRED, 403
            COMPLEX_AUTH_REQUIRED (a member login by ID and password only).
    """
    header = ctx.request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Gov24Error(401, _C.LOGIN_REQUIRED)
    session = await ctx.session()
    login = await session.scalar(select(Login).where(Login.token_hash == lookup_hash(token)))
    if login is None:
        if await member_of(ctx, token) is not None:  # ID/PW only: 복합인증 로그인 안내
            raise Gov24Error(403, _C.COMPLEX_AUTH_REQUIRED)
        raise Gov24Error(401, _C.LOGIN_REQUIRED)
    if ctx.clock.now() >= login.expires_at or login.status == "locked":
        raise Gov24Error(401, _C.LOGIN_EXPIRED)
    if checked and login.status != "active":
        raise Gov24Error(403, _C.IDENTITY_CHECK_REQUIRED)
    approval = await session.get(Approval, login.approval_id)
    assert approval is not None, "a login always has its approval"
    return login, approval
