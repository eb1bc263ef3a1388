"""The platform's refusals a user can act on, as payload errors with the input's path.

The platform is the authority on its rules and words: its refusal keeps its code (the gateway's
enum has the same names) and its own message, which names the item concerned, in the client's
language (``agency_message``, see :mod:`gateway.schema.kosme.errors`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping
from typing import Final, TypeVar

from connectors.kosme import KosmeRejectedError
from gateway.errors import UserError
from gateway.i18n import Text
from gateway.messages.common import CommonErrorCode
from gateway.messages.kosme import KosmeErrorCode as Code

T = TypeVar("T")

_RENAMED: Final = {
    "name_en": "englishName",
    "visa_expires_on": "visaExpiresOn",
    "agree_terms": "agreeToAllRequiredTerms",
    "sns_message": "snsMessage",
    "project_urls": "projectUrls",
    "unique_id_consent": "uniqueIdConsent",
    "school_name": "schoolName",
}


async def call(
    awaitable: Awaitable[T], path: list[str], renamed: Mapping[str, str] | None = None
) -> T:
    """Await a platform call; its refusals a user can act on become `UserError`s at ``path``
    (an expired platform login becomes NOT_LOGGED_IN), the platform's field names ``renamed``
    where the input names them otherwise. Anything else propagates: a malformed request is the
    gateway's fault (``AGENCY_ERROR``), an outage ``AGENCY_UNAVAILABLE``."""
    try:
        return await awaitable
    except KosmeRejectedError as error:
        if error.code == "UNAUTHORIZED":
            raise UserError(CommonErrorCode.NOT_LOGGED_IN, agency="kosme") from error
        code = Code.__members__.get(error.code)
        if code is None or error.code in ("NOT_LOGGED_IN", "INVALID_INPUT"):
            raise
        raise UserError(
            code,
            field=field_path(error.field, path, renamed),
            agency_message=Text(error.message, error.message_en or error.message),
        ) from error


def field_path(
    upstream: str | None, path: list[str], renamed: Mapping[str, str] | None = None
) -> list[str]:
    """The input path of the platform's field (``educations.0.period.start`` →
    ``[..., "educations", "0", "period", "start"]``, snake_case → camelCase)."""
    if upstream is None:
        return path
    names = {**_RENAMED, **(renamed or {})}
    return [*path, *(names.get(part, camel(part)) for part in upstream.split("."))]


def camel(snake: str) -> str:
    first, *rest = snake.split("_")
    return first + "".join(part.capitalize() for part in rest)
