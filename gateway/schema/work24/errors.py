"""The Work24 payload error type."""

from __future__ import annotations

import strawberry

from gateway.errors import UserError
from gateway.i18n import Language
from gateway.messages.work24 import Work24ErrorCode
from gateway.schema.common import Error, payload_errors
from gateway.schema.identity.errors import code_enum

code_enum(Work24ErrorCode, "Why a Work24 (고용24) operation failed.")


@strawberry.type(description="An error of a Work24 operation the user can fix.")
class Work24Error(Error):
    code: Work24ErrorCode = strawberry.field(description="Stable machine code.")
    reason: str | None = strawberry.field(
        default=None,
        description="The CA's own code behind `CERTIFICATE_REFUSED` / `FINCERT_REFUSED`.",
    )
    tries_left: int | None = strawberry.field(
        default=None, description="Wrong codes or PINs still allowed (금융인증서)."
    )


def work24_errors(failure: UserError, language: Language) -> list[Work24Error]:
    errors = payload_errors(Work24Error, Work24ErrorCode, failure, language)
    reason, tries_left = failure.fields.get("reason"), failure.fields.get("tries_left")
    for error in errors:
        error.reason = reason if isinstance(reason, str) else None
        error.tries_left = tries_left if isinstance(tries_left, int) else None
    return errors
