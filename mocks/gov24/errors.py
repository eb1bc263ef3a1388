"""The gov24 mock's error body and the exception its rules raise.

Every failure answers ``{"code", "message" (Korean), "message_en", "field"?, "tries_left"?}``
(`mocks.framework.errors`). Certificate and signature checks answer KoreaKit's
`CertificateErrorCode` (``BAD_SIGNATURE``, ``OWNER_MISMATCH`` …) with its Korean message; the
pki mock's own refusal of a login proof is passed on with its code and message.
"""

from __future__ import annotations

from pydantic import Field

from koreakit.npki.errors import CertificateError, CertificateErrorCode
from mocks.framework import AgencyError, AgencyErrorBody, PeerUnavailableError
from mocks.gov24.messages import MESSAGES, Gov24ErrorCode


class ErrorBody(AgencyErrorBody):
    """An error of the gov24 mock."""

    code: Gov24ErrorCode | CertificateErrorCode = Field(
        description="stable machine code: the mock's own, or KoreaKit's certificate codes"
    )


class Gov24Error(AgencyError):
    """A refusal with its code, HTTP status and optional field / remaining tries."""

    body_model = ErrorBody
    messages = MESSAGES
    invalid_request = Gov24ErrorCode.INVALID_REQUEST
    not_found = Gov24ErrorCode.NOT_FOUND

    @classmethod
    def of_peer_unavailable(cls, error: PeerUnavailableError) -> Gov24Error:
        """The CAs unreachable or failing: 503 PEER_UNAVAILABLE."""
        return cls(503, Gov24ErrorCode.PEER_UNAVAILABLE)

    @classmethod
    def of_certificate(cls, error: CertificateError, field: str | None = None) -> Gov24Error:
        """422 with KoreaKit's code and message."""
        return cls(
            422, error.code, field=field, message=error.message_ko, message_en=error.message_en
        )
