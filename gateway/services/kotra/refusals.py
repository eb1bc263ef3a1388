"""The agency's refusals a user can act on, as `UserError`s with the input field they concern."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Mapping
from typing import TypeVar

from connectors.kotra import KotraRejectedError
from gateway.errors import UserError
from gateway.messages.kotra import KotraErrorCode as Code

T = TypeVar("T")


def camel(name: str) -> str:
    """``login_password_confirm`` → ``loginPasswordConfirm``; ``interests.0`` kept dotted."""
    return re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), name)


async def call(awaited: Awaitable[T], fields: Mapping[str, list[str]] | None = None) -> T:
    """Await a KOTRA call; a refusal becomes a `UserError` whose ``field`` is the input path
    (``fields`` maps the agency's field names where they differ from ``input.<camel>``)."""
    try:
        return await awaited
    except KotraRejectedError as refusal:
        code = Code.__members__.get(refusal.code)
        if refusal.code == "NOT_LOGGED_IN":
            raise UserError(Code.NOT_LOGGED_IN, agency="kotra") from refusal
        if code is None:
            path = _path(refusal.field, fields or {}) or ["input"]
            raise UserError(Code.INVALID_INPUT, field=path, detail=refusal.message) from None
        raise UserError(code, field=_path(refusal.field, fields or {})) from refusal


def _path(field: str | None, fields: Mapping[str, list[str]]) -> list[str] | None:
    if field is None:
        return None
    head = field.split(".")[0]
    if head in fields:
        return fields[head] + field.split(".")[1:]
    return ["input", *(camel(part) for part in field.split("."))]
