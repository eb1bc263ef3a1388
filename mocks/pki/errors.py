"""The pki mock's error body and the exception rules raise to produce it.

Every failure answers ``{"code", "message", "message_en"}`` (plus ``field`` or ``tries_left``).
Certificate checks answer 422 with the `CertificateErrorCode`; the pki mock's own refusals
answer a `PkiErrorCode`. A rule raises `PkiError` after its writes (a used-up challenge, a
wrong-PIN counter); the route answers it and the writes are kept.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, cast

from pydantic import BaseModel, Field
from starlette.responses import Response

from koreakit.npki.errors import CertificateError, CertificateErrorCode, OwnerMismatchError
from mocks.framework import RequestProblem, to_response
from mocks.pki.messages import MESSAGES, OWNER_MISMATCH_MESSAGE, PkiErrorCode


class ErrorBody(BaseModel):
    """An error of the pki mock."""

    code: PkiErrorCode | CertificateErrorCode = Field(
        description="stable machine code: the mock's own, or KoreaKit's certificate codes"
    )
    message: str = Field(description="Korean message, as shown to the user")
    message_en: str = Field(description="the same in English")
    field: str | None = Field(None, description="the input the error concerns")
    tries_left: int | None = Field(None, description="wrong codes or PINs still allowed")
    detail: list[dict[str, Any]] | None = Field(None, description="validation details")


class PkiError(Exception):
    def __init__(
        self,
        status: int,
        code: PkiErrorCode | CertificateErrorCode,
        *,
        field: str | None = None,
        tries_left: int | None = None,
        message: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(code)
        self.status, self.code, self.field, self.tries_left = status, code, field, tries_left
        self.message = message

    @classmethod
    def of_certificate(cls, error: CertificateError, field: str | None = None) -> PkiError:
        """422 with KoreaKit's code and message; the Work24 wording for the owner check."""
        korean = OWNER_MISMATCH_MESSAGE if isinstance(error, OwnerMismatchError) else None
        message = (korean or error.message_ko, error.message_en)
        return cls(422, error.code, field=field, message=message)

    def body(self) -> ErrorBody:
        if self.message is not None:
            ko, en = self.message
        else:
            ko, en = MESSAGES[PkiErrorCode(self.code)]
        return ErrorBody(
            code=self.code,
            message=ko,
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
        status = 404 if problem.kind == "not_found" else 405
        return PkiError(status, PkiErrorCode.NOT_FOUND).response()
    ko, en = MESSAGES[PkiErrorCode.INVALID_REQUEST]
    body = ErrorBody(
        code=PkiErrorCode.INVALID_REQUEST, message=ko, message_en=en, detail=problem.errors
    )
    return error_response(body, 400)


HandlerT = TypeVar("HandlerT", bound=Callable[..., Awaitable[Response | BaseModel]])


def answers_errors(handler: HandlerT, status: int = 200) -> HandlerT:
    """Answer ``handler``'s model with ``status`` and a `PkiError` with its own response."""

    @functools.wraps(handler)
    async def wrapped(*args: Any) -> Response | BaseModel:
        try:
            return to_response(await handler(*args), status)
        except PkiError as error:
            return error.response()

    return cast(HandlerT, wrapped)
