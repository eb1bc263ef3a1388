"""발급시스템 이용 승인: recorded by the office (admin API, the approval is given in person),
read and renewed by the citizen after login."""

from __future__ import annotations

from mocks.framework import MockContext
from mocks.gov24.agency import route
from mocks.gov24.auth import login_of
from mocks.gov24.errors import Gov24Error
from mocks.gov24.granting import grant
from mocks.gov24.messages import APPROVAL_VALIDITY_YEARS, Gov24ErrorCode
from mocks.gov24.models import Approval
from mocks.gov24.records import ApprovalRequest, ApprovalView
from mocks.gov24.rules import renew, view


def validity_years(ctx: MockContext) -> int:
    """승인 유효기간 in years: 2 (seed 003) unless the app's option says otherwise."""
    return int(ctx.options.get("approval_validity_years", APPROVAL_VALIDITY_YEARS))


@route(
    "POST",
    "/__admin/approvals",
    body=ApprovalRequest,
    ok=ApprovalView,
    status=201,
    errors=(409, 422),
    summary="Test control: the 읍·면·동장 or 출장소장 grants a usage approval in person",
    description=(
        "Records the approval with the ID document checked, the chosen online identity-check "
        "method and, for a minor or a person under limited guardianship, the guardian's signed "
        "consent (422 CONSENT_REQUIRED without it). 409 APPROVAL_EXISTS while a valid one exists."
    ),
)
async def grant_approval(ctx: MockContext, body: ApprovalRequest) -> ApprovalView:
    now = ctx.clock.now()
    approval = await grant(await ctx.session(), body, now, validity_years(ctx))
    return view(approval, now)


@route(
    "POST",
    "/__admin/approvals/{id}/renew",
    ok=ApprovalView,
    errors=(404, 409, 410),
    summary="Test control: renewal in person (only within the 30 days before expiry)",
)
async def renew_in_person(ctx: MockContext) -> ApprovalView:
    approval = await (await ctx.session()).get(Approval, ctx.request.path_params["id"])
    if approval is None:
        raise Gov24Error(404, Gov24ErrorCode.APPROVAL_NOT_FOUND)
    now = ctx.clock.now()
    renew(approval, now, validity_years(ctx))
    return view(approval, now)


@route(
    "GET",
    "/approval",
    ok=ApprovalView,
    errors=(401, 403),
    summary="The logged-in citizen's usage approval",
)
async def my_approval(ctx: MockContext) -> ApprovalView:
    _, approval = await login_of(ctx)
    return view(approval, ctx.clock.now())


@route(
    "POST",
    "/approval/renew",
    ok=ApprovalView,
    errors=(401, 403, 409, 410),
    summary="갱신 — extend the approval by its validity, only within the 30 days before expiry",
)
async def renew_online(ctx: MockContext) -> ApprovalView:
    _, approval = await login_of(ctx)
    now = ctx.clock.now()
    renew(approval, now, validity_years(ctx))
    return view(approval, now)
