"""부서사용자등록 at a third-party platform (seed 004 step 11, cargo pay's 회원사관리): the
platform sends a 사용 department user's ID and password and gets a delegation token scoped to
the business's e-tax invoices; it never sees the representative's certificate."""

from __future__ import annotations

import secrets

from sqlalchemy import select

from mocks.framework import MockContext
from mocks.framework.identifiers import new_id
from mocks.framework.sealing import lookup_hash
from mocks.hometax import messages
from mocks.hometax.accounts import taxpayer_of
from mocks.hometax.agency import route
from mocks.hometax.department import authenticate
from mocks.hometax.errors import HometaxError
from mocks.hometax.messages import HometaxErrorCode as C
from mocks.hometax.models import Delegation, DepartmentUser
from mocks.hometax.schemas import (
    DelegationIntrospect,
    DelegationIssued,
    DelegationRequest,
    DelegationView,
)


@route(
    "POST",
    "/delegations",
    body=DelegationRequest,
    ok=DelegationIssued,
    status=201,
    errors=(401, 403),
    summary="부서사용자등록 — a platform registers a 사용 department user (ID + password) and "
    "gets a delegation token for the business",
)
async def delegate(ctx: MockContext, body: DelegationRequest) -> DelegationIssued:
    user = await authenticate(ctx, body.user_id, body.password)
    if user.must_change_password:
        raise HometaxError(403, C.PASSWORD_CHANGE_REQUIRED, field="password")
    taxpayer = await taxpayer_of(await ctx.session(), user.business_number)
    token = "htd_" + secrets.token_urlsafe(32)
    now = ctx.clock.now()
    delegation = Delegation(
        id=new_id("dlg"),
        token_hash=lookup_hash(token),
        department_user_id=user.id,
        business_number=user.business_number,
        platform=body.platform.strip(),
        scopes=" ".join(messages.DELEGATION_SCOPES),
        created_at=now,
        expires_at=now + messages.DELEGATION_TTL,
    )
    (await ctx.session()).add(delegation)
    return DelegationIssued(
        id=delegation.id,
        token=token,
        business_number=taxpayer.business_number,
        company_name=taxpayer.company_name,
        user_id=user.user_id,
        name=user.name,
        platform=delegation.platform,
        scopes=list(messages.DELEGATION_SCOPES),
        expires_at=delegation.expires_at,
    )


@route(
    "POST",
    "/delegations/introspect",
    body=DelegationIntrospect,
    ok=DelegationView,
    errors=(404,),
    summary="A delegation token's business, scopes and whether it still acts (its department "
    "user still 사용, not expired)",
)
async def introspect(ctx: MockContext, body: DelegationIntrospect) -> DelegationView:
    session = await ctx.session()
    delegation = await session.scalar(
        select(Delegation).where(Delegation.token_hash == lookup_hash(body.token))
    )
    if delegation is None:
        raise HometaxError(404, C.INVALID_DELEGATION, field="token")
    user = await session.get(DepartmentUser, delegation.department_user_id)
    active = (
        user is not None and user.status == "active" and delegation.expires_at > ctx.clock.now()
    )
    return DelegationView(
        id=delegation.id,
        active=active,
        business_number=delegation.business_number,
        user_id=user.user_id if user else "",
        platform=delegation.platform,
        scopes=delegation.scopes.split(),
        expires_at=delegation.expires_at,
    )
