"""One observation per GraphQL request: the middleware opens it, operations report into it.

The middleware sits outside every other check of ``/graphql`` (rate limits, body size, CSRF),
so requests those refuse are counted too, as ``http_error``. It learns the operation's name and
whether it produced errors from :func:`note_operation`, which the schema extension (and the
view, for requests refused before execution) calls through a context variable.
"""

from __future__ import annotations

import time
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from starlette.types import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    from gateway.observability import Observability

NO_OPERATION = "none"
BATCH = "batch"


@dataclass
class RequestObservation:
    """What is learnt about one request while it is served."""

    operations: list[str] = field(default_factory=list)
    failed: bool = False

    def operation(self) -> str:
        if not self.operations:
            return NO_OPERATION
        return self.operations[0] if len(self.operations) == 1 else BATCH


#: The app serving the current request or WebSocket connection (extensions are built by the
#: schema, which every app in the process shares, so they find their app here).
current_observability: ContextVar[Observability | None] = ContextVar(
    "gateway_observability", default=None
)

#: The HTTP request being served.
current_request: ContextVar[RequestObservation | None] = ContextVar(
    "gateway_request_observation", default=None
)


def note_operation(name: str, failed: bool) -> None:
    """Report an operation of the current request: its name and whether it had errors."""
    observation = current_request.get()
    if observation is not None:
        observation.operations.append(name)
        observation.failed = observation.failed or failed


def outcome(status: int, failed: bool) -> str:
    if status >= 400 or status == 0:
        return "http_error"
    return "graphql_error" if failed else "ok"


class RequestObservationMiddleware:
    """Pure ASGI around ``path``: makes the app's :class:`Observability` current for every
    request and WebSocket connection; counts and times each HTTP request that ran an operation
    or failed (a GraphiQL page is neither)."""

    def __init__(self, app: ASGIApp, observability: Observability, path: str = "/graphql") -> None:
        self.app = app
        self.observability = observability
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        token = current_observability.set(self.observability)
        try:
            if scope["type"] == "http":
                await self._http(scope, receive, send)
            else:
                await self.app(scope, receive, send)
        finally:
            current_observability.reset(token)

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        observation = RequestObservation()
        token = current_request.set(observation)
        started = time.perf_counter()
        status = 0

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            current_request.reset(token)
            metrics = self.observability.metrics
            if metrics is not None and (observation.operations or status >= 400 or not status):
                metrics.request_done(
                    observation.operation(),
                    outcome(status, observation.failed),
                    time.perf_counter() - started,
                )
