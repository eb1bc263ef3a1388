"""The Work24 mock's error body and the exception its rules raise to produce it.

Every failure answers ``{"code", "message" (Korean), "message_en", "field"?}``. Messages with
placeholders (``{step}``, ``{message}`` of a CA's refusal) are filled from the fields given.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from mocks.framework import AgencyError, AgencyErrorBody, PeerUnavailableError
from mocks.work24.messages import MESSAGES, Work24ErrorCode


class ErrorBody(AgencyErrorBody):
    """An error of the Work24 mock."""

    code: Work24ErrorCode = Field(description="stable machine code")
    reason: str | None = Field(
        None, description="the CA's own code behind CERTIFICATE_REFUSED / FINCERT_REFUSED"
    )


class Work24Error(AgencyError):
    """A refusal with its code, HTTP status, optional field and message fields."""

    body_model = ErrorBody
    messages = MESSAGES
    invalid_request = Work24ErrorCode.INVALID_REQUEST
    not_found = Work24ErrorCode.NOT_FOUND

    def __init__(
        self,
        status: int,
        code: Work24ErrorCode,
        *,
        field: str | None = None,
        reason: str | None = None,
        tries_left: int | None = None,
        **fields: Any,
    ) -> None:
        korean, english = MESSAGES[code]
        super().__init__(
            status,
            code,
            field=field,
            tries_left=tries_left,
            message=korean.format(**fields) if fields else korean,
            message_en=english.format(**fields) if fields else english,
        )
        self.reason = reason

    @classmethod
    def of_peer_unavailable(cls, error: PeerUnavailableError) -> Work24Error:
        """A peer (the NTS, the CAs) unreachable or failing: 503 PEER_UNAVAILABLE."""
        return cls(503, Work24ErrorCode.PEER_UNAVAILABLE, peer=error.name)

    def body(self) -> AgencyErrorBody:
        body = super().body()
        assert isinstance(body, ErrorBody)
        body.reason = self.reason
        return body
