"""The agency's refusals a user can act on, as payload errors with the input's path."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

from connectors.gov24 import Gov24RejectedError
from gateway.errors import UserError
from gateway.messages.gov24 import Gov24ErrorCode as Code

T = TypeVar("T")

_NOT_USERS = frozenset({"INVALID_REQUEST", "NOT_FOUND", "PEER_UNAVAILABLE"})
"""Refusals that are the gateway's fault or nobody's: they stay GraphQL errors."""
_LOGIN_GONE = frozenset({"LOGIN_REQUIRED", "LOGIN_EXPIRED"})


async def call(call: Awaitable[T], path: list[str] | None = None) -> T:
    """Await an agency call; its refusals a user can act on become `UserError`s whose field
    is the agency's field under ``path`` (default ``["input"]``)."""
    try:
        return await call
    except Gov24RejectedError as error:
        if error.code in _NOT_USERS or error.code not in Code.__members__:
            raise
        code = Code[error.code]
        if error.code in _LOGIN_GONE:
            raise UserError(code) from error
        tries = {"tries_left": error.tries_left} if error.tries_left is not None else {}
        raise UserError(code, field=field_path(error.field, path), **tries) from error


_RENAMED = {"random_num": "randomNum", "number": "issuanceNumber"}


def field_path(upstream: str | None, path: list[str] | None = None) -> list[str] | None:
    """The input path of the agency's field name (``proof.certificate``, ``address_id`` …)."""
    base = path if path is not None else ["input"]
    if upstream is None:
        return None
    parts = [_RENAMED.get(part, camel(part)) for part in upstream.split(".")]
    return [*base, *parts]


def camel(snake: str) -> str:
    first, *rest = snake.split("_")
    return first + "".join(part.capitalize() for part in rest)
