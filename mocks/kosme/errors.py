"""The platform's error body and the exception its rules raise to produce it."""

from __future__ import annotations

from pydantic import Field

from mocks.framework import AgencyError, AgencyErrorBody, PeerUnavailableError
from mocks.kosme.messages import MESSAGES, KosmeErrorCode


class ErrorBody(AgencyErrorBody):
    """An error of the KOSME job-matching platform."""

    code: KosmeErrorCode = Field(description="stable machine code")


class KosmeError(AgencyError):
    """A refusal with its code, HTTP status and the input it concerns."""

    body_model = ErrorBody
    messages = MESSAGES
    invalid_request = KosmeErrorCode.INVALID_REQUEST
    not_found = KosmeErrorCode.NOT_FOUND

    @classmethod
    def of_peer_unavailable(cls, error: PeerUnavailableError) -> KosmeError:
        """The identity provider unreachable or failing: 503 PEER_UNAVAILABLE."""
        return cls(503, KosmeErrorCode.PEER_UNAVAILABLE)


def required(field: str, label: str) -> KosmeError:
    """400 REQUIRED for the item ``label`` (the manual's own words) at ``field``."""
    return KosmeError(
        400,
        KosmeErrorCode.REQUIRED,
        field=field,
        message=f"{label}: * 표시가 되어 있는 항목은 필수 입력 항목입니다.",
        message_en=f"{label}: items with asterisks are required.",
    )
