"""Hometax's refusals as payload errors: its code (the gateway's enum has each), and its field
turned into the GraphQL input path (``password_confirmation`` → ``["input",
"passwordConfirmation"]``)."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

from connectors.hometax import HometaxRejectedError
from gateway.errors import UserError
from gateway.messages.hometax import HometaxErrorCode as Code

T = TypeVar("T")

_RENAMED = {"certificate": ["proof", "certificate"], "token": ["delegationToken"]}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def input_path(field: str | None) -> list[str] | None:
    """The GraphQL input path of one of Hometax's form fields."""
    if not field:
        return None
    if field in _RENAMED:
        return ["input", *_RENAMED[field]]
    return ["input", *(_camel(part) for part in field.split("."))]


async def call(awaitable: Awaitable[T]) -> T:
    """Await a Hometax call; a refusal the user can act on becomes a `UserError`."""
    try:
        return await awaitable
    except HometaxRejectedError as error:
        code = Code.__members__.get(error.code)
        if code is None:
            raise
        if code is Code.LOGIN_REQUIRED:
            raise UserError(Code.NOT_LOGGED_IN, agency="hometax") from error
        raise UserError(code, field=input_path(error.field)) from error
