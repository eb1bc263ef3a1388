"""Inputs of certificate operations."""

from __future__ import annotations

import strawberry

from connectors.pki import ProofCheck
from gateway.schema.agency import Agency
from gateway.schema.certificates.enums import CertificateFlow
from gateway.services.certificates import CertificateFlow as Flow

_TYPED_NUMBER = (
    "The number the user typed for the owner check: 주민등록번호 (13 digits) for a personal "
    "certificate, 사업자등록번호 (10 digits) for a corporate one. Never shown back unmasked."
)
_RANDOM_NUM = (
    "R — the random value in the certificate's key file (signPri.key, PKCS#8 attribute "
    "1.2.410.200004.10.1.1.3), base64; needed with `typedNumber`."
)


def service_flow(flow: CertificateFlow | None) -> Flow | None:
    return Flow(flow.value) if flow is not None else None


@strawberry.input(description="What a challenge is for: an agency, a flow, or both.")
class CertificateChallengeInput:
    agency: Agency | None = strawberry.field(
        default=None, description="The agency the signature is for; omitted: the flow's."
    )
    flow: CertificateFlow | None = strawberry.field(
        default=None, description="The flow the signature is for."
    )

    def agency_name(self) -> str | None:
        return self.agency.name.lower() if self.agency else None


@strawberry.input(
    description=(
        "A certificate to inspect. Sent as a mutation, never in a URL: it may carry a resident "
        "number and R."
    )
)
class CertificateInspectInput:
    certificate: str = strawberry.field(
        description="The certificate: PEM, or base64 of its DER (signCert.der)."
    )
    typed_number: str | None = strawberry.field(default=None, description=_TYPED_NUMBER)
    random_num: str | None = strawberry.field(default=None, description=_RANDOM_NUM)


@strawberry.input(
    description=(
        "A certificate holder's signed proof, as `agency-gateway certs sign` prints it "
        "(koreakit's `Proof.to_json()`)."
    )
)
class CertificateProofInput:
    certificate: str = strawberry.field(description="The certificate: base64 DER, or PEM.")
    signature: str = strawberry.field(description="Base64 signature over the challenge's text.")
    challenge: str = strawberry.field(description="The nonce from `certificateChallenge`.")
    signature_algorithm: str = strawberry.field(
        default="sha256WithRSAEncryption", description="Only `sha256WithRSAEncryption`."
    )
    random_num: str | None = strawberry.field(default=None, description=_RANDOM_NUM)


@strawberry.input(description="A signed proof to verify, optionally for an agency flow.")
class CertificateVerifyInput:
    proof: CertificateProofInput = strawberry.field(description="The holder's proof.")
    typed_number: str | None = strawberry.field(default=None, description=_TYPED_NUMBER)
    flow: CertificateFlow | None = strawberry.field(
        default=None,
        description="Check the certificate's kind against this flow's accepted certificates.",
    )

    def to_check(self) -> ProofCheck:
        return ProofCheck(
            certificate=self.proof.certificate,
            signature=self.proof.signature,
            challenge=self.proof.challenge,
            signature_algorithm=self.proof.signature_algorithm,
            random_num=self.proof.random_num,
            number=self.typed_number,
        )
