"""Calls to the peer agencies, as KOTRA's own back end makes them: the NTS (closed businesses),
the identity provider (SNS code exchange) and the CAs (proof checks). The calls are
`mocks.framework.peer_calls`; a peer unreachable or failing is 503 AGENCY_UNAVAILABLE
(`KotraError.of_peer_unavailable`)."""

from __future__ import annotations

from typing import Any, Final

from pydantic import BaseModel

from mocks.framework import MockContext
from mocks.framework.peer_calls import (
    CertificateRefusal,
    identity_sns_profile,
    nts_status_code,
    pki_verify,
)
from mocks.kotra.errors import KotraError
from mocks.kotra.messages import KotraErrorCode as C

SITE_CODE: Final = "kotra"

ACCEPTED_CERTIFICATES: Final[frozenset[tuple[str, str]]] = frozenset(
    {
        ("yessign", "corporate"),  # 금융결제원(법인)
        ("signkorea", "corporate"),  # 증권전산(법인)
        ("kica", "corporate"),  # 한국정보인증(법인)
        ("crosscert", "corporate"),  # 전자인증(법인)
        ("tradesign", "corporate"),  # 한국무역정보통신(법인)
        ("yessign", "corporate-banking"),  # 금융결제원 은행/보험·증권·은행·기업뱅킹·법인업무(법인)
        ("yessign", "corporate-procurement"),  # 금융결제원 조달청 원클릭(법인)
        ("kica", "e-tax-invoice"),  # 정보인증전자세금용(법인)
        ("crosscert", "e-tax-invoice"),  # 전자인증 용도제한(법인)
    }
)
"""(CA, kind) of the manual's 사용 가능한 기업 범용인증서 종류 that the test CAs issue."""


class Proof(BaseModel):
    """A certificate holder's signed proof (koreakit's ``Proof.to_json()``)."""

    certificate: str
    signature: str
    challenge: str
    signatureAlgorithm: str = "sha256WithRSAEncryption"
    randomNum: str | None = None


async def business_status(ctx: MockContext, number: str) -> str:
    """The NTS ``b_stt_cd``: "01" 계속, "02" 휴업, "03" 폐업, "" unregistered."""
    return await nts_status_code(ctx, number)


async def sns_profile(ctx: MockContext, provider: str, code: str) -> dict[str, Any]:
    """Exchange an SNS authorization code for the profile. Raises: 401 SNS_LOGIN_FAILED."""
    profile = await identity_sns_profile(ctx, provider, code, site_code=SITE_CODE)
    if profile is None:
        raise KotraError(401, C.SNS_LOGIN_FAILED, field="code")
    return profile


async def verify_company_certificate(ctx: MockContext, proof: Proof, number: str) -> None:
    """The proof is good, signed with a certificate of ``number`` of an accepted kind.

    Raises:
        KotraError: 422 CERTIFICATE_REJECTED or CERTIFICATE_KIND_NOT_ACCEPTED.
    """
    kinds = sorted({kind for _, kind in ACCEPTED_CERTIFICATES})
    signed = proof.model_dump(exclude_none=True)
    verified = await pki_verify(ctx, signed, number=number, accepted_kinds=kinds)
    if isinstance(verified, CertificateRefusal):
        if verified.code == "KIND_NOT_ACCEPTED":
            raise KotraError(422, C.CERTIFICATE_KIND_NOT_ACCEPTED, field="proof")
        detail = verified.message or ""
        raise KotraError(
            422,
            C.CERTIFICATE_REJECTED,
            field="proof",
            message=f"{KotraError.messages[C.CERTIFICATE_REJECTED][0]} ({detail})",
        )
    if (verified.ca, verified.kind) not in ACCEPTED_CERTIFICATES:
        raise KotraError(422, C.CERTIFICATE_KIND_NOT_ACCEPTED, field="proof")
