"""Which HTTP transport the connectors' pooled clients use."""

from __future__ import annotations

from typing import Literal

import httpx
from httpx_aiohttp import AiohttpTransport

from connectors.http1 import Http1Transport

TransportKind = Literal["http1", "aiohttp", "httpx"]


def make_transport(
    kind: TransportKind, *, max_connections: int = 200, keepalive: float = 4.0
) -> httpx.AsyncBaseTransport:
    """Build the transport for one upstream's client.

    ``http1`` (the default) is :class:`connectors.http1.Http1Transport`: keep-alive HTTP/1.1 on
    asyncio, parsed by httptools, about 90 µs of CPU cheaper per call than ``aiohttp``
    (bench/README.md, 2026-11-30). ``aiohttp`` keeps the httpx API over aiohttp's connection
    pool (``httpx-aiohttp``), which holds up under concurrency where httpx's own pool does not
    (encode/httpx#3215); ``httpx`` is that plain pool. Both are kept for comparison in
    benchmarks and as a fallback should an agency need what only they do (HTTP/2, proxies).
    ``keepalive``: seconds an idle connection is kept (httpx's pool too; aiohttp keeps its own).
    """
    limits = httpx.Limits(
        max_connections=max_connections,
        max_keepalive_connections=max_connections,
        keepalive_expiry=keepalive,
    )
    if kind == "http1":
        return Http1Transport(max_connections=max_connections, keepalive_expiry=keepalive)
    if kind == "aiohttp":
        return AiohttpTransport(limits=limits, trust_env=False)
    return httpx.AsyncHTTPTransport(limits=limits, trust_env=False)
