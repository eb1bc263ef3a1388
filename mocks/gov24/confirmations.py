"""The citizen's confirmations: the stored document with its verification log, the 발급증 (JSON
and PDF) and saving it to the 전자문서지갑."""

from __future__ import annotations

from pydantic import BaseModel, Field
from sqlalchemy import func, select
from starlette.responses import Response

from mocks.framework import MockContext
from mocks.gov24.agency import route
from mocks.gov24.auth import login_of
from mocks.gov24.errors import Gov24Error
from mocks.gov24.messages import WALLET_SINCE, Gov24ErrorCode
from mocks.gov24.models import Confirmation, VerificationLog
from mocks.gov24.slip_pdf import render
from mocks.gov24.views import (
    ConfirmationPage,
    ConfirmationView,
    SlipView,
    confirmation_view,
    slip_view,
)


class WalletSaved(BaseModel):
    number: str
    wallet_saved_at: str = Field(description="ISO date-time it was saved to the 전자문서지갑")


async def _mine(ctx: MockContext) -> Confirmation:
    _, approval = await login_of(ctx)
    session = await ctx.session()
    row = await session.get(Confirmation, ctx.request.path_params["number"])
    if row is None or row.holder_hash != approval.number_hash:
        raise Gov24Error(404, Gov24ErrorCode.CONFIRMATION_NOT_FOUND, field="number")
    return row


async def _logs(ctx: MockContext, number: str) -> list[VerificationLog]:
    rows = await (await ctx.session()).scalars(
        select(VerificationLog)
        .where(VerificationLog.confirmation_number == number)
        .order_by(VerificationLog.id)
    )
    return list(rows)


@route(
    "GET",
    "/confirmations",
    ok=ConfirmationPage,
    errors=(401, 403),
    summary="My confirmations, newest first (`offset`, `limit` ≤ 100)",
)
async def my_confirmations(ctx: MockContext) -> ConfirmationPage:
    _, approval = await login_of(ctx)
    try:
        offset = max(0, int(ctx.request.query_params.get("offset", "0")))
        limit = min(100, max(1, int(ctx.request.query_params.get("limit", "20"))))
    except ValueError:
        raise Gov24Error(400, Gov24ErrorCode.INVALID_REQUEST) from None
    session = await ctx.session()
    mine = Confirmation.holder_hash == approval.number_hash
    total = await session.scalar(select(func.count()).select_from(Confirmation).where(mine))
    rows = await session.scalars(
        select(Confirmation)
        .where(mine)
        .order_by(Confirmation.issued_at.desc(), Confirmation.number)
        .offset(offset)
        .limit(limit)
    )
    views = [confirmation_view(row, await _logs(ctx, row.number)) for row in list(rows)]
    return ConfirmationPage(total=total or 0, confirmations=views)


@route(
    "GET",
    "/confirmations/{number}",
    ok=ConfirmationView,
    errors=(401, 403, 404),
    summary="One of my confirmations, with every receiving agency's look-up",
)
async def my_confirmation(ctx: MockContext) -> ConfirmationView:
    row = await _mine(ctx)
    return confirmation_view(row, await _logs(ctx, row.number))


@route(
    "GET",
    "/confirmations/{number}/slip",
    ok=SlipView,
    errors=(401, 403, 404),
    summary="발급증 — number, date-time, name, purpose, submission agency, delegate",
)
async def slip(ctx: MockContext) -> SlipView:
    return slip_view(await _mine(ctx))


@route(
    "GET",
    "/confirmations/{number}/slip.pdf",
    ok=None,
    errors=(401, 403, 404),
    summary="발급증 출력 — the slip as a PDF (application/pdf)",
    description="200 answers a one-page PDF 1.4 document (not JSON).",
)
async def slip_pdf(ctx: MockContext) -> Response:
    pdf = render(slip_view(await _mine(ctx)))
    number = ctx.request.path_params["number"]
    headers = {"Content-Disposition": f'attachment; filename="gov24-slip-{number}.pdf"'}
    return Response(pdf, media_type="application/pdf", headers=headers)


@route(
    "POST",
    "/confirmations/{number}/wallet",
    ok=WalletSaved,
    errors=(401, 403, 404, 409),
    summary="전자문서지갑에 저장 — save the slip to the document wallet (again: kept once); "
    "the wallet is offered from 2021 (mock clock)",
)
async def save_to_wallet(ctx: MockContext) -> WalletSaved:
    row = await _mine(ctx)
    now = ctx.clock.now()
    if now < WALLET_SINCE:
        raise Gov24Error(409, Gov24ErrorCode.WALLET_NOT_AVAILABLE)
    if row.wallet_saved_at is None:
        row.wallet_saved_at = now
    return WalletSaved(number=row.number, wallet_saved_at=row.wallet_saved_at.isoformat())
