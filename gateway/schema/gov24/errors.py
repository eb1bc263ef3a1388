"""The Gov24 error type of every Gov24 payload."""

from __future__ import annotations

import strawberry

from gateway.errors import UserError
from gateway.i18n import Language
from gateway.messages.gov24 import Gov24ErrorCode
from gateway.schema.common import Error, payload_errors
from gateway.schema.identity.errors import code_enum

code_enum(Gov24ErrorCode, "Why a Gov24 (정부24 전자본인서명확인서) operation failed.")


@strawberry.type(description="An error of a Gov24 operation the user can fix.")
class Gov24Error(Error):
    code: Gov24ErrorCode = strawberry.field(description="Stable machine code.")
    tries_left: int | None = strawberry.field(
        default=None, description="Wrong codes still allowed (WRONG_CODE)."
    )


def gov24_errors(failure: UserError, language: Language) -> list[Gov24Error]:
    errors = payload_errors(Gov24Error, Gov24ErrorCode, failure, language)
    tries_left = failure.fields.get("tries_left")
    for error in errors:
        error.tries_left = tries_left if isinstance(tries_left, int) else None
    return errors
