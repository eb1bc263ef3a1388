"""Helpers for talking to the NTS mock in tests."""

from __future__ import annotations

from typing import Any

import httpx

from mocks.nts.app import DEFAULT_SERVICE_KEY

NTS_BASE = "/api/nts-businessman/v1"
KEY = {"serviceKey": DEFAULT_SERVICE_KEY}


async def nts_post(client: httpx.AsyncClient, operation: str, body: Any) -> httpx.Response:
    """POST an NTS operation (status, validate, registry) with the default service key."""
    return await client.post(f"{NTS_BASE}/{operation}", params=KEY, json=body)


def business(b_no: str, start_dt: str, p_nm: str, **optional: str) -> dict[str, str]:
    """One /validate item."""
    return {"b_no": b_no, "start_dt": start_dt, "p_nm": p_nm, **optional}
