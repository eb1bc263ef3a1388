"""The identity provider's error body and the exception rules raise to produce it.

Every failure answers ``{"code", "message", "message_en"}`` (plus ``field`` or ``tries_left``
where they apply) with the HTTP status of its kind (`mocks.framework.errors`). A rule raises
`IdentityError` after its writes (a wrong-code counter, a lock); the route answers it and the
writes are kept.
"""

from __future__ import annotations

from pydantic import Field

from mocks.framework import AgencyError, AgencyErrorBody
from mocks.identity.messages import MESSAGES, IdentityErrorCode


class ErrorBody(AgencyErrorBody):
    """An error of the identity provider."""

    code: IdentityErrorCode = Field(description="stable machine code")


class IdentityError(AgencyError):
    """A refusal with its code, HTTP status and optional field / remaining tries."""

    body_model = ErrorBody
    messages = MESSAGES
    invalid_request = IdentityErrorCode.INVALID_REQUEST
    not_found = IdentityErrorCode.NOT_FOUND
