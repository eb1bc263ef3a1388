"""Calls to the peer agencies, as KOTRA's own back end makes them: the NTS (closed businesses),
the identity provider (SNS code exchange) and the CAs (challenge and proof checks)."""

from __future__ import annotations

from typing import Any, Final

from pydantic import BaseModel

from mocks.framework import MockContext, PeerUnavailableError
from mocks.kotra.errors import KotraError
from mocks.kotra.messages import KotraErrorCode as C

SITE_CODE: Final = "kotra"
NTS_SERVICE_KEY: Final = "test-service-key"

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


async def _call(ctx: MockContext, peer: str, method: str, path: str, **kwargs: Any) -> Any:
    try:
        response = await ctx.peers.request(peer, method, path, **kwargs)
    except PeerUnavailableError:
        raise KotraError(503, C.AGENCY_UNAVAILABLE) from None
    if response.status_code >= 500:
        raise KotraError(503, C.AGENCY_UNAVAILABLE)
    return response


async def business_status(ctx: MockContext, number: str) -> str:
    """The NTS ``b_stt_cd``: "01" 계속, "02" 휴업, "03" 폐업, "" unregistered."""
    response = await _call(
        ctx,
        "nts",
        "POST",
        f"/api/nts-businessman/v1/status?serviceKey={NTS_SERVICE_KEY}",
        json={"b_no": [number]},
    )
    rows = response.json().get("data") or [{}]
    return str(rows[0].get("b_stt_cd") or "")


async def sns_profile(ctx: MockContext, provider: str, code: str) -> dict[str, Any]:
    """Exchange an SNS authorization code for the profile. Raises: 401 SNS_LOGIN_FAILED."""
    response = await _call(
        ctx,
        "identity",
        "POST",
        f"/sns/{provider}/token",
        json={"site_code": SITE_CODE, "code": code},
    )
    if response.status_code != 200:
        raise KotraError(401, C.SNS_LOGIN_FAILED, field="code")
    profile: dict[str, Any] = response.json()
    return profile


async def verify_company_certificate(ctx: MockContext, proof: Proof, number: str) -> None:
    """The proof is good, signed with a certificate of ``number`` of an accepted kind.

    Raises:
        KotraError: 422 CERTIFICATE_REJECTED or CERTIFICATE_KIND_NOT_ACCEPTED.
    """
    kinds = sorted({kind for _, kind in ACCEPTED_CERTIFICATES})
    body = proof.model_dump(exclude_none=True) | {"number": number, "accepted_kinds": kinds}
    response = await _call(ctx, "pki", "POST", "/verify", json=body)
    if response.status_code != 200:
        refused = response.json()
        code = (
            C.CERTIFICATE_KIND_NOT_ACCEPTED if refused.get("code") == "KIND_NOT_ACCEPTED" else None
        )
        detail = str(refused.get("message") or "")
        if code is not None:
            raise KotraError(422, code, field="proof")
        raise KotraError(
            422,
            C.CERTIFICATE_REJECTED,
            field="proof",
            message=f"{KotraError.messages[C.CERTIFICATE_REJECTED][0]} ({detail})",
        )
    verified = response.json()
    if (verified["ca"], verified["kind"]) not in ACCEPTED_CERTIFICATES:
        raise KotraError(422, C.CERTIFICATE_KIND_NOT_ACCEPTED, field="proof")
