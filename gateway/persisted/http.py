"""The GraphQL view's side of persisted queries: resolve each operation of a request before it
executes, store what APQ learnt after, and shape refusals.

Refusals carry no ``data`` (the operation never ran), exactly as Apollo clients expect::

    {"errors": [{"message": "PersistedQueryNotFound",
                 "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}]}
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeAlias

from graphql import GraphQLError
from starlette.requests import Request
from starlette.responses import Response
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData
from strawberry.types import ExecutionResult
from strawberry.types.execution import PreExecutionError

from gateway.context import Context
from gateway.observability.requests import note_operation
from gateway.persisted.protocol import PersistedQueries, PersistedQueryError, Resolved

RequestData: TypeAlias = GraphQLRequestData | list[GraphQLRequestData]
Execute: TypeAlias = Callable[[RequestData], Awaitable[Any]]


class PersistedQueryRefusal(ExecutionResult):
    """The answer to an operation the persisted-query rules refused; never executed."""

    def response(self) -> GraphQLHTTPResponse:
        return {"errors": [error.formatted for error in self.errors or []]}


def client_kind(context: Context) -> str | None:
    """The calling application's kind (``portal`` …), None for an anonymous caller."""
    kind = getattr(getattr(context, "client", None), "kind", None)
    value = getattr(kind, "value", kind)
    return value if isinstance(value, str) else None


def refusal_error(error: PersistedQueryError, context: Context) -> GraphQLError:
    """The GraphQL error of a refusal: the protocol's fixed message, or a localised one."""
    extensions: dict[str, object] = {"code": error.code}
    message = error.message
    if error.error_code is not None:
        message = error.error_code.message(context.language)
        extensions["requestId"] = context.request_id
    return GraphQLError(message, extensions=extensions)


def refusal(
    error: PersistedQueryError, context: Context, sub_response: Response
) -> PersistedQueryRefusal:
    if error.status != 200:
        sub_response.status_code = error.status
    note_operation("unknown", failed=True)
    return PersistedQueryRefusal(data=None, errors=[refusal_error(error, context)])


async def execute_persisted(
    request: Request,
    context: Context,
    sub_response: Response,
    data: RequestData,
    execute: Execute,
) -> Any:
    """Run ``data`` (one operation or a batch) through ``execute`` with every persisted query
    resolved; refused operations are answered in place, the others run."""
    persisted: PersistedQueries = request.app.state.gateway.persisted
    kind = client_kind(context)
    if not isinstance(data, list):
        step = await _resolve(persisted, data, kind, context, sub_response)
        if isinstance(step, PersistedQueryRefusal):
            return step
        result = await execute(step.data)
        await _learn(persisted, step, result)
        return result
    steps = [await _resolve(persisted, item, kind, context, sub_response) for item in data]
    runnable = [step for step in steps if isinstance(step, Resolved)]
    results = iter(await execute([step.data for step in runnable]))
    answers: list[ExecutionResult] = []
    for step in steps:
        if isinstance(step, Resolved):
            answers.append(next(results))
            await _learn(persisted, step, answers[-1])
        else:
            answers.append(step)
    return answers


async def _resolve(
    persisted: PersistedQueries,
    data: GraphQLRequestData,
    kind: str | None,
    context: Context,
    sub_response: Response,
) -> Resolved | PersistedQueryRefusal:
    try:
        return await persisted.resolve(data, kind)
    except PersistedQueryError as error:
        return refusal(error, context, sub_response)


async def _learn(persisted: PersistedQueries, step: Resolved, result: object) -> None:
    """Store an APQ document once it has parsed and validated (as Apollo Server does)."""
    if isinstance(result, ExecutionResult) and not isinstance(result, PreExecutionError):
        await persisted.learn(step)
