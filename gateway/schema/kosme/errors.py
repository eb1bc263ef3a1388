"""The KOSME payload error and how a failure becomes one."""

from __future__ import annotations

import strawberry

from gateway.errors import UserError
from gateway.i18n import Language, Text
from gateway.messages.kosme import KosmeErrorCode
from gateway.schema.common import Error, payload_errors
from gateway.schema.identity.errors import code_enum

code_enum(KosmeErrorCode, "Why a KOSME job-matching platform step failed.")


@strawberry.type(description="An error of a KOSME sign-up, login or résumé step the user can fix.")
class KosmeError(Error):
    code: KosmeErrorCode = strawberry.field(description="Stable machine code.")


def kosme_errors(failure: UserError, language: Language) -> list[KosmeError]:
    """The payload error of ``failure``; a refusal of the platform keeps the platform's own
    message (it names the item: ``이력서 제목(Title of Resume): * 표시가 …``)."""
    agency_message = failure.fields.get("agency_message")
    fields = {k: v for k, v in failure.fields.items() if k != "agency_message"}
    errors = payload_errors(
        KosmeError, KosmeErrorCode, UserError(failure.code, field=failure.field, **fields), language
    )
    if isinstance(agency_message, Text):
        for error in errors:
            error.message = agency_message.in_(language)
    return errors
