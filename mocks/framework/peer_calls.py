"""The calls every agency mock makes to the shared peers (`mocks.framework.peers`), typed once:
the NTS (상태조회, 진위확인, registry), the identity provider (a verification's redemption) and
the CAs (a challenge, a signed proof's check).

A peer that cannot be reached, answers 5xx, or (NTS, challenges) does not answer as it always
does is :class:`PeerUnavailableError`, whatever the call. An agency answers it in ONE place, its
`AgencyError.of_peer_unavailable` (the route decorator `ErrorRoutes` asks it), and keeps here only
what is its own: its site code, the certificate kinds it accepts, how it words a refusal.

```python
closed = await nts_status_code(ctx, number) == "03"
verification = await identity_verification(ctx, verification_id)
if verification is None or not verification.verified_for("hometax"): ...
checked = await pki_verify(ctx, proof, number=number, accepted_kinds=("corporate",))
if isinstance(checked, CertificateRefusal): ...
```
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final
from urllib.parse import quote

import httpx

from mocks.framework.context import MockContext
from mocks.framework.peers import PeerUnavailableError

NTS_SERVICE_KEY: Final = "test-service-key"
"""The NTS mock's test service key; an agency's ``nts_service_key`` option replaces it."""
NTS_API: Final = "/api/nts-businessman/v1"


async def peer_call(
    ctx: MockContext, peer: str, method: str, path: str, **kwargs: Any
) -> httpx.Response:
    """One call to ``peer``; an answer below 500 is returned as it is.

    Raises:
        PeerUnavailableError: the peer is not configured, unreachable, or answered 5xx.
    """
    response = await ctx.peers.request(peer, method, path, **kwargs)
    if response.status_code >= 500:
        raise PeerUnavailableError(peer, f"HTTP {response.status_code}")
    return response


def _unexpected(peer: str, response: httpx.Response) -> PeerUnavailableError:
    return PeerUnavailableError(peer, f"unexpected HTTP {response.status_code}")


# --- NTS (국세청 사업자등록정보 진위확인 및 상태조회) -------------------------------------------


async def nts_request(ctx: MockContext, operation: str, body: Mapping[str, Any]) -> dict[str, Any]:
    """POST ``body`` to the NTS API ``operation`` (``status``, ``validate``, ``registry``) with
    the agency's service key; the answer's JSON.

    Raises:
        PeerUnavailableError: also for any answer but 200 (the agency's own key and body are
            always good, so a refusal means the link is broken).
    """
    key = ctx.options.get("nts_service_key", NTS_SERVICE_KEY)
    response = await peer_call(
        ctx, "nts", "POST", f"{NTS_API}/{operation}", params={"serviceKey": key}, json=body
    )
    if response.status_code != 200:
        raise _unexpected("nts", response)
    answer: dict[str, Any] = response.json()
    return answer


@dataclass(frozen=True)
class NtsStatus:
    """One business's 상태조회 row: ``code`` is ``b_stt_cd`` ("01" 계속, "02" 휴업, "03" 폐업,
    "" unregistered)."""

    number: str
    code: str
    row: Mapping[str, Any] = field(default_factory=dict)


async def nts_status(ctx: MockContext, numbers: Sequence[str]) -> list[NtsStatus]:
    """상태조회 of ``numbers``, one row each in the NTS's order."""
    answer = await nts_request(ctx, "status", {"b_no": list(numbers)})
    return [
        NtsStatus(str(row.get("b_no") or ""), str(row.get("b_stt_cd") or ""), row)
        for row in answer.get("data") or []
    ]


async def nts_status_code(ctx: MockContext, number: str) -> str:
    """The ``b_stt_cd`` of one business ("" when the NTS does not know it)."""
    rows = await nts_status(ctx, [number])
    return rows[0].code if rows else ""


@dataclass(frozen=True)
class NtsValidity:
    """One business's 진위확인 answer: ``valid`` is the NTS's "01" (everything given matches)."""

    number: str
    valid: bool
    row: Mapping[str, Any] = field(default_factory=dict)


async def nts_validate(
    ctx: MockContext, businesses: Sequence[Mapping[str, Any]]
) -> list[NtsValidity]:
    """진위확인 of ``businesses`` (``{"b_no", "start_dt", "p_nm", …}`` each), in order."""
    answer = await nts_request(ctx, "validate", {"businesses": [dict(b) for b in businesses]})
    return [
        NtsValidity(str(row.get("b_no") or ""), row.get("valid") == "01", row)
        for row in answer.get("data") or []
    ]


# --- identity provider ---------------------------------------------------------------------------


@dataclass(frozen=True)
class IdentityVerification:
    """A verification as the identity provider reports it to a relying party: its ``kind``
    (``phone``, ``card``, ``simple`` …), ``status`` and the verified person (``result``: name,
    birth date, CI, DI, the ``site_code`` it was made for …)."""

    id: str
    kind: str
    status: str
    result: Mapping[str, Any]

    @property
    def site_code(self) -> str:
        return str(self.result.get("site_code") or "")

    def verified_for(
        self,
        site_code: str,
        *,
        statuses: Sequence[str] = ("verified",),
        kinds: Sequence[str] | None = None,
    ) -> bool:
        """Finished (one of ``statuses``), made for ``site_code``, of one of ``kinds``."""
        return (
            self.status in statuses
            and self.site_code == site_code
            and (kinds is None or self.kind in kinds)
        )


async def identity_verification(
    ctx: MockContext, verification_id: str
) -> IdentityVerification | None:
    """``GET /verifications/{id}`` of the identity provider; None when it knows no such
    verification (or reports no person)."""
    path = f"/verifications/{quote(verification_id, safe='')}"
    response = await peer_call(ctx, "identity", "GET", path)
    if response.status_code != 200:
        return None
    body = response.json()
    result = body.get("result")
    if not isinstance(result, dict):
        return None
    return IdentityVerification(
        id=str(body.get("id") or verification_id),
        kind=str(body.get("kind") or ""),
        status=str(body.get("status") or ""),
        result=result,
    )


async def identity_sns_profile(
    ctx: MockContext, provider: str, code: str, *, site_code: str
) -> dict[str, Any] | None:
    """The SNS profile behind an authorization ``code`` (``POST /sns/{provider}/token`` of the
    identity provider, for ``site_code``; the code is used up); None when it is not honoured."""
    response = await peer_call(
        ctx,
        "identity",
        "POST",
        f"/sns/{provider}/token",
        json={"site_code": site_code, "code": code},
    )
    if response.status_code != 200:
        return None
    profile: dict[str, Any] = response.json()
    return profile


# --- CAs (pki) -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PkiChallenge:
    """A single-use nonce for the holder to sign."""

    nonce: str
    expires_at: datetime


async def pki_challenge(ctx: MockContext, site_code: str | None = None) -> PkiChallenge:
    """``POST /challenges`` of the CAs, for ``site_code``.

    Raises:
        PeerUnavailableError: also for any answer but 201.
    """
    response = await peer_call(ctx, "pki", "POST", "/challenges", json={"site_code": site_code})
    if response.status_code != 201:
        raise _unexpected("pki", response)
    body = response.json()
    return PkiChallenge(body["nonce"], datetime.fromisoformat(body["expires_at"]))


@dataclass(frozen=True)
class VerifiedCertificate:
    """What the CAs verified of a signed proof (``facts``: their whole answer)."""

    ca: str
    ca_name_ko: str
    kind: str
    kind_label_ko: str
    holder_name: str
    serial: str
    not_after: str
    facts: Mapping[str, Any]

    @classmethod
    def of(cls, facts: Mapping[str, Any]) -> VerifiedCertificate:
        return cls(
            ca=facts["ca"],
            ca_name_ko=facts["ca_name_ko"],
            kind=facts["kind"],
            kind_label_ko=facts["kind_label_ko"],
            holder_name=facts["holder_name"],
            serial=facts["serial"],
            not_after=facts["not_after"],
            facts=facts,
        )


@dataclass(frozen=True)
class CertificateRefusal:
    """The CAs' refusal (4xx): their ``code`` (``KIND_NOT_ACCEPTED``, ``OWNER_MISMATCH`` …), the
    input it concerns (``number``, ``signature`` …) and their words (None when not given)."""

    status: int
    code: str
    field: str | None = None
    message: str | None = None
    message_en: str | None = None
    tries_left: int | None = None

    @classmethod
    def of(cls, response: httpx.Response) -> CertificateRefusal:
        body = response.json()
        return cls(
            status=response.status_code,
            code=str(body.get("code", "")),
            field=body.get("field"),
            message=body.get("message"),
            message_en=body.get("message_en"),
            tries_left=body.get("tries_left"),
        )


async def pki_verify(
    ctx: MockContext,
    proof: Mapping[str, Any],
    *,
    number: str,
    accepted_kinds: Sequence[str],
) -> VerifiedCertificate | CertificateRefusal:
    """``POST /verify`` of the CAs: chain, validity, revocation, one of ``accepted_kinds``, the
    signature over the challenge, and the owner check against ``number``.

    ``proof`` is the holder's signed proof (koreakit's ``Proof.to_json()``).
    """
    body = {**proof, "number": number, "accepted_kinds": list(accepted_kinds)}
    response = await peer_call(ctx, "pki", "POST", "/verify", json=body)
    if response.status_code != 200:
        return CertificateRefusal.of(response)
    return VerifiedCertificate.of(response.json())
