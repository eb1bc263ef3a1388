"""Payloads of the Work24 mutations: the result and the errors the user can fix."""

from __future__ import annotations

import strawberry

from gateway.schema.work24.errors import Work24Error
from gateway.schema.work24.types import (
    Work24CorporateMember,
    Work24Fincert,
    Work24Login,
    Work24Signup,
)

_UNAVAILABLE = "; null, with an `AGENCY_UNAVAILABLE` error, when Work24 cannot be reached."
_ERRORS = "Why it failed, if it did."
_SIGNUP = "The sign-up as it stands (also on a refusal, when known)."
_FINCERT = "The 금융인증서 use as it stands."


@strawberry.type(description="Result of `work24SignupStart`" + _UNAVAILABLE)
class Work24SignupStartPayload:
    signup: Work24Signup | None = strawberry.field(description=_SIGNUP)
    errors: list[Work24Error] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `work24SignupAuthenticate`" + _UNAVAILABLE)
class Work24SignupAuthenticatePayload:
    signup: Work24Signup | None = strawberry.field(description=_SIGNUP)
    errors: list[Work24Error] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `work24SignupAgreeTerms`" + _UNAVAILABLE)
class Work24SignupAgreeTermsPayload:
    signup: Work24Signup | None = strawberry.field(description=_SIGNUP)
    errors: list[Work24Error] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `work24SignupComplete`" + _UNAVAILABLE)
class Work24SignupCompletePayload:
    signup: Work24Signup | None = strawberry.field(description=_SIGNUP)
    errors: list[Work24Error] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `work24FincertStart`" + _UNAVAILABLE)
class Work24FincertStartPayload:
    fincert: Work24Fincert | None = strawberry.field(description=_FINCERT)
    errors: list[Work24Error] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `work24FincertRegister`" + _UNAVAILABLE)
class Work24FincertRegisterPayload:
    fincert: Work24Fincert | None = strawberry.field(description=_FINCERT)
    errors: list[Work24Error] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `work24FincertConfirm`" + _UNAVAILABLE)
class Work24FincertConfirmPayload:
    fincert: Work24Fincert | None = strawberry.field(description=_FINCERT)
    errors: list[Work24Error] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `work24FincertResend`" + _UNAVAILABLE)
class Work24FincertResendPayload:
    fincert: Work24Fincert | None = strawberry.field(description=_FINCERT)
    errors: list[Work24Error] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `work24FincertSign`" + _UNAVAILABLE)
class Work24FincertSignPayload:
    fincert: Work24Fincert | None = strawberry.field(description=_FINCERT)
    errors: list[Work24Error] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `work24Login`" + _UNAVAILABLE)
class Work24LoginPayload:
    login: Work24Login | None = strawberry.field(description="The login, held in the session.")
    token: str | None = strawberry.field(
        description=(
            "A new gateway session's bearer token, when the caller had no session (send it as "
            "`Authorization: Bearer …`); null when the caller's session now holds the login."
        )
    )
    errors: list[Work24Error] = strawberry.field(description=_ERRORS)


@strawberry.type(description="Result of `work24CertificateRegister`" + _UNAVAILABLE)
class Work24CertificateRegisterPayload:
    member: Work24CorporateMember | None = strawberry.field(
        description="The member with its certificates."
    )
    errors: list[Work24Error] = strawberry.field(description=_ERRORS)
