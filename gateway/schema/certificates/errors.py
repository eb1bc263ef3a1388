"""The certificate error type and its code enum."""

from __future__ import annotations

import strawberry

from gateway.errors import UserError
from gateway.i18n import Language
from gateway.messages.certificates import CertificateErrorCode
from gateway.schema.common import Error, payload_errors
from gateway.schema.identity.errors import code_enum

code_enum(CertificateErrorCode, "Why a certificate operation (공동인증서) failed.")


@strawberry.type(description="An error of a certificate operation the user can fix.")
class CertificateError(Error):
    code: CertificateErrorCode = strawberry.field(description="Stable machine code.")


def certificate_errors(failure: UserError, language: Language) -> list[CertificateError]:
    return payload_errors(CertificateError, CertificateErrorCode, failure, language)
