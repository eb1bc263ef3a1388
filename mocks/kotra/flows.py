"""Flows the agency keeps between steps (sign-up, company registration, legacy conversion)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from mocks.framework import MockContext
from mocks.framework.identifiers import new_id
from mocks.kotra.errors import KotraError
from mocks.kotra.messages import KotraErrorCode as C
from mocks.kotra.models import Flow


async def open_flow(
    ctx: MockContext,
    kind: str,
    step: str,
    ttl: timedelta,
    state: dict[str, Any],
    member_id: int | None = None,
) -> Flow:
    now = ctx.clock.now()
    flow = Flow(
        id=new_id(kind[:3]),
        kind=kind,
        step=step,
        state=state,
        member_id=member_id,
        created_at=now,
        expires_at=now + ttl,
    )
    (await ctx.session()).add(flow)
    return flow


async def get_flow(ctx: MockContext, kind: str, *steps: str) -> Flow:
    """The flow of the path's ``id`` at one of ``steps``.

    Raises:
        KotraError: 404 FLOW_NOT_FOUND, 410 FLOW_EXPIRED, 409 WRONG_STEP.
    """
    flow = await (await ctx.session()).get(Flow, ctx.request.path_params["id"])
    if flow is None or flow.kind != kind:
        raise KotraError(404, C.FLOW_NOT_FOUND, field="id")
    if flow.expires_at <= ctx.clock.now() or flow.step == "done":
        raise KotraError(410, C.FLOW_EXPIRED, field="id")
    if steps and flow.step not in steps:
        raise KotraError(409, C.WRONG_STEP, field="id")
    return flow


def advance(flow: Flow, step: str, **state: Any) -> None:
    flow.step = step
    flow.state = {**flow.state, **state}
