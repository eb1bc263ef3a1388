"""The identity provider's error body and the exception rules raise to produce it.

Every failure answers ``{"code", "message", "message_en"}`` (plus ``field`` or ``tries_left``
where they apply) with the HTTP status of its kind. A rule raises `IdentityError` after its
writes (a wrong-code counter, a lock); the route answers it and the writes are kept.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, cast

from pydantic import BaseModel, Field
from starlette.responses import Response

from mocks.framework import RequestProblem, to_response
from mocks.identity.messages import MESSAGES, IdentityErrorCode


class ErrorBody(BaseModel):
    """An error of the identity provider."""

    code: IdentityErrorCode = Field(description="stable machine code")
    message: str = Field(description="Korean message, as shown to the user")
    message_en: str = Field(description="the same in English")
    field: str | None = Field(None, description="the input the error concerns")
    tries_left: int | None = Field(None, description="wrong codes still allowed")
    detail: list[dict[str, Any]] | None = Field(None, description="validation details")


class IdentityError(Exception):
    """A refusal with its code, HTTP status and optional field / remaining tries."""

    def __init__(
        self,
        status: int,
        code: IdentityErrorCode,
        *,
        field: str | None = None,
        tries_left: int | None = None,
        message: str | None = None,
    ) -> None:
        super().__init__(code)
        self.status, self.code, self.field, self.tries_left = status, code, field, tries_left
        self.message = message

    def body(self) -> ErrorBody:
        ko, en = MESSAGES[self.code]
        return ErrorBody(
            code=self.code,
            message=self.message or ko,
            message_en=en,
            field=self.field,
            tries_left=self.tries_left,
        )

    def response(self) -> Response:
        return error_response(self.body(), self.status)


def error_response(body: ErrorBody, status: int) -> Response:
    return Response(
        body.model_dump_json(exclude_none=True), status_code=status, media_type="application/json"
    )


def answer_problem(problem: RequestProblem) -> Response:
    """Bad JSON or an invalid body → 400 INVALID_REQUEST; unknown path → 404; method → 405."""
    if problem.kind in ("not_found", "method_not_allowed"):
        code = IdentityErrorCode.NOT_FOUND
        status = 404 if problem.kind == "not_found" else 405
        return IdentityError(status, code).response()
    ko, en = MESSAGES[IdentityErrorCode.INVALID_REQUEST]
    body = ErrorBody(
        code=IdentityErrorCode.INVALID_REQUEST, message=ko, message_en=en, detail=problem.errors
    )
    return error_response(body, 400)


HandlerT = TypeVar("HandlerT", bound=Callable[..., Awaitable[Response | BaseModel]])


def answers_errors(handler: HandlerT, status: int = 200) -> HandlerT:
    """Answer ``handler``'s model with ``status`` and an `IdentityError` it raises with its own
    response (the request's writes are kept: wrong tries, locks)."""

    @functools.wraps(handler)
    async def wrapped(*args: Any) -> Response | BaseModel:
        try:
            return to_response(await handler(*args), status)
        except IdentityError as error:
            return error.response()

    return cast(HandlerT, wrapped)
