"""Enums of flow updates (values as in :mod:`gateway.events.flows`); the agency is
:class:`gateway.schema.agency.Agency`."""

from __future__ import annotations

import enum

import strawberry


@strawberry.enum(description="Where a flow stands. `SUCCEEDED` and `FAILED` are final.")
class FlowStatus(enum.Enum):
    PENDING = strawberry.enum_value(
        "pending", description="대기 — accepted, waiting for the agency to start."
    )
    IN_PROGRESS = strawberry.enum_value(
        "in_progress", description="처리 중 — the agency is working on it (retries included)."
    )
    SUCCEEDED = strawberry.enum_value("succeeded", description="완료 — done; final.")
    FAILED = strawberry.enum_value(
        "failed", description="실패 — the agency refused or gave up; final. See `message`."
    )
