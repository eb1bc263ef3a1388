"""The provider's refusals a user can act on, as payload errors with the input's path."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

from connectors.identity import IdentityRejectedError
from gateway.errors import UserError
from gateway.messages.identity import IdentityErrorCode as Code

T = TypeVar("T")

CODES = {
    "CONSENT_REQUIRED": Code.CONSENT_REQUIRED,
    "INVALID_PHONE": Code.INVALID_PHONE,
    "INVALID_BIRTH_DATE": Code.INVALID_BIRTH_DATE,
    "PASS_APP_REQUIRED": Code.PASS_APP_REQUIRED,
    "VERIFICATION_NOT_FOUND": Code.VERIFICATION_NOT_FOUND,
    "WRONG_CODE": Code.WRONG_CODE,
    "CODE_EXPIRED": Code.CODE_EXPIRED,
    "TOO_MANY_TRIES": Code.TOO_MANY_TRIES,
    "TOO_MANY_RESENDS": Code.TOO_MANY_RESENDS,
    "SESSION_EXPIRED": Code.VERIFICATION_EXPIRED,
    "ALREADY_COMPLETED": Code.ALREADY_COMPLETED,
    "INVALID_CARD_NUMBER": Code.INVALID_CARD_NUMBER,
    "CORPORATE_CARD": Code.CORPORATE_CARD,
    "CARD_MISMATCH": Code.CARD_MISMATCH,
    "CARD_EXPIRED": Code.CARD_EXPIRED,
    "NOT_ENROLLED": Code.NOT_ENROLLED,
    "REQUEST_EXPIRED": Code.REQUEST_EXPIRED,
}
"""The provider's codes a user can act on. Any other refusal (a malformed request, a site code
the provider does not know) is the gateway's fault, not the user's: it stays an
``AGENCY_ERROR``."""


async def call(call: Awaitable[T], path: list[str]) -> T:
    """Await a provider call; its refusals a user can act on become `UserError`s."""
    try:
        return await call
    except IdentityRejectedError as error:
        code = CODES.get(error.code)
        if code is None:
            raise
        raise UserError(
            code,
            field=field_path(error.field, path),
            tries_left=error.tries_left if error.tries_left is not None else 0,
        ) from error


_RENAMED = {"method": "channel"}
"""The provider's field names that the gateway's inputs call otherwise."""


def field_path(upstream: str | None, path: list[str]) -> list[str] | None:
    """The input path of the provider's field name (``consents.unique_id`` → camelCase)."""
    if upstream is None:
        return path or None
    if upstream == "code":
        return ["input", "code"]
    if upstream == "site_code":
        return ["input", "agency"]
    parts = [_RENAMED.get(part, camel(part)) for part in upstream.split(".")]
    return [*path, *parts]


def camel(snake: str) -> str:
    first, *rest = snake.split("_")
    return first + "".join(part.capitalize() for part in rest)
