"""Root subscription fields of agency flows."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import aclosing
from typing import Annotated

import strawberry

from gateway.context import Info
from gateway.events import EventBusError
from gateway.events.flows import MAX_FLOW_ID_LENGTH, flow_updates
from gateway.events.memory import DEFAULT_MAX_PENDING
from gateway.schema.flows.errors import bad_input, stream_error
from gateway.schema.flows.types import FlowUpdate


@strawberry.type
class FlowSubscriptions:
    @strawberry.subscription(
        description=(
            "Updates of one agency flow as they happen, on whichever gateway replica the agency "
            "answered, ending after the first final status (`SUCCEEDED`, `FAILED`). Only changes "
            "after subscribing are sent: read the flow's current state after subscribing. A "
            f"stream that fell more than {DEFAULT_MAX_PENDING} updates behind ends with "
            "`EVENTS_MISSED`."
        )
    )
    async def flow_updated(
        self,
        info: Info,
        flow_id: Annotated[
            strawberry.ID,
            strawberry.argument(
                name="id",
                description=f"The flow's `id` (at most {MAX_FLOW_ID_LENGTH} characters).",
            ),
        ],
    ) -> AsyncGenerator[FlowUpdate, None]:
        context = info.context
        if not 0 < len(flow_id) <= MAX_FLOW_ID_LENGTH:
            raise bad_input(f"id: 1 to {MAX_FLOW_ID_LENGTH} characters", context)
        if context.events is None:
            raise RuntimeError("the context has no event bus")
        try:
            async with aclosing(flow_updates(context.events, flow_id)) as updates:
                async for update in updates:
                    yield FlowUpdate.from_event(update)
        except EventBusError as exc:
            raise stream_error(exc, context) from exc
