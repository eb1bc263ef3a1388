"""What the operations share: logins (bearer tokens stored hashed), lookups and views."""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mocks.framework import MockContext
from mocks.framework.sealing import lookup_hash
from mocks.hometax import messages
from mocks.hometax.errors import HometaxError
from mocks.hometax.messages import STATUS_LABELS
from mocks.hometax.messages import HometaxErrorCode as C
from mocks.hometax.models import DepartmentUser, Login, Taxpayer
from mocks.hometax.rules import national
from mocks.hometax.schemas import DepartmentUserView, LoggedIn, Role


async def user_by_id(session: AsyncSession, user_id: str) -> DepartmentUser | None:
    """The department user with exactly this ID (case-sensitive)."""
    found = await session.scalars(select(DepartmentUser).where(DepartmentUser.user_id == user_id))
    return next((user for user in found if user.user_id == user_id), None)


async def taxpayer_of(session: AsyncSession, business_number: str) -> Taxpayer:
    taxpayer = await session.get(Taxpayer, business_number)
    if taxpayer is None:
        raise HometaxError(404, C.UNKNOWN_BUSINESS, field="business_number")
    return taxpayer


def temporary_password_ttl(ctx: MockContext) -> timedelta:
    """How long an e-mailed temporary password logs in: the ``temporary_password_ttl_seconds``
    option of the mock, else `messages.TEMPORARY_PASSWORD_TTL`."""
    seconds = ctx.options.get("temporary_password_ttl_seconds")
    return messages.TEMPORARY_PASSWORD_TTL if seconds is None else timedelta(seconds=seconds)


def require_live_temporary_password(ctx: MockContext, user: DepartmentUser) -> None:
    """A temporary password logs in only until its validity ends (on the mock clock).

    Raises:
        HometaxError: 401 TEMPORARY_PASSWORD_EXPIRED.
    """
    expires_at = user.temporary_password_expires_at
    if user.must_change_password and expires_at is not None and expires_at <= ctx.clock.now():
        raise HometaxError(401, C.TEMPORARY_PASSWORD_EXPIRED, field="password")


def require_usable(user: DepartmentUser) -> None:
    """Only 사용 logs in: 대기/미승인 → NOT_APPROVED, 탈퇴 → WITHDRAWN."""
    if user.status == "withdrawn":
        raise HometaxError(403, C.WITHDRAWN, field="user_id")
    if user.status != "active":
        raise HometaxError(403, C.NOT_APPROVED, field="user_id")


async def open_login(
    ctx: MockContext,
    *,
    role: Role,
    method: str,
    taxpayer: Taxpayer,
    user: DepartmentUser | None = None,
) -> LoggedIn:
    token = "htx_" + secrets.token_urlsafe(32)
    expires_at = ctx.clock.now() + messages.LOGIN_TTL
    (await ctx.session()).add(
        Login(
            token_hash=lookup_hash(token),
            role=role,
            business_number=taxpayer.business_number,
            department_user_id=None if user is None else user.id,
            method=method,
            expires_at=expires_at,
        )
    )
    return LoggedIn(
        token=token,
        role=role,
        method="certificate" if method == "certificate" else "password",
        business_number=taxpayer.business_number,
        company_name=taxpayer.company_name,
        name=taxpayer.representative_name if user is None else user.name,
        user_id=None if user is None else user.user_id,
        expires_at=expires_at,
        password_change_required=bool(user and user.must_change_password),
    )


async def current_login(ctx: MockContext, role: Role) -> Login:
    """The request's live login in ``role``.

    Raises:
        HometaxError: 401 LOGIN_REQUIRED; 403 FORBIDDEN for another role.
    """
    scheme, _, token = ctx.request.headers.get("authorization", "").partition(" ")
    login = None
    if scheme.lower() == "bearer" and token:
        login = await (await ctx.session()).get(Login, lookup_hash(token.strip()))
    if login is None or login.expires_at <= ctx.clock.now():
        raise HometaxError(401, C.LOGIN_REQUIRED)
    if login.role != role:
        raise HometaxError(403, C.FORBIDDEN)
    return login


async def current_user(ctx: MockContext, *, allow_temporary: bool = False) -> DepartmentUser:
    """The logged-in department user, still 사용, past any temporary password."""
    login = await current_login(ctx, "department_user")
    user = await (await ctx.session()).get(DepartmentUser, login.department_user_id)
    if user is None:
        raise HometaxError(401, C.LOGIN_REQUIRED)
    require_usable(user)
    require_live_temporary_password(ctx, user)
    if user.must_change_password and not allow_temporary:
        raise HometaxError(403, C.PASSWORD_CHANGE_REQUIRED)
    return user


def view(user: DepartmentUser) -> DepartmentUserView:
    return DepartmentUserView(
        id=user.id,
        user_id=user.user_id,
        business_number=user.business_number,
        user_type=user.user_type,
        name=user.name,
        department=user.department,
        phone=national(user.phone),
        mobile=national(user.mobile) or user.mobile,
        email=user.email,
        status=user.status,
        status_label=STATUS_LABELS[user.status],
        applied_at=user.applied_at,
        changed_at=user.changed_at,
        certificate_registered=user.certificate_serial is not None,
    )
