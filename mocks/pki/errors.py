"""The pki mock's error body and the exception rules raise to produce it.

Every failure answers ``{"code", "message", "message_en"}`` (plus ``field`` or ``tries_left``;
`mocks.framework.errors`). Certificate checks answer 422 with the `CertificateErrorCode`; the
pki mock's own refusals answer a `PkiErrorCode`. A rule raises `PkiError` after its writes (a
used-up challenge, a wrong-PIN counter); the route answers it and the writes are kept.
"""

from __future__ import annotations

from pydantic import Field

from koreakit.errors import InvalidIdentifierError
from koreakit.npki.errors import CertificateError, CertificateErrorCode, OwnerMismatchError
from mocks.framework import AgencyError, AgencyErrorBody
from mocks.pki.messages import MESSAGES, OWNER_MISMATCH_MESSAGE, PkiErrorCode


class ErrorBody(AgencyErrorBody):
    """An error of the pki mock."""

    code: PkiErrorCode | CertificateErrorCode = Field(
        description="stable machine code: the mock's own, or KoreaKit's certificate codes"
    )
    tries_left: int | None = Field(None, description="wrong codes or PINs still allowed")


class PkiError(AgencyError):
    """A refusal with its code (the mock's own or KoreaKit's), HTTP status and optional field /
    remaining tries; a certificate code always comes with its message."""

    body_model = ErrorBody
    messages = MESSAGES
    invalid_request = PkiErrorCode.INVALID_REQUEST
    not_found = PkiErrorCode.NOT_FOUND

    @classmethod
    def of_certificate(cls, error: CertificateError, field: str | None = None) -> PkiError:
        """422 with KoreaKit's code and message; the Work24 wording for the owner check."""
        korean = OWNER_MISMATCH_MESSAGE if isinstance(error, OwnerMismatchError) else None
        return cls(
            422,
            error.code,
            field=field,
            message=korean or error.message_ko,
            message_en=error.message_en,
        )

    @classmethod
    def invalid_number(cls, error: InvalidIdentifierError) -> PkiError:
        """400 INVALID_NUMBER for the ``number`` input, with KoreaKit's message."""
        return cls(
            400,
            PkiErrorCode.INVALID_NUMBER,
            field="number",
            message=error.message_ko,
            message_en=error.message_en,
        )
