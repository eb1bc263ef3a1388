"""The Hometax error type and the helper that fills a payload's ``errors``."""

from __future__ import annotations

import strawberry

from gateway.errors import UserError
from gateway.i18n import Language
from gateway.messages.hometax import HometaxErrorCode
from gateway.schema.common import Error, payload_errors
from gateway.schema.identity.errors import code_enum

code_enum(HometaxErrorCode, "Why a Hometax department-user (부서사용자) operation failed.")


@strawberry.type(description="An error of a Hometax department-user operation the user can fix.")
class HometaxError(Error):
    code: HometaxErrorCode = strawberry.field(description="Stable machine code.")


def hometax_errors(failure: UserError, language: Language) -> list[HometaxError]:
    return payload_errors(HometaxError, HometaxErrorCode, failure, language)
