"""certificateChallenge, certificateInspect, certificateVerify."""

from __future__ import annotations

import strawberry

from gateway.context import Info
from gateway.errors import UserError
from gateway.resolvers import certificates as resolvers
from gateway.schema.certificates.errors import CertificateError, certificate_errors
from gateway.schema.certificates.inputs import (
    CertificateChallengeInput,
    CertificateInspectInput,
    CertificateVerifyInput,
    service_flow,
)
from gateway.schema.certificates.types import Certificate, CertificateChallenge
from gateway.services import certificates
from gateway.store import utcnow


@strawberry.type(
    description=(
        "Result of `certificateChallenge`; null, with an `AGENCY_UNAVAILABLE` "
        "error, when the agency cannot be reached."
    )
)
class CertificateChallengePayload:
    challenge: CertificateChallenge | None = strawberry.field(description="The challenge.")
    errors: list[CertificateError] = strawberry.field(description="Why it failed, if it did.")


@strawberry.type(
    description=(
        "Result of `certificateInspect`; null, with an `AGENCY_UNAVAILABLE` "
        "error, when the agency cannot be reached."
    )
)
class CertificateInspectPayload:
    certificate: Certificate | None = strawberry.field(
        description="The certificate; null only when it could not be read."
    )
    errors: list[CertificateError] = strawberry.field(description="Why it failed, if it did.")


@strawberry.type(
    description=(
        "Result of `certificateVerify`; null, with an `AGENCY_UNAVAILABLE` "
        "error, when the agency cannot be reached."
    )
)
class CertificateVerifyPayload:
    verified: bool = strawberry.field(
        description="Whether the CAs found the proof good (and the flow takes the certificate)."
    )
    owner_checked: bool = strawberry.field(
        description="Whether the typed number was checked against the certificate's VID."
    )
    certificate: Certificate | None = strawberry.field(
        description="The certificate of the proof, as `certificateInspect` shows it."
    )
    errors: list[CertificateError] = strawberry.field(description="Why it failed, if it did.")


@strawberry.type
class CertificateMutations:
    @strawberry.mutation(
        description=(
            "서명용 challenge — a single-use nonce from the CAs for the certificate holder to "
            "sign, for an agency or flow; it expires within minutes and a replay is refused."
        )
    )
    async def certificate_challenge(
        self, info: Info, input: CertificateChallengeInput | None = None
    ) -> CertificateChallengePayload | None:
        given = input or CertificateChallengeInput()
        try:
            issued, agency = await resolvers.resolve_certificate_challenge(
                info, given.agency_name(), service_flow(given.flow)
            )
        except UserError as failure:
            errors = certificate_errors(failure, info.context.language)
            return CertificateChallengePayload(challenge=None, errors=errors)
        challenge = CertificateChallenge.of(issued, agency, given.flow)
        return CertificateChallengePayload(challenge=challenge, errors=[])

    @strawberry.mutation(
        description=(
            "인증서 확인 — what a certificate is before it is used: owner, CA, kind (Korean and "
            "English), validity, trust, revocation, whether it belongs to a typed number (VID), "
            "and which agency flows take it and why not. A mutation because it may carry a "
            "resident number and R, which never belong in a URL; it changes nothing."
        )
    )
    async def certificate_inspect(
        self, info: Info, input: CertificateInspectInput
    ) -> CertificateInspectPayload | None:
        language = info.context.language
        try:
            facts = certificates.read(input.certificate, ["input", "certificate"])
        except UserError as failure:
            errors = certificate_errors(failure, language)
            return CertificateInspectPayload(certificate=None, errors=errors)
        owner, errors = None, []
        if input.typed_number is not None:
            try:
                owner = certificates.check_owner(facts, input.typed_number, input.random_num)
            except UserError as failure:
                errors = certificate_errors(failure, language)
        certificate = Certificate(facts=facts, owner=owner, now=utcnow())
        return CertificateInspectPayload(certificate=certificate, errors=errors)

    @strawberry.mutation(
        description=(
            "인증서 검증 — check a holder's signed proof as an agency does: chain, validity, "
            "revocation, kind (for `flow`), the signature over a challenge (used up here) and, "
            "with `typedNumber`, the owner check (the Work24 manual's message on a mismatch)."
        )
    )
    async def certificate_verify(
        self, info: Info, input: CertificateVerifyInput
    ) -> CertificateVerifyPayload | None:
        language = info.context.language
        try:
            facts = certificates.read(input.proof.certificate, ["input", "proof", "certificate"])
            verified = await resolvers.resolve_certificate_verify(
                info, input.to_check(), service_flow(input.flow)
            )
        except UserError as failure:
            return CertificateVerifyPayload(
                verified=False,
                owner_checked=False,
                certificate=None,
                errors=certificate_errors(failure, language),
            )
        return CertificateVerifyPayload(
            verified=True,
            owner_checked=verified.owner_checked,
            certificate=Certificate(facts=facts, owner=None, now=utcnow()),
            errors=[],
        )
