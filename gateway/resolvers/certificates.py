"""Resolvers of certificate operations: local reading, then the pki connector for trust,
revocation, challenges and proofs (see `gateway.services.certificates`)."""

from __future__ import annotations

from connectors.pki import CertificateStatus, IssuedChallenge, ProofCheck, VerifiedProof
from gateway.context import Info
from gateway.services import certificates
from gateway.services.certificates import CertificateFlow, Facts


async def resolve_certificate_challenge(
    info: Info, agency: str | None, flow: CertificateFlow | None
) -> tuple[IssuedChallenge, str | None]:
    relying = certificates.relying_agency(agency, flow)
    return await certificates.challenge(info.context.upstreams.pki, relying), relying


async def resolve_certificate_trusted(info: Info, facts: Facts) -> bool:
    return await certificates.is_trusted(info.context.upstreams.pki, facts)


async def resolve_certificate_revocation(info: Info, facts: Facts) -> CertificateStatus:
    return await certificates.revocation(info.context.upstreams.pki, facts)


async def resolve_certificate_verify(
    info: Info, proof: ProofCheck, flow: CertificateFlow | None
) -> VerifiedProof:
    return await certificates.verify(info.context.upstreams.pki, proof, flow)
