"""부서사용자 아이디 신청 (seed 004 steps 3–5): 중복확인, then the application, which waits
(대기) for the representative; the applicant reads its status back."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from sqlalchemy import select

from mocks.framework import MockContext
from mocks.framework.identifiers import new_id
from mocks.framework.sealing import hash_secret, lookup_hash
from mocks.hometax import peers, rules, status_feed
from mocks.hometax.accounts import user_by_id, view
from mocks.hometax.agency import route
from mocks.hometax.errors import HometaxError
from mocks.hometax.messages import APPLIED_MESSAGE, ID_AVAILABLE_MESSAGE, STATUS_LABELS, USER_TYPE
from mocks.hometax.messages import HometaxErrorCode as C
from mocks.hometax.models import DepartmentUser, IdCheck, Taxpayer
from mocks.hometax.schemas import (
    Agreements,
    ApplicationRequest,
    ApplicationState,
    Applied,
    IdCheckRequest,
    IdCheckResult,
)

ID_CHECK_TTL: Final = timedelta(minutes=30)
"""How long a passed 중복확인 stands for the application."""


async def _free(ctx: MockContext, user_id: str) -> None:
    if await user_by_id(await ctx.session(), user_id) is not None:
        raise HometaxError(409, C.DUPLICATE_USER_ID, field="user_id")


@route(
    "POST",
    "/department-users/id-check",
    body=IdCheckRequest,
    ok=IdCheckResult,
    errors=(409, 422),
    summary="중복확인 — whether a user ID is well-formed and free (IDs are case-sensitive)",
)
async def check_user_id(ctx: MockContext, body: IdCheckRequest) -> IdCheckResult:
    rules.check_user_id(body.user_id)
    await _free(ctx, body.user_id)
    session = await ctx.session()
    check = await session.get(IdCheck, body.user_id)
    if check is None:
        session.add(IdCheck(user_id=body.user_id, checked_at=ctx.clock.now()))
    else:
        check.checked_at = ctx.clock.now()
    return IdCheckResult(user_id=body.user_id, message=ID_AVAILABLE_MESSAGE[0])


def _agreed(agreements: Agreements) -> None:
    for name in type(agreements).model_fields:
        if getattr(agreements, name) is not True:
            raise HometaxError(422, C.AGREEMENT_REQUIRED, field=f"agreements.{name}")


def _born(yyyymmdd: str) -> date:
    try:
        return date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:]))
    except ValueError:
        raise HometaxError(422, C.BIRTH_DATE_MISMATCH, field="representative_birth_date") from None


async def _business(ctx: MockContext, body: ApplicationRequest) -> Taxpayer:
    """사업자등록번호 + 대표자 생년월일 확인, and not closed at the NTS."""
    taxpayer = await (await ctx.session()).get(Taxpayer, body.business_number)
    if taxpayer is None:
        raise HometaxError(422, C.UNKNOWN_BUSINESS, field="business_number")
    if taxpayer.representative_birth_date != _born(body.representative_birth_date):
        raise HometaxError(422, C.BIRTH_DATE_MISMATCH, field="representative_birth_date")
    if await peers.is_closed(ctx, body.business_number):
        raise HometaxError(422, C.CLOSED_BUSINESS, field="business_number")
    return taxpayer


async def _id_checked(ctx: MockContext, user_id: str) -> None:
    check = await (await ctx.session()).get(IdCheck, user_id)
    if check is None or ctx.clock.now() - check.checked_at > ID_CHECK_TTL:
        raise HometaxError(422, C.ID_CHECK_REQUIRED, field="user_id")


async def _no_other_user(ctx: MockContext, business_number: str) -> None:
    """단 1개만: a business holds one department user that is not withdrawn."""
    existing = await (await ctx.session()).scalar(
        select(DepartmentUser.id).where(
            DepartmentUser.business_number == business_number,
            DepartmentUser.status != "withdrawn",
        )
    )
    if existing is not None:
        raise HometaxError(409, C.ALREADY_HAS_DEPARTMENT_USER, field="business_number")


@route(
    "POST",
    "/department-users",
    body=ApplicationRequest,
    ok=Applied,
    status=201,
    errors=(409, 422, 503),
    summary="아이디 신청하기 — apply for the business's e-tax-invoice department user (대기)",
    description=(
        "Checked in the form's order: agreements, 실명인증, business number + representative "
        "birth date (and not closed), user ID (format, 중복확인 done, still free), password, "
        "department, mobile, phone, e-mail, then one department user per business."
    ),
)
async def apply(ctx: MockContext, body: ApplicationRequest) -> Applied:
    _agreed(body.agreements)
    applicant = await peers.verified_applicant(
        ctx, body.identity_verification_id, body.applicant_name
    )
    taxpayer = await _business(ctx, body)
    rules.check_user_id(body.user_id)
    await _free(ctx, body.user_id)
    await _id_checked(ctx, body.user_id)
    rules.check_password(body.password, body.password_confirmation)
    department = rules.check_department(body.department)
    mobile, phone = rules.check_mobile(body.mobile), rules.check_phone(body.phone)
    email = rules.check_email(body.email)
    await _no_other_user(ctx, taxpayer.business_number)
    now = ctx.clock.now()
    user = DepartmentUser(
        id=new_id("dpu"),
        user_id=body.user_id,
        business_number=taxpayer.business_number,
        user_type=USER_TYPE,
        name=applicant.name,
        applicant_di_hash=lookup_hash(applicant.di),
        department=department,
        mobile=mobile,
        phone=phone,
        email=email,
        status="pending",
        password_hash=hash_secret(body.password),
        must_change_password=False,
        applied_at=now,
        changed_at=now,
    )
    (await ctx.session()).add(user)
    await status_feed.record(ctx, user)
    return Applied(message=APPLIED_MESSAGE[0], department_user=view(user))


@route(
    "GET",
    "/department-users/applications/{id}",
    ok=ApplicationState,
    errors=(404,),
    summary="The application's status, for the applicant (its id is the only key)",
)
async def application_state(ctx: MockContext) -> ApplicationState:
    user = await (await ctx.session()).get(DepartmentUser, ctx.request.path_params["id"])
    if user is None:
        raise HometaxError(404, C.USER_NOT_FOUND)
    return ApplicationState(
        id=user.id,
        user_id=user.user_id,
        status=user.status,
        status_label=STATUS_LABELS[user.status],
        changed_at=user.changed_at,
    )
