"""What Hometax asks other agencies, as their client: the identity provider (실명인증), the
NTS (is the business closed?) and the CAs (a signed certificate proof)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Final
from urllib.parse import quote

import httpx

from mocks.framework import MockContext, PeerUnavailableError
from mocks.framework.sites import SITES
from mocks.hometax.errors import HometaxError
from mocks.hometax.messages import HometaxErrorCode as C

SITE_CODE: Final = "hometax"
NTS_SERVICE_KEY: Final = "test-service-key"
NTS_CLOSED: Final = "03"
_SPACES = re.compile(r"\s+")
assert SITE_CODE in SITES


@dataclass(frozen=True)
class VerifiedApplicant:
    """The person the identity provider verified for Hometax."""

    name: str
    birth_date: date
    di: str


@dataclass(frozen=True)
class CheckedCertificate:
    """A certificate the CAs verified: its serial, kind and holder."""

    serial: str
    kind: str
    holder_name: str


async def _call(
    ctx: MockContext, peer: str, method: str, path: str, **kwargs: Any
) -> httpx.Response:
    try:
        response = await ctx.peers.request(peer, method, path, **kwargs)
    except PeerUnavailableError:
        raise HometaxError(503, C.PEER_UNAVAILABLE) from None
    if response.status_code >= 500:
        raise HometaxError(503, C.PEER_UNAVAILABLE)
    return response


def _same_name(given: str, verified: str) -> bool:
    return _SPACES.sub("", given).casefold() == _SPACES.sub("", verified).casefold()


async def verified_applicant(
    ctx: MockContext, verification_id: str, name: str
) -> VerifiedApplicant:
    """성명 실명인증: the identity provider verified this person for Hometax, under this name.

    Raises:
        HometaxError: 422 REAL_NAME_FAILED otherwise.
    """
    response = await _call(
        ctx, "identity", "GET", f"/verifications/{quote(verification_id, safe='')}"
    )
    body = response.json() if response.status_code == 200 else {}
    result = body.get("result") or {}
    if (
        body.get("status") not in ("verified", "approved")
        or result.get("site_code") != SITE_CODE
        or not _same_name(name, str(result.get("name", "")))
    ):
        raise HometaxError(422, C.REAL_NAME_FAILED, field="applicant_name")
    return VerifiedApplicant(
        name=str(result["name"]),
        birth_date=date.fromisoformat(result["birth_date"]),
        di=result["di"],
    )


async def is_closed(ctx: MockContext, business_number: str) -> bool:
    """Whether the NTS reports the business closed (폐업자)."""
    response = await _call(
        ctx,
        "nts",
        "POST",
        "/api/nts-businessman/v1/status",
        params={"serviceKey": ctx.options.get("nts_service_key", NTS_SERVICE_KEY)},
        json={"b_no": [business_number]},
    )
    if response.status_code != 200:
        raise HometaxError(503, C.PEER_UNAVAILABLE)
    rows = response.json().get("data") or []
    return bool(rows) and rows[0].get("b_stt_cd") == NTS_CLOSED


async def checked_certificate(
    ctx: MockContext, proof: dict[str, Any], business_number: str, kinds: tuple[str, ...]
) -> CheckedCertificate:
    """The CAs' check of a signed proof: chain, validity, revocation, kind, signature, and the
    owner check against the business number (with R).

    Raises:
        HometaxError: 422 CERTIFICATE_REFUSED with the CAs' own message.
    """
    body = {**proof, "number": business_number, "accepted_kinds": list(kinds)}
    response = await _call(ctx, "pki", "POST", "/verify", json=body)
    answer = response.json()
    if response.status_code != 200:
        raise HometaxError(
            422,
            C.CERTIFICATE_REFUSED,
            field="certificate",
            message=answer.get("message"),
            message_en=answer.get("message_en"),
        )
    return CheckedCertificate(
        serial=answer["serial"], kind=answer["kind"], holder_name=answer["holder_name"]
    )
