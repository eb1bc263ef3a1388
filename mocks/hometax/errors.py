"""The Hometax mock's error body and the exception its rules raise to produce it."""

from __future__ import annotations

from pydantic import Field

from mocks.framework import AgencyError, AgencyErrorBody, PeerUnavailableError
from mocks.hometax.messages import MESSAGES, HometaxErrorCode


class ErrorBody(AgencyErrorBody):
    """An error of Hometax: ``{"code", "message" (Korean), "message_en", "field"?}``."""

    code: HometaxErrorCode = Field(description="stable machine code")


class HometaxError(AgencyError):
    """A refusal with its code, HTTP status and optional field."""

    body_model = ErrorBody
    messages = MESSAGES
    invalid_request = HometaxErrorCode.INVALID_REQUEST
    not_found = HometaxErrorCode.NOT_FOUND

    @classmethod
    def of_peer_unavailable(cls, error: PeerUnavailableError) -> HometaxError:
        """A peer (identity, NTS, CAs) unreachable or failing: 503 PEER_UNAVAILABLE."""
        return cls(503, HometaxErrorCode.PEER_UNAVAILABLE)
