"""GraphQL types of flow updates."""

from __future__ import annotations

from datetime import datetime

import strawberry

from gateway.events import flows
from gateway.schema.agency import Agency
from gateway.schema.flows.enums import FlowStatus


@strawberry.type(
    description=(
        "A flow moved: an agency process that finishes later (Work24's customer-record sync, "
        "Hometax approval) reached a new step or status."
    )
)
class FlowUpdate:
    id: strawberry.ID = strawberry.field(
        description="The flow's `id`, as the mutation that started the flow returned it."
    )
    agency: Agency = strawberry.field(description="The agency whose flow this is.")
    step: str = strawberry.field(
        description="The flow's step, in the agency flow's own step names (its `step` enum)."
    )
    status: FlowStatus = strawberry.field(description="Where the flow stands now.")
    message: str | None = strawberry.field(
        description="What the agency said, in its own words (usually Korean); null when nothing."
    )
    occurred_at: datetime = strawberry.field(
        description="When the gateway learnt of the change (ISO 8601, with offset)."
    )

    @classmethod
    def from_event(cls, event: flows.FlowUpdate) -> FlowUpdate:
        return cls(
            id=strawberry.ID(event.flow_id),
            agency=Agency(event.agency.value),
            step=event.step,
            status=FlowStatus(event.status.value),
            message=event.message,
            occurred_at=event.occurred_at,
        )
