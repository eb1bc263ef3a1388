"""Request-scoped values that every upstream call carries along."""

from __future__ import annotations

from contextvars import ContextVar

#: The id of the gateway request being served; sent upstream as ``X-Request-ID``.
current_request_id: ContextVar[str | None] = ContextVar("current_request_id", default=None)
