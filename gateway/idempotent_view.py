"""The view's side of idempotency: which requests it guards and how refusals look."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from graphql import GraphQLError
from starlette.requests import Request
from starlette.responses import Response as HttpResponse
from strawberry.types import ExecutionResult

from gateway.context import Context
from gateway.errors import ErrorCode
from gateway.idempotency import (
    IdempotencyGuard,
    IdempotencyInProgressError,
    IdempotencyKeyReusedError,
    Replayed,
    caller_scope,
    request_hash,
    to_response,
    to_result,
)
from gateway.store import bearer_token


async def execute_idempotently(
    request: Request,
    key: str,
    context: Context,
    sub_response: HttpResponse,
    operation: tuple[str | None, str | None, object],
    execute: Callable[[], Awaitable[ExecutionResult]],
) -> ExecutionResult:
    """Run a mutation under its ``Idempotency-Key`` (see :mod:`gateway.idempotency`)."""
    if not 1 <= len(key) <= 255 or not key.isprintable():
        return _refusal(context, sub_response, ErrorCode.IDEMPOTENCY_KEY_INVALID, 400)
    store, _ = context.require_store()
    settings = context.settings
    guard = IdempotencyGuard(store, settings.idempotency_ttl, wait=settings.request_deadline / 2)
    scope = caller_scope(
        context.client.id if context.client else None,
        bearer_token(request.headers.get("authorization")),
        request.client.host if request.client else None,
    )

    async def run() -> dict[str, object]:
        return to_response(await execute())

    try:
        outcome = await guard.run(scope, key, request_hash(*operation), run)
    except IdempotencyKeyReusedError:
        return _refusal(context, sub_response, ErrorCode.IDEMPOTENCY_KEY_REUSED, 422)
    except IdempotencyInProgressError:
        return _refusal(context, sub_response, ErrorCode.IDEMPOTENCY_IN_PROGRESS, 409)
    if isinstance(outcome, Replayed):
        sub_response.headers["Idempotent-Replayed"] = "true"
        return to_result(outcome.response)
    return to_result(outcome)


def _refusal(
    context: Context, sub_response: HttpResponse, code: ErrorCode, status: int
) -> ExecutionResult:
    sub_response.status_code = status
    message = code.message(context.language)
    extensions = {"code": code.name, "requestId": context.request_id}
    return ExecutionResult(data=None, errors=[GraphQLError(message, extensions=extensions)])
