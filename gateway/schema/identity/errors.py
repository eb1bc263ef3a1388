"""The identity error type, and how a catalogue's code enum becomes a described GraphQL enum."""

from __future__ import annotations

import enum
import re
from typing import TypeVar

import strawberry

from gateway.errors import UserError
from gateway.i18n import Language
from gateway.messages import message
from gateway.messages.identity import IdentityErrorCode
from gateway.schema.common import Error, payload_errors

E = TypeVar("E", bound=enum.Enum)


def code_enum(codes: type[E], description: str) -> type[E]:
    """Register ``codes`` as a GraphQL enum whose values are described by their messages in
    the catalogue (Korean — English), so the schema documents what each code tells the user."""
    strawberry.enum(codes, description=description)
    definition = codes.__strawberry_definition__  # type: ignore[attr-defined]
    for value in definition.values:
        code = codes[value.name]
        korean, english = (_shown(message(code, language)) for language in Language)
        value.description = f"{korean} — {english}" if korean else _ANY_INPUT
    return codes


_ANY_INPUT = "Invalid input; the message says what is wrong."
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _shown(template: str) -> str:
    """A message template as documentation: ``{agency}`` shown as ``‹agency›``; a template that
    is nothing but a placeholder shows as empty."""
    if _PLACEHOLDER.fullmatch(template):
        return ""
    return _PLACEHOLDER.sub(r"‹\1›", template)


code_enum(IdentityErrorCode, "Why an identity verification (본인확인) step failed.")


@strawberry.type(description="An error of an identity verification step the user can fix.")
class IdentityError(Error):
    code: IdentityErrorCode = strawberry.field(description="Stable machine code.")
    tries_left: int | None = strawberry.field(
        default=None,
        description="Wrong codes still allowed before the verification locks (WRONG_CODE).",
    )


def identity_errors(failure: UserError, language: Language) -> list[IdentityError]:
    errors = payload_errors(IdentityError, IdentityErrorCode, failure, language)
    if failure.code in (IdentityErrorCode.WRONG_CODE, IdentityErrorCode.TOO_MANY_TRIES):
        tries_left = failure.fields.get("tries_left")
        for error in errors:
            error.tries_left = tries_left if isinstance(tries_left, int) else None
    return errors
