"""identityVerification, identityVerificationStart, …Confirm and …Resend."""

from __future__ import annotations

from typing import Annotated

import strawberry

from gateway.context import Info
from gateway.errors import UserError
from gateway.resolvers import identity as resolvers
from gateway.schema.identity.errors import IdentityError, identity_errors
from gateway.schema.identity.inputs import (
    IdentityVerificationConfirmInput,
    IdentityVerificationResendInput,
    IdentityVerificationStartInput,
)
from gateway.schema.identity.types import IdentityVerification
from gateway.services.identity import IdentityFlowError


@strawberry.type(
    description=(
        "Result of `identityVerificationStart`; null, with an `AGENCY_UNAVAILABLE` "
        "error, when the agency cannot be reached."
    )
)
class IdentityVerificationStartPayload:
    verification: IdentityVerification | None = strawberry.field(
        description="The flow: its next step, or the verified person (card)."
    )
    errors: list[IdentityError] = strawberry.field(description="Why it failed, if it did.")


@strawberry.type(
    description=(
        "Result of `identityVerificationConfirm`; null, with an `AGENCY_UNAVAILABLE` "
        "error, when the agency cannot be reached."
    )
)
class IdentityVerificationConfirmPayload:
    verification: IdentityVerification | None = strawberry.field(
        description=(
            "The flow once verified; also set while a 간편인증 approval is still pending or "
            "was refused (with an error)."
        )
    )
    errors: list[IdentityError] = strawberry.field(description="Why it failed, if it did.")


@strawberry.type(
    description=(
        "Result of `identityVerificationResend`; null, with an `AGENCY_UNAVAILABLE` "
        "error, when the agency cannot be reached."
    )
)
class IdentityVerificationResendPayload:
    verification: IdentityVerification | None = strawberry.field(
        description="The flow with its new code's expiry and the resends left."
    )
    errors: list[IdentityError] = strawberry.field(description="Why it failed, if it did.")


@strawberry.type
class IdentityQueries:
    @strawberry.field(
        description=(
            "An identity verification flow by its `id`, as the provider keeps it now: how a "
            "mobile client resumes. Null for an id this gateway did not issue."
        )
    )
    async def identity_verification(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The flow's `id`.")],
    ) -> IdentityVerification | None:
        flow = await resolvers.resolve_identity_verification(info, str(id))
        return IdentityVerification.of(flow) if flow else None


@strawberry.type
class IdentityMutations:
    @strawberry.mutation(
        description=(
            "본인확인 시작 — verify a person by phone (PASS or SMS: a code is sent), by a "
            "personal card (verified at once) or by 간편인증 (a push to the provider's app)."
        )
    )
    async def identity_verification_start(
        self, info: Info, input: IdentityVerificationStartInput
    ) -> IdentityVerificationStartPayload | None:
        try:
            flow = await resolvers.resolve_identity_verification_start(info, input.to_request())
        except UserError as failure:
            errors = identity_errors(failure, info.context.language)
            return IdentityVerificationStartPayload(verification=None, errors=errors)
        return IdentityVerificationStartPayload(
            verification=IdentityVerification.of(flow), errors=[]
        )

    @strawberry.mutation(
        description=(
            "본인확인 완료 — phone: check the code (5 wrong codes lock the flow); 간편인증: "
            "whether the person approved in the app. Yields the verified person."
        )
    )
    async def identity_verification_confirm(
        self, info: Info, input: IdentityVerificationConfirmInput
    ) -> IdentityVerificationConfirmPayload | None:
        try:
            flow = await resolvers.resolve_identity_verification_confirm(
                info, str(input.id), input.code
            )
        except UserError as failure:
            known = failure.flow if isinstance(failure, IdentityFlowError) else None
            return IdentityVerificationConfirmPayload(
                verification=IdentityVerification.of(known) if known else None,
                errors=identity_errors(failure, info.context.language),
            )
        return IdentityVerificationConfirmPayload(
            verification=IdentityVerification.of(flow), errors=[]
        )

    @strawberry.mutation(
        description=(
            "인증번호 재전송 — a new phone code with a new lifetime; the previous code stops "
            "working. Wrong tries are not reset; at most 5 resends."
        )
    )
    async def identity_verification_resend(
        self, info: Info, input: IdentityVerificationResendInput
    ) -> IdentityVerificationResendPayload | None:
        try:
            flow = await resolvers.resolve_identity_verification_resend(info, str(input.id))
        except UserError as failure:
            errors = identity_errors(failure, info.context.language)
            return IdentityVerificationResendPayload(verification=None, errors=errors)
        return IdentityVerificationResendPayload(
            verification=IdentityVerification.of(flow), errors=[]
        )
