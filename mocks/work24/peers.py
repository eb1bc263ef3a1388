"""Calls to Work24's peers (the NTS and the CAs), answered as Work24 errors when they fail."""

from __future__ import annotations

from typing import Any

import httpx

from mocks.framework import MockContext, PeerUnavailableError
from mocks.work24.errors import Work24Error
from mocks.work24.messages import Work24ErrorCode

DEFAULT_NTS_SERVICE_KEY = "test-service-key"


async def call(
    ctx: MockContext, peer: str, method: str, path: str, **kwargs: Any
) -> httpx.Response:
    """One call to ``peer``; unreachable or 5xx → 503 PEER_UNAVAILABLE."""
    try:
        response = await ctx.peers.request(peer, method, path, **kwargs)
    except PeerUnavailableError:
        raise Work24Error(503, Work24ErrorCode.PEER_UNAVAILABLE, peer=peer) from None
    if response.status_code >= 500:
        raise Work24Error(503, Work24ErrorCode.PEER_UNAVAILABLE, peer=peer)
    return response


async def nts(ctx: MockContext, operation: str, body: dict[str, Any]) -> dict[str, Any]:
    """POST to the NTS API (``status``, ``validate``, ``registry``) with Work24's key."""
    key = ctx.options.get("nts_service_key", DEFAULT_NTS_SERVICE_KEY)
    path = f"/api/nts-businessman/v1/{operation}"
    response = await call(ctx, "nts", "POST", path, params={"serviceKey": key}, json=body)
    if response.status_code != 200:
        raise Work24Error(503, Work24ErrorCode.PEER_UNAVAILABLE, peer="nts")
    answer: dict[str, Any] = response.json()
    return answer
