"""Payloads of Hometax mutations: each its result and `errors`."""

from __future__ import annotations

from datetime import datetime

import strawberry

from gateway.schema.hometax.errors import HometaxError
from gateway.schema.hometax.types import (
    HometaxDelegation,
    HometaxDepartmentUser,
    HometaxDepartmentUserApplication,
    HometaxLoginResult,
    HometaxRegisteredCertificate,
)

_ERRORS = "Why it failed, if it did."


@strawberry.type(description="Result of `hometaxUserIdCheck` (중복확인).")
class HometaxUserIdCheckPayload:
    available: bool = strawberry.field(description="Whether the ID is well-formed and free.")
    message: str | None = strawberry.field(description="`사용 가능한 아이디입니다.` when free.")
    errors: list[HometaxError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `hometaxDepartmentUserApply`.")
class HometaxDepartmentUserApplyPayload:
    application: HometaxDepartmentUserApplication | None = strawberry.field(
        description="The application flow (대기); subscribe to `flowUpdated(id:)` with its id."
    )
    department_user: HometaxDepartmentUser | None = strawberry.field(
        description="The new department user ID, as the representative will see it."
    )
    message: str | None = strawberry.field(
        description="Hometax's alert: the representative must accept before the ID can be used."
    )
    errors: list[HometaxError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of a Hometax login.")
class HometaxLoginPayload:
    login: HometaxLoginResult | None = strawberry.field(description="The login, now held.")
    token: str | None = strawberry.field(
        description="A new gateway bearer token when the caller had no session (shown once)."
    )
    errors: list[HometaxError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `hometaxDepartmentUserSetStatus` (저장하기).")
class HometaxDepartmentUserSetStatusPayload:
    department_user: HometaxDepartmentUser | None = strawberry.field(
        description="The department user with its new status."
    )
    message: str | None = strawberry.field(description="`저장되었습니다.`")
    errors: list[HometaxError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `hometaxTemporaryPasswordSend`.")
class HometaxTemporaryPasswordSendPayload:
    email_masked: str | None = strawberry.field(description="Where it went, masked.")
    expires_at: datetime | None = strawberry.field(
        description="임시 비밀번호 유효기간 — until when the temporary password logs in."
    )
    errors: list[HometaxError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `hometaxDepartmentUserPasswordChange`.")
class HometaxDepartmentUserPasswordChangePayload:
    changed: bool = strawberry.field(description="Whether the password changed.")
    message: str | None = strawberry.field(description="Hometax's message.")
    errors: list[HometaxError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `hometaxDepartmentUserCertificateRegister`.")
class HometaxDepartmentUserCertificateRegisterPayload:
    certificate: HometaxRegisteredCertificate | None = strawberry.field(
        description="The registered certificate."
    )
    errors: list[HometaxError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `hometaxDepartmentUserDelegate`.")
class HometaxDepartmentUserDelegatePayload:
    delegation: HometaxDelegation | None = strawberry.field(description="The delegation.")
    errors: list[HometaxError] = strawberry.field(description=_ERRORS)
