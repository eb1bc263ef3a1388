"""Shared GraphQL pieces: the payload error interface and the helper that fills it."""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar

import strawberry

from gateway.errors import AGENCY_NAMES, UserError
from gateway.i18n import Language, Text
from gateway.messages import message


@strawberry.interface(
    description=(
        "An error the user can fix, returned in a mutation payload's `errors` (errors are data). "
        "Each agency's error type adds a `code` from its own enum."
    )
)
class Error:
    field: list[str] | None = strawberry.field(
        description='Path of the input field the error concerns (e.g. `["input", "password"]`).'
    )
    message: str = strawberry.field(
        description="Message in the client's language (Accept-Language; Korean by default)."
    )


class _AgencyError(Protocol):
    def __init__(self, *, code: enum.Enum, field: list[str] | None, message: str) -> None: ...


ErrorT = TypeVar("ErrorT", bound=_AgencyError)


def payload_errors(
    error_type: type[ErrorT], codes: type[enum.Enum], failure: UserError, language: Language
) -> list[ErrorT]:
    """One payload error from a service's ``UserError``; a shared code (``NOT_LOGGED_IN``) maps
    to the member of the same name in the agency's own enum."""
    fields = dict(failure.fields)
    if isinstance(fields.get("agency"), str):
        fields["agency"] = AGENCY_NAMES.get(str(fields["agency"]), Text("", "")).in_(language)
    return [
        error_type(
            code=codes[failure.code.name],
            field=failure.field,
            message=message(failure.code, language, **fields),
        )
    ]


T = TypeVar("T")
E = TypeVar("E")


async def attempt(
    call: Callable[[], Awaitable[T]], errors: Callable[[UserError], list[E]]
) -> tuple[T | None, list[E]]:
    """``call()``'s result and no errors, or no result and the payload errors of its
    ``UserError``: how a mutation turns what the user can fix into its payload's ``errors``.
    The arguments are built inside ``call``, so their refusals count too."""
    try:
        return await call(), []
    except UserError as failure:
        return None, errors(failure)
