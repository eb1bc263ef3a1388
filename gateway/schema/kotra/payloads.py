"""Payloads of KOTRA 무역투자24 mutations: the result and `errors`."""

from __future__ import annotations

from datetime import datetime

import strawberry

from gateway.schema.kotra.enums import KotraService
from gateway.schema.kotra.errors import KotraError
from gateway.schema.kotra.types import (
    KotraCompany,
    KotraCompanyRegistration,
    KotraLegacyConversion,
    KotraMember,
    KotraSignup,
    KotraSnsAccount,
)

_ERRORS = "Why it failed, if it did."
_TOKEN = (
    "A new gateway session's bearer token, when the caller had none (the login is held in it); "
    "null when the caller's session was extended."
)


@strawberry.type(description="Result of a sign-up step.")
class KotraSignupPayload:
    signup: KotraSignup | None = strawberry.field(description="The flow's next step.")
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of a step that creates or logs in a member.")
class KotraMemberLoginPayload:
    member: KotraMember | None = strawberry.field(description="The member, logged in.")
    session_token: str | None = strawberry.field(description=_TOKEN)
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of 간편회원 가입.")
class KotraSimpleSignupPayload:
    member: KotraMember | None = strawberry.field(description="The new simple member.")
    message: str | None = strawberry.field(description="간편 회원가입이 완료되었습니다.")
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of a change to the logged-in member.")
class KotraMemberPayload:
    member: KotraMember | None = strawberry.field(description="The member after the change.")
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of 기업정보 관리 로그인.")
class KotraCompanyLoginPayload:
    company: KotraCompany | None = strawberry.field(description="The company, logged in.")
    session_token: str | None = strawberry.field(description=_TOKEN)
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of 기업정보 등록 STEP2.")
class KotraCompanyRegistrationStartPayload:
    registration: KotraCompanyRegistration | None = strawberry.field(description="The flow.")
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of 기업정보 등록.")
class KotraCompanyRegisterPayload:
    company: KotraCompany | None = strawberry.field(description="The registered company.")
    message: str | None = strawberry.field(
        description="The manual's completion message (기업정보 등록이 완료되었습니다.)."
    )
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of 일반회원 가입 STEP3 (가입완료).")
class KotraSignupCompletePayload:
    member: KotraMember | None = strawberry.field(description="The new general member, logged in.")
    session_token: str | None = strawberry.field(description=_TOKEN)
    message: str | None = strawberry.field(
        description="The manual's completion message (회원이 가입이 완료되었습니다.)."
    )
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of 통합회원 전환.")
class KotraLegacyConvertPayload:
    member: KotraMember | None = strawberry.field(
        description="The integrated general member (기업미소속), logged in."
    )
    session_token: str | None = strawberry.field(description=_TOKEN)
    message: str | None = strawberry.field(
        description="The manual's completion message: re-register the affiliation (소속기업 "
        "등록) by certificate or approval password."
    )
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of a change to a company.")
class KotraCompanyPayload:
    company: KotraCompany | None = strawberry.field(description="The company after it.")
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of 기업인증.")
class KotraCompanyCertifyPayload:
    certified_until: datetime | None = strawberry.field(
        description="Edits (기업정보 수정, 승인비밀번호 변경) are allowed until then."
    )
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of 승인비밀번호 변경.")
class KotraApprovalPasswordChangePayload:
    changed_at: datetime | None = strawberry.field(description="When it changed.")
    employees_kept: int | None = strawberry.field(
        description="Existing employees stay affiliated; share the new password with them."
    )
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of 관계 해지.")
class KotraEmployeeRemovePayload:
    removed_member_id: int | None = strawberry.field(description="The former employee.")
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of 아이디 찾기.")
class KotraLoginIdFindPayload:
    login_id_masked: str | None = strawberry.field(description="아이디, masked (kot*****).")
    joined_at: datetime | None = strawberry.field(description="가입일자.")
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of 비밀번호 재설정.")
class KotraPasswordResetPayload:
    login_id_masked: str | None = strawberry.field(description="Whose password was reset.")
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of 서비스 신청.")
class KotraServiceApplyPayload:
    service: KotraService | None = strawberry.field(description="The service applied for.")
    applied_at: datetime | None = strawberry.field(description="When.")
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of 기존 회원 로그인.")
class KotraLegacyLoginPayload:
    conversion: KotraLegacyConversion | None = strawberry.field(description="Choose an account.")
    errors: list[KotraError] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of SNS 찾기.")
class KotraSnsFindPayload:
    accounts: list[KotraSnsAccount] | None = strawberry.field(
        description="The SNS channels joined with."
    )
    errors: list[KotraError] = strawberry.field(description=_ERRORS)
