"""Routes declared with pydantic models, and the endpoint that validates and dispatches them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, Literal

from pydantic import BaseModel, ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from mocks.framework.context import MockContext
from mocks.framework.runtime import AgencyRuntime

ProblemKind = Literal[
    "bad_json", "invalid_body", "invalid_query", "not_found", "method_not_allowed"
]
Handler = Callable[..., Awaitable[Response | BaseModel]]
Guard = Callable[[MockContext], Awaitable[Response | None]]


@dataclass(frozen=True, slots=True)
class RequestProblem:
    """A request the framework could not hand to a handler; the agency decides the answer."""

    kind: ProblemKind
    errors: list[dict[str, Any]] = field(default_factory=list)
    """pydantic error details (``type``, ``loc``, ``msg``), JSON-safe."""


ProblemHandler = Callable[[RequestProblem], Response]

_DEFAULT_STATUS: dict[ProblemKind, int] = {
    "bad_json": 400,
    "invalid_body": 422,
    "invalid_query": 422,
    "not_found": 404,
    "method_not_allowed": 405,
}


def default_problem_response(problem: RequestProblem) -> Response:
    """``{"error": <kind>, "detail": [...]}`` with 400/422/404/405."""
    body = {"error": problem.kind, "detail": problem.errors}
    return JSONResponse(body, status_code=_DEFAULT_STATUS[problem.kind])


@dataclass(frozen=True, slots=True)
class RouteSpec:
    """One operation of a mock: what it accepts, what it answers, and its documentation."""

    method: str
    path: str
    handler: Handler
    body: type[BaseModel] | None
    query: type[BaseModel] | None
    responses: Mapping[int, type[BaseModel]]
    summary: str
    description: str | None
    operation_id: str
    guarded: bool = True


def _details(error: ValidationError) -> list[dict[str, Any]]:
    details = error.errors(include_url=False, include_context=False, include_input=False)
    return [dict(detail) for detail in details]


def to_response(result: Response | BaseModel, status: int = 200) -> Response:
    """A handler's result as a response; models are dumped to JSON with Hangul unescaped."""
    if isinstance(result, Response):
        return result
    return Response(result.model_dump_json(), status_code=status, media_type="application/json")


def make_endpoint(
    spec: RouteSpec, runtime: AgencyRuntime, guard: Guard | None, on_problem: ProblemHandler
) -> Callable[[Request], Awaitable[Response]]:
    """The Starlette endpoint of ``spec``: guard, then query, body, handler, in that order."""

    async def dispatch(ctx: MockContext) -> Response:
        if guard is not None and spec.guarded and (refusal := await guard(ctx)) is not None:
            return refusal
        if spec.query is not None:
            try:
                ctx.query = spec.query.model_validate(dict(ctx.request.query_params))
            except ValidationError as error:
                return on_problem(RequestProblem("invalid_query", _details(error)))
        if spec.body is None:
            return to_response(await spec.handler(ctx))
        try:
            body = spec.body.model_validate_json(await ctx.request.body())
        except ValidationError as error:
            details = _details(error)
            bad_json = any(detail["type"] == "json_invalid" for detail in details)
            return on_problem(RequestProblem("bad_json" if bad_json else "invalid_body", details))
        return to_response(await spec.handler(ctx, body))

    async def endpoint(request: Request) -> Response:
        async with AsyncExitStack() as stack:
            ctx = MockContext(
                request=request,
                db=runtime.db,
                clock=runtime.clock,
                options=runtime.options,
                stack=stack,
                peers=runtime.peers,
            )
            return await dispatch(ctx)

    return endpoint


def status_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"HTTP {status}"
