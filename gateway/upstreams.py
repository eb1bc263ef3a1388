"""The set of upstream connectors the app holds for its lifetime, one pooled client each."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx

from connectors.base import BaseConnector
from connectors.breaker import CircuitBreaker
from connectors.nts import NtsConnector
from connectors.retry import RetryPolicy
from connectors.transport import make_transport
from gateway.settings import Settings, SettingsError, UpstreamSettings


@dataclass(frozen=True)
class Upstreams:
    nts: NtsConnector

    def all(self) -> list[BaseConnector]:
        return [self.nts]


def _options(config: UpstreamSettings) -> dict[str, object]:
    return {
        "timeout": config.timeout,
        "retry": RetryPolicy(attempts=config.retries),
        "breaker": CircuitBreaker(config.breaker_failures, config.breaker_reset),
        "health_path": config.health_path,
    }


@asynccontextmanager
async def open_upstreams(
    settings: Settings, transports: Mapping[str, httpx.AsyncBaseTransport] | None = None
) -> AsyncIterator[Upstreams]:
    """Open one client per upstream; ``transports`` replaces the network (tests pass
    ``httpx.ASGITransport`` of a mock), otherwise the configured transport is used."""
    transports = transports or {}
    if settings.nts.url is None and "nts" not in transports:
        raise SettingsError("GATEWAY_NTS__URL is not set (`agency-gateway serve` sets it)")
    client = httpx.AsyncClient(
        base_url=settings.nts.url or "http://nts.mock",
        transport=transports.get("nts") or make_transport(settings.http_transport),
    )
    nts = NtsConnector(
        client, service_key=settings.nts.service_key.get_secret_value(), **_options(settings.nts)
    )
    try:
        yield Upstreams(nts=nts)
    finally:
        await client.aclose()
