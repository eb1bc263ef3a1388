"""My NTS 부서사용자 아이디 관리 (seed 004 steps 6–10): the representative logs in with the
business's certificate, lists the business's department users, sets 사용 / 탈퇴 / 미승인 and
has a temporary password e-mailed."""

from __future__ import annotations

import secrets
import string

from sqlalchemy import select

from koreakit import masking
from mocks.framework import SEOUL, MockContext
from mocks.framework.sealing import hash_secret
from mocks.hometax import messages, peers, status_feed
from mocks.hometax.accounts import (
    current_login,
    open_login,
    require_usable,
    taxpayer_of,
    temporary_password_ttl,
    user_by_id,
    view,
)
from mocks.hometax.agency import route
from mocks.hometax.errors import HometaxError
from mocks.hometax.messages import HometaxErrorCode as C
from mocks.hometax.models import BusinessCertificate, DepartmentUser, Login
from mocks.hometax.schemas import (
    CertificateLoginRequest,
    DepartmentUserList,
    LoggedIn,
    StatusChange,
    StatusChanged,
    TemporaryPasswordSent,
)

BUSINESS_KINDS = ("corporate", "e-tax-invoice", "corporate-banking")
"""Certificates a business logs in with (사업자 범용 and the business's limited-use ones)."""
DEPARTMENT_KINDS = ("e-tax-invoice", "corporate")
"""Certificates a department user registers (전자세금용, or a 범용 other than the business's)."""


@route(
    "POST",
    "/auth/certificate",
    body=CertificateLoginRequest,
    ok=LoggedIn,
    errors=(403, 404, 422, 503),
    summary="공인인증서 로그인 — the representative (My NTS), or a department user with its "
    "registered certificate",
    description=(
        "The proof is checked by the CAs (pki peer), owner-checked against the business "
        "number. Without user_id it is the representative's login; with user_id, a 사용 "
        "department user's, whose registered certificate it must be."
    ),
)
async def certificate_login(ctx: MockContext, body: CertificateLoginRequest) -> LoggedIn:
    session = await ctx.session()
    taxpayer = await taxpayer_of(session, body.business_number)
    proof = body.proof.model_dump(by_alias=True, exclude_none=True)
    if body.user_id is None:
        checked = await peers.checked_certificate(
            ctx, proof, taxpayer.business_number, BUSINESS_KINDS
        )
        registered = await session.scalar(
            select(DepartmentUser.id).where(DepartmentUser.certificate_serial == checked.serial)
        )
        if registered is not None:
            raise HometaxError(422, C.DEPARTMENT_USER_CERTIFICATE, field="certificate")
        if await session.get(BusinessCertificate, checked.serial) is None:
            session.add(
                BusinessCertificate(
                    serial=checked.serial,
                    business_number=taxpayer.business_number,
                    first_used_at=ctx.clock.now(),
                )
            )
        return await open_login(ctx, role="representative", method="certificate", taxpayer=taxpayer)
    user = await user_by_id(session, body.user_id)
    if user is None or user.business_number != taxpayer.business_number:
        raise HometaxError(404, C.USER_NOT_FOUND, field="user_id")
    require_usable(user)
    if user.certificate_serial is None:
        raise HometaxError(422, C.CERTIFICATE_NOT_REGISTERED, field="user_id")
    checked = await peers.checked_certificate(
        ctx, proof, taxpayer.business_number, DEPARTMENT_KINDS
    )
    if checked.serial != user.certificate_serial:
        raise HometaxError(422, C.CERTIFICATE_MISMATCH, field="certificate")
    return await open_login(
        ctx, role="department_user", method="certificate", taxpayer=taxpayer, user=user
    )


@route(
    "GET",
    "/my-nts/department-users",
    ok=DepartmentUserList,
    errors=(401, 403),
    summary="부서사용자 아이디 관리 — the business's department users (representative login)",
)
async def list_department_users(ctx: MockContext) -> DepartmentUserList:
    login = await current_login(ctx, "representative")
    users = list(
        await (await ctx.session()).scalars(
            select(DepartmentUser)
            .where(DepartmentUser.business_number == login.business_number)
            .order_by(DepartmentUser.applied_at.desc(), DepartmentUser.id)
        )
    )
    return DepartmentUserList(total=len(users), department_users=[view(u) for u in users])


async def _managed(ctx: MockContext) -> tuple[Login, DepartmentUser]:
    login = await current_login(ctx, "representative")
    user = await user_by_id(await ctx.session(), ctx.request.path_params["user_id"])
    if user is None or user.business_number != login.business_number:
        raise HometaxError(404, C.USER_NOT_FOUND, field="user_id")
    return login, user


@route(
    "PUT",
    "/my-nts/department-users/{user_id}/status",
    body=StatusChange,
    ok=StatusChanged,
    errors=(401, 403, 404, 409),
    summary="상태 변경 저장하기 — 사용, 탈퇴 or 미승인 (a withdrawn ID stays withdrawn)",
)
async def set_status(ctx: MockContext, body: StatusChange) -> StatusChanged:
    _, user = await _managed(ctx)
    if user.status == "withdrawn":
        raise HometaxError(409, C.ALREADY_WITHDRAWN, field="status")
    if user.status != body.status:
        user.status, user.changed_at = body.status, ctx.clock.now()
        await status_feed.record(ctx, user)
    if body.status == "withdrawn":
        await _end_logins(ctx, user)
    return StatusChanged(message=messages.SAVED_MESSAGE[0], department_user=view(user))


async def _end_logins(ctx: MockContext, user: DepartmentUser) -> None:
    logins = await (await ctx.session()).scalars(
        select(Login).where(Login.department_user_id == user.id)
    )
    for login in logins:
        login.expires_at = ctx.clock.now()


def _temporary_password() -> str:
    """Letters, digits and one allowed special: it passes the password rules itself."""
    alphabet = string.ascii_letters + string.digits
    body = "".join(secrets.choice(alphabet) for _ in range(messages.TEMPORARY_PASSWORD_LENGTH - 3))
    return body + secrets.choice(string.digits) + secrets.choice("abcdefghjk") + "!"


@route(
    "POST",
    "/my-nts/department-users/{user_id}/temporary-password",
    ok=TemporaryPasswordSent,
    errors=(401, 403, 404, 409),
    summary="임시 비밀번호 발송 — e-mail a temporary password (outbox), valid 24 hours (the "
    "temporary_password_ttl_seconds option); the user must change it at the next login",
)
async def send_temporary_password(ctx: MockContext) -> TemporaryPasswordSent:
    _, user = await _managed(ctx)
    if user.status == "withdrawn":
        raise HometaxError(409, C.ALREADY_WITHDRAWN, field="user_id")
    password = _temporary_password()
    now = ctx.clock.now()
    expires_at = now + temporary_password_ttl(ctx)
    user.password_hash = hash_secret(password)
    user.must_change_password = True
    user.temporary_password_expires_at = expires_at
    user.changed_at = now
    await _end_logins(ctx, user)
    await ctx.outbox.send(
        channel="email",
        to=user.email,
        subject="[홈택스] 부서사용자 임시 비밀번호 안내",
        body=(
            f"{user.name}님의 부서사용자 아이디는 {user.user_id} 입니다. "
            f"임시 비밀번호 [{password}]로 로그인한 후 비밀번호를 변경해 주시기 바랍니다. "
            f"임시 비밀번호는 {expires_at.astimezone(SEOUL):%Y-%m-%d %H:%M}까지 사용할 수 있습니다."
        ),
        code=password,
    )
    return TemporaryPasswordSent(
        message=messages.TEMPORARY_PASSWORD_SENT[0],
        email_masked=masking.mask_email(user.email),
        expires_at=expires_at,
    )
