"""Payloads of Gov24 mutations: the result (null on failure) and the errors."""

from __future__ import annotations

import strawberry

from gateway.schema.gov24.errors import Gov24Error
from gateway.schema.gov24.types import (
    Gov24ConfirmationContent,
    Gov24Issuance,
    Gov24SignatureConfirmation,
    Gov24UsageApproval,
)

_ERRORS = "Why it failed, if it did."
_FLOW = "The issuance at its next step; null on failure."


@strawberry.type(description="Result of `gov24IssuanceStart`.")
class Gov24IssuanceStartPayload:
    issuance: Gov24Issuance | None = strawberry.field(description=_FLOW)
    session_token: str | None = strawberry.field(
        description="A new gateway session's bearer token, when the caller had none."
    )
    errors: list[Gov24Error] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `gov24IssuanceIdentityCheck`.")
class Gov24IssuanceIdentityCheckPayload:
    issuance: Gov24Issuance | None = strawberry.field(description=_FLOW)
    errors: list[Gov24Error] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `gov24IssuanceApply`.")
class Gov24IssuanceApplyPayload:
    issuance: Gov24Issuance | None = strawberry.field(description=_FLOW)
    errors: list[Gov24Error] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `gov24IssuanceSign`.")
class Gov24IssuanceSignPayload:
    issuance: Gov24Issuance | None = strawberry.field(description=_FLOW)
    errors: list[Gov24Error] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `gov24IssuanceGuardianConsent`.")
class Gov24IssuanceGuardianConsentPayload:
    issuance: Gov24Issuance | None = strawberry.field(description=_FLOW)
    errors: list[Gov24Error] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `gov24UsageApprovalRenew`.")
class Gov24UsageApprovalRenewPayload:
    approval: Gov24UsageApproval | None = strawberry.field(description="The renewed approval.")
    errors: list[Gov24Error] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `gov24SignatureConfirmationSaveToWallet`.")
class Gov24SignatureConfirmationSaveToWalletPayload:
    confirmation: Gov24SignatureConfirmation | None = strawberry.field(
        description="The confirmation, with `savedToWalletAt`."
    )
    errors: list[Gov24Error] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `gov24SignatureConfirmationVerify`.")
class Gov24SignatureConfirmationVerifyPayload:
    confirmation: Gov24ConfirmationContent | None = strawberry.field(
        description="What the designated agency sees; null when refused."
    )
    errors: list[Gov24Error] = strawberry.field(description=_ERRORS)
