"""`KotraError`: a KOTRA 무역투자24 failure the user can fix."""

from __future__ import annotations

import strawberry

from gateway.errors import UserError
from gateway.i18n import Language
from gateway.messages.kotra import KotraErrorCode
from gateway.schema.common import Error, payload_errors
from gateway.schema.identity.errors import code_enum

code_enum(KotraErrorCode, "Why a KOTRA 무역투자24 operation failed.")


@strawberry.type(description="An error of a KOTRA 무역투자24 operation the user can fix.")
class KotraError(Error):
    code: KotraErrorCode = strawberry.field(description="Stable machine code.")


def kotra_errors(failure: UserError, language: Language) -> list[KotraError]:
    return payload_errors(KotraError, KotraErrorCode, failure, language)
