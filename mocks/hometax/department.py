"""The department user's side: ID/password login (only 사용), the change a temporary password
forces, and registering its own e-tax-invoice certificate (not the business's)."""

from __future__ import annotations

from sqlalchemy import select

from mocks.framework import MockContext
from mocks.framework.sealing import hash_secret, verify_secret
from mocks.hometax import peers, rules
from mocks.hometax.accounts import (
    current_login,
    current_user,
    open_login,
    require_live_temporary_password,
    require_usable,
    taxpayer_of,
    user_by_id,
    view,
)
from mocks.hometax.agency import route
from mocks.hometax.errors import HometaxError
from mocks.hometax.management import DEPARTMENT_KINDS
from mocks.hometax.messages import HometaxErrorCode as C
from mocks.hometax.models import BusinessCertificate, DepartmentUser
from mocks.hometax.schemas import (
    CertificateRegistered,
    CertificateRegistration,
    DepartmentUserView,
    Done,
    LoggedIn,
    PasswordChange,
    PasswordLoginRequest,
)


async def authenticate(ctx: MockContext, user_id: str, password: str) -> DepartmentUser:
    """The department user whose ID (exactly) and password these are, if it may log in.

    Raises:
        HometaxError: 401 LOGIN_FAILED; 403 NOT_APPROVED (대기, 미승인) or WITHDRAWN (탈퇴);
            401 TEMPORARY_PASSWORD_EXPIRED for a temporary password past its validity.
    """
    user = await user_by_id(await ctx.session(), user_id)
    if user is None or not verify_secret(password, user.password_hash):
        raise HometaxError(401, C.LOGIN_FAILED, field="password")
    require_usable(user)
    require_live_temporary_password(ctx, user)
    return user


@route(
    "POST",
    "/auth/password",
    body=PasswordLoginRequest,
    ok=LoggedIn,
    errors=(401, 403),
    summary="아이디 로그인 — a department user with ID and password (only 사용 may)",
    description=(
        "password_change_required is true after a temporary password, which logs in only "
        "until its validity ends (TEMPORARY_PASSWORD_EXPIRED after)."
    ),
)
async def password_login(ctx: MockContext, body: PasswordLoginRequest) -> LoggedIn:
    user = await authenticate(ctx, body.user_id, body.password)
    taxpayer = await taxpayer_of(await ctx.session(), user.business_number)
    return await open_login(
        ctx, role="department_user", method="password", taxpayer=taxpayer, user=user
    )


@route(
    "GET",
    "/department-user",
    ok=DepartmentUserView,
    errors=(401, 403),
    summary="The logged-in department user",
)
async def me(ctx: MockContext) -> DepartmentUserView:
    return view(await current_user(ctx, allow_temporary=True))


@route(
    "POST",
    "/department-user/password",
    body=PasswordChange,
    ok=Done,
    errors=(401, 403, 422),
    summary="비밀번호 변경 — required after a temporary password; the same rules as applying",
)
async def change_password(ctx: MockContext, body: PasswordChange) -> Done:
    user = await current_user(ctx, allow_temporary=True)
    if not verify_secret(body.current_password, user.password_hash):
        raise HometaxError(422, C.LOGIN_FAILED, field="current_password")
    rules.check_password(body.new_password, body.new_password_confirmation, "new_password")
    if body.new_password == body.current_password:
        raise HometaxError(422, C.SAME_PASSWORD, field="new_password")
    user.password_hash = hash_secret(body.new_password)
    user.must_change_password = False
    user.temporary_password_expires_at = None
    user.changed_at = ctx.clock.now()
    return Done(message="비밀번호가 변경되었습니다.")


@route(
    "POST",
    "/department-user/certificate",
    body=CertificateRegistration,
    ok=CertificateRegistered,
    errors=(401, 403, 422, 503),
    summary="공인인증서 등록 — the department user's own e-tax-invoice certificate, only after "
    "an ID/password login (a renewed one replaces it); never the business's own certificate",
)
async def register_certificate(
    ctx: MockContext, body: CertificateRegistration
) -> CertificateRegistered:
    user = await current_user(ctx)
    if (await current_login(ctx, "department_user")).method != "password":
        raise HometaxError(403, C.PASSWORD_LOGIN_REQUIRED)
    proof = body.proof.model_dump(by_alias=True, exclude_none=True)
    checked = await peers.checked_certificate(ctx, proof, user.business_number, DEPARTMENT_KINDS)
    session = await ctx.session()
    if await session.get(BusinessCertificate, checked.serial) is not None:
        raise HometaxError(422, C.BUSINESS_CERTIFICATE_REUSED, field="certificate")
    taken = await session.scalar(
        select(DepartmentUser.id).where(
            DepartmentUser.certificate_serial == checked.serial, DepartmentUser.id != user.id
        )
    )
    if taken is not None:
        raise HometaxError(422, C.BUSINESS_CERTIFICATE_REUSED, field="certificate")
    now = ctx.clock.now()
    user.certificate_serial, user.certificate_registered_at = checked.serial, now
    user.changed_at = now
    return CertificateRegistered(
        message="공인인증서가 등록되었습니다. 공인인증서로 다시 로그인해 주시기 바랍니다.",
        serial=checked.serial,
        kind=checked.kind,
        holder_name=checked.holder_name,
        registered_at=now,
    )
