"""Which HTTP transport the connectors' pooled clients use."""

from __future__ import annotations

from typing import Literal

import httpx
from httpx_aiohttp import AiohttpTransport

TransportKind = Literal["aiohttp", "httpx"]


def make_transport(kind: TransportKind, *, max_connections: int = 200) -> httpx.AsyncBaseTransport:
    """Build the transport for one upstream's client.

    ``aiohttp`` (the default in production) keeps the httpx API over aiohttp's connection pool,
    which holds up under concurrency where httpx's own pool does not (encode/httpx#3215).
    ``httpx`` is the plain httpx pool, kept for comparison in benchmarks.
    """
    limits = httpx.Limits(
        max_connections=max_connections, max_keepalive_connections=max_connections
    )
    if kind == "aiohttp":
        return AiohttpTransport(limits=limits, trust_env=False)
    return httpx.AsyncHTTPTransport(limits=limits, trust_env=False)
