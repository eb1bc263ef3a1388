"""The error body the identity and pki mocks share, the exception their rules raise, and the
route decorator that answers it.

A failure answers ``{"code", "message", "message_en"}`` (plus ``field``, ``tries_left`` or the
validation ``detail`` where they apply) with the HTTP status of its kind. An agency subclasses
`AgencyErrorBody` (its code enum and wording, which the OpenAPI document shows) and
`AgencyError` (that body, its messages and the codes of the two framework problems). A rule
raises the error after its writes (a wrong-code counter, a lock); the route answers it and the
writes are kept.

```python
class ErrorBody(AgencyErrorBody):
    code: IdentityErrorCode = Field(description="stable machine code")

class IdentityError(AgencyError):
    body_model = ErrorBody
    messages = MESSAGES  # IdentityErrorCode → (Korean, English)
    invalid_request = IdentityErrorCode.INVALID_REQUEST
    not_found = IdentityErrorCode.NOT_FOUND

agency = MockAgency(..., on_problem=IdentityError.answer_problem)
route = ErrorRoutes(agency, IdentityError)
```
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, Final, cast

from pydantic import BaseModel, Field
from starlette.responses import Response

from mocks.framework.peers import PeerUnavailableError
from mocks.framework.routes import RequestProblem, to_response

if TYPE_CHECKING:
    from mocks.framework.agency import HandlerT, MockAgency

INVALID_REQUEST_MESSAGE: Final = ("요청 형식이 올바르지 않습니다.", "The request is malformed.")
"""(Korean, English) of a body that is not JSON or does not fit the request model."""
NOT_FOUND_MESSAGE: Final = ("요청한 주소를 찾을 수 없습니다.", "No such resource.")
"""(Korean, English) of an unknown path or method."""


class AgencyErrorBody(BaseModel):
    """An agency's error; a subclass narrows ``code`` to the agency's codes."""

    code: StrEnum = Field(description="stable machine code")
    message: str = Field(description="Korean message, as shown to the user")
    message_en: str = Field(description="the same in English")
    field: str | None = Field(None, description="the input the error concerns")
    tries_left: int | None = Field(None, description="wrong codes still allowed")
    detail: list[dict[str, Any]] | None = Field(None, description="validation details")


class AgencyError(Exception):
    """A refusal with its code, HTTP status and optional field / remaining tries.

    ``message`` and ``message_en`` replace the agency's wording of ``code`` (a validator's own
    message, say); each one not given is the agency's.
    """

    body_model: ClassVar[type[AgencyErrorBody]]
    messages: ClassVar[Mapping[Any, tuple[str, str]]]
    """The agency's (Korean, English) wording of each of its codes."""
    invalid_request: ClassVar[StrEnum]
    """The code of a body that is not JSON or does not fit the request model (400)."""
    not_found: ClassVar[StrEnum]
    """The code of an unknown path (404) or method (405)."""

    def __init__(
        self,
        status: int,
        code: StrEnum,
        *,
        field: str | None = None,
        tries_left: int | None = None,
        message: str | None = None,
        message_en: str | None = None,
        detail: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(code)
        self.status, self.code, self.field, self.tries_left = status, code, field, tries_left
        self.message, self.message_en, self.detail = message, message_en, detail

    def body(self) -> AgencyErrorBody:
        ko, en = self.message, self.message_en
        if ko is None or en is None:
            default_ko, default_en = self.messages[self.code]
            ko = default_ko if ko is None else ko
            en = default_en if en is None else en
        return self.body_model(
            code=self.code,
            message=ko,
            message_en=en,
            field=self.field,
            tries_left=self.tries_left,
            detail=self.detail,
        )

    def response(self) -> Response:
        body = self.body().model_dump_json(exclude_none=True)
        return Response(body, status_code=self.status, media_type="application/json")

    @classmethod
    def of_peer_unavailable(cls, error: PeerUnavailableError) -> AgencyError | None:
        """The agency's answer when a peer it calls is unavailable (`mocks.framework.peer_calls`:
        unreachable or 5xx); None (the default) lets the error through."""
        return None

    @classmethod
    def answer_problem(cls, problem: RequestProblem) -> Response:
        """Bad JSON or an invalid body → 400 ``invalid_request`` with the validation details;
        unknown path → 404 ``not_found``; unknown method → 405 ``not_found``."""
        if problem.kind in ("not_found", "method_not_allowed"):
            status = 404 if problem.kind == "not_found" else 405
            return cls(status, cls.not_found).response()
        return cls(400, cls.invalid_request, detail=problem.errors).response()


def answers_errors(handler: HandlerT, status: int, error: type[AgencyError]) -> HandlerT:
    """Answer ``handler``'s model with ``status`` and an ``error`` it raises with the error's
    own response (the request's writes are kept: wrong tries, locks); a peer it could not reach
    with ``error.of_peer_unavailable``, where the agency maps that."""

    @functools.wraps(handler)
    async def wrapped(*args: Any) -> Response | BaseModel:
        try:
            return to_response(await handler(*args), status)
        except error as refusal:
            return refusal.response()
        except PeerUnavailableError as unavailable:
            mapped = error.of_peer_unavailable(unavailable)
            if mapped is None:
                raise
            return mapped.response()

    return cast("HandlerT", wrapped)


class ErrorRoutes:
    """The route decorator of an agency whose handlers raise its `AgencyError`.

    Every operation may answer 400 (invalid body); ``errors`` lists its other error statuses,
    all documented with the error's body model. ``ok=None`` for an operation whose success is
    not JSON (its description says so).
    """

    def __init__(self, agency: MockAgency, error: type[AgencyError]) -> None:
        self.agency, self.error = agency, error

    def __call__(
        self,
        method: str,
        path: str,
        *,
        ok: type[BaseModel] | None,
        summary: str,
        body: type[BaseModel] | None = None,
        errors: Iterable[int] = (),
        description: str | None = None,
        status: int = 200,
    ) -> Callable[[HandlerT], HandlerT]:
        error_body = self.error.body_model
        responses: dict[int, type[BaseModel]] = {400: error_body}
        if ok is not None:
            responses[status] = ok
        responses.update(dict.fromkeys(errors, error_body))

        def register(handler: HandlerT) -> HandlerT:
            self.agency.route(
                method,
                path,
                body=body,
                responses=responses,
                summary=summary,
                description=description,
            )(answers_errors(handler, status, self.error))
            return handler

        return register
