"""Work24's refusals a user can act on, as payload errors with the input's path."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

from connectors.errors import UpstreamServerError
from connectors.work24 import Work24RejectedError
from gateway.errors import UserError
from gateway.messages.common import CommonErrorCode
from gateway.messages.work24 import Work24ErrorCode as Code

T = TypeVar("T")

_NOT_USERS = {"INVALID_REQUEST", "NOT_FOUND"}
"""The gateway's own faults (a malformed request): they stay ``AGENCY_ERROR``."""
_RENAMED = {
    "business_number": ["registrationNumber"],
    "number": ["registrationNumber"],
    "opening_date": ["openedOn"],
    "fincert_id": ["certificate", "fincertId"],
    "joint": ["certificate", "proof"],
    "joint.typed_number": ["certificate", "typedNumber"],
}


def field_path(upstream: str | None) -> list[str] | None:
    """The GraphQL input path of a Work24 field name (``contact.mobile`` → camelCase)."""
    if upstream is None:
        return None
    if upstream in _RENAMED:
        return ["input", *_RENAMED[upstream]]
    if upstream.startswith("joint."):
        return ["input", "certificate", "proof", upstream.removeprefix("joint.")]
    return ["input", *(camel(part) for part in upstream.split("."))]


def camel(snake: str) -> str:
    first, *rest = snake.split("_")
    return first + "".join(part.capitalize() for part in rest)


def user_error(error: Work24RejectedError) -> UserError | None:
    """The payload error of a refusal, or None when the user cannot act on it."""
    if error.code == "LOGIN_REQUIRED":
        return UserError(CommonErrorCode.NOT_LOGGED_IN, agency="work24")
    code = Code.__members__.get(error.code)
    if code is None or error.code in _NOT_USERS:
        return None
    fields: dict[str, object] = {}
    if code in (Code.CERTIFICATE_REFUSED, Code.FINCERT_REFUSED):
        fields = {"message": error.message, "message_en": error.message_en or error.message}
    return UserError(
        code,
        field=field_path(error.field),
        reason=error.reason,
        tries_left=error.tries_left,
        **fields,
    )


async def call(call: Awaitable[T]) -> T:
    """Await a Work24 call; its refusals a user can act on become `UserError`s. A peer of
    Work24 (NTS, CAs) being down is Work24 being unavailable."""
    try:
        return await call
    except Work24RejectedError as error:
        if error.code == "PEER_UNAVAILABLE":
            raise UpstreamServerError("work24", error.status, error.message) from error
        failure = user_error(error)
        if failure is None:
            raise
        raise failure from error
