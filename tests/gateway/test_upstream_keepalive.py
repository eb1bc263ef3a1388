"""``GATEWAY_<AGENCY>__KEEPALIVE``: how long the gateway keeps an idle connection to an agency."""

from __future__ import annotations

import asyncio

from gateway.settings import Settings
from gateway.upstreams import open_upstreams
from tests.connectors.http1_servers import RawServer, Received, answer, send


async def ok(request: Received, writer: asyncio.StreamWriter) -> bool:
    await send(writer, answer(200, b"{}", [("Content-Type", "application/json")]))
    return True


async def connections_for_two_calls(keepalive: float | None, pause: float) -> int:
    """Connections the agency accepted for two calls ``pause`` seconds apart."""
    async with RawServer(ok) as kotra:
        upstream = {"url": kotra.url, **({"keepalive": keepalive} if keepalive else {})}
        settings = Settings(nts={"url": kotra.url}, kotra=upstream)
        async with open_upstreams(settings) as upstreams:
            await upstreams.kotra.request("GET", "/ping")
            await asyncio.sleep(pause)
            await upstreams.kotra.request("GET", "/ping")
        return kotra.accepted


async def test_an_idle_connection_is_reused_within_the_keepalive() -> None:
    assert await connections_for_two_calls(None, 0.1) == 1  # default: 4 s


async def test_an_idle_connection_is_not_reused_past_the_keepalive() -> None:
    assert await connections_for_two_calls(0.05, 0.1) == 2
