"""PkiConnector: the CAs' trust anchors, single-use challenges, certificate status, verification."""

from __future__ import annotations

import asyncio
import time
from typing import Any
from urllib.parse import quote

import httpx

from connectors.agency_errors import AgencyConnector, AgencyRejectedError
from connectors.pki.payloads import (
    CaCertificatesBody,
    ChallengeBody,
    StatusBody,
    VerifyBody,
    to_anchors,
    to_challenge,
    to_status,
    to_verified,
    verify_body,
)
from connectors.pki.records import (
    CertificateStatus,
    IssuedChallenge,
    ProofCheck,
    TrustAnchors,
    VerifiedProof,
)

ANCHORS_TTL = 3600.0
"""Seconds the CA certificates are kept before they are fetched again."""


class PkiRejectedError(AgencyRejectedError, agency="pki"):
    """The CA refused with its own code: a `PkiErrorCode`, or for a failed verification a
    `koreakit.npki.CertificateErrorCode` (``REPLAYED``, ``OWNER_MISMATCH`` …)."""


class PkiConnector(AgencyConnector):
    """Client of the CAs' relying-party API.

    The CA certificates change about never, so they are fetched once and kept for
    `ANCHORS_TTL` (one fetch at a time, however many requests ask together). Issuing a
    challenge and verifying a proof act (a challenge is used up), so they are sent once.
    """

    agency = "pki"
    refusal = PkiRejectedError

    def __init__(self, client: httpx.AsyncClient, **options: Any) -> None:
        super().__init__(client, **options)
        self._anchors: tuple[float, TrustAnchors] | None = None
        self._anchors_lock = asyncio.Lock()

    async def trust_anchors(self) -> TrustAnchors:
        """The test root and the five CA certificates (cached; see the class docstring)."""
        if (cached := self._fresh_anchors()) is not None:
            return cached
        async with self._anchors_lock:
            if (cached := self._fresh_anchors()) is not None:
                return cached
            response = await self.request("GET", "/ca/certificates")
            anchors = to_anchors(self.decode(response, CaCertificatesBody))
            self._anchors = (time.monotonic(), anchors)
            return anchors

    def _fresh_anchors(self) -> TrustAnchors | None:
        if self._anchors is None or time.monotonic() - self._anchors[0] > ANCHORS_TTL:
            return None
        return self._anchors[1]

    async def issue_challenge(self, site_code: str | None) -> IssuedChallenge:
        """서명용 challenge for a relying party: a nonce usable once, within minutes."""
        response = await self.request("POST", "/challenges", json={"site_code": site_code})
        return to_challenge(self.decode(response, ChallengeBody))

    async def certificate_status(self, serial_hex: str) -> CertificateStatus:
        """인증서 상태 of a serial number: good, revoked (when and why) or unknown."""
        response = await self.request(
            "GET",
            f"/certificates/{quote(serial_hex, safe='')}/status",
            route="/certificates/{serial}/status",
        )
        return to_status(self.decode(response, StatusBody))

    async def verify(self, check: ProofCheck) -> VerifiedProof:
        """Check a holder's signed proof as an agency does; a failure is a `PkiRejectedError`."""
        response = await self.request("POST", "/verify", json=verify_body(check))
        return to_verified(self.decode(response, VerifyBody))
