"""The set of upstream connectors the app holds for its lifetime, one pooled client each.

NTS must be configured (a URL, or a transport in tests). Every other upstream may be left
without a URL: start-up goes on, its calls fail as unreachable (``AGENCY_UNAVAILABLE``, only
for the fields that need it) and ``/readyz`` shows it down, "not configured".
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TypedDict

import httpx

from connectors.base import BaseConnector, UpstreamHealth
from connectors.breaker import CircuitBreaker
from connectors.gov24 import Gov24Connector
from connectors.hometax import HometaxConnector
from connectors.identity import IdentityConnector
from connectors.kosme import KosmeConnector
from connectors.kotra import KotraConnector
from connectors.nts import NtsConnector
from connectors.pki import PkiConnector
from connectors.retry import RetryPolicy
from connectors.transport import make_transport
from connectors.work24 import Work24Connector
from gateway.settings import UPSTREAMS, Settings, SettingsError, UpstreamSettings

NOT_CONFIGURED = "not configured"


@dataclass(frozen=True)
class Upstreams:
    nts: NtsConnector
    identity: IdentityConnector
    pki: PkiConnector
    work24: Work24Connector
    kosme: KosmeConnector
    kotra: KotraConnector
    gov24: Gov24Connector
    hometax: HometaxConnector

    def all(self) -> list[BaseConnector]:
        return [getattr(self, name) for name in UPSTREAMS]


CONNECTORS: Mapping[str, type[BaseConnector]] = {
    "identity": IdentityConnector,
    "pki": PkiConnector,
    "work24": Work24Connector,
    "kosme": KosmeConnector,
    "kotra": KotraConnector,
    "gov24": Gov24Connector,
    "hometax": HometaxConnector,
}
"""The connector class of every upstream but the NTS (which needs its service key)."""


class NotConfiguredTransport(httpx.AsyncBaseTransport):
    """The transport of an upstream with no URL: every call fails as a refused connection."""

    def __init__(self, agency: str) -> None:
        self.agency = agency

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"{self.agency}: {NOT_CONFIGURED}", request=request)


class _NotConfigured(BaseConnector):
    """Reports the upstream down, "not configured", without probing anything."""

    async def health(self) -> UpstreamHealth:
        return UpstreamHealth(self.agency, "down", self.breaker.state.value, detail=NOT_CONFIGURED)


def _not_configured(kind: type[BaseConnector]) -> type[BaseConnector]:
    """``kind`` reporting itself down, "not configured", whatever it is asked."""
    return type(f"NotConfigured{kind.__name__}", (_NotConfigured, kind), {})


class _Options(TypedDict):
    """BaseConnector's keyword arguments, as the settings give them."""

    timeout: float
    retry: RetryPolicy
    breaker: CircuitBreaker
    health_path: str | None


def _options(config: UpstreamSettings) -> _Options:
    return {
        "timeout": config.timeout,
        "retry": RetryPolicy(attempts=config.retries),
        "breaker": CircuitBreaker(config.breaker_failures, config.breaker_reset),
        "health_path": config.health_path,
    }


def _client(
    name: str,
    config: UpstreamSettings,
    settings: Settings,
    transports: Mapping[str, httpx.AsyncBaseTransport],
) -> tuple[httpx.AsyncClient, bool]:
    """The pooled client of upstream ``name`` and whether it is configured (URL or transport)."""
    transport = transports.get(name)
    if transport is None:
        transport = (
            make_transport(settings.http_transport, keepalive=config.keepalive)
            if config.url is not None
            else NotConfiguredTransport(name)
        )
    client = httpx.AsyncClient(base_url=config.url or f"http://{name}.invalid", transport=transport)
    return client, config.url is not None or name in transports


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
        transport=transports.get("nts")
        or make_transport(settings.http_transport, keepalive=settings.nts.keepalive),
    )
    nts = NtsConnector(
        client, service_key=settings.nts.service_key.get_secret_value(), **_options(settings.nts)
    )
    clients: dict[str, httpx.AsyncClient] = {}
    connectors: dict[str, BaseConnector] = {}
    for name, kind in CONNECTORS.items():
        config: UpstreamSettings = getattr(settings, name)
        clients[name], configured = _client(name, config, settings, transports)
        connector_kind = kind if configured else _not_configured(kind)
        connectors[name] = connector_kind(clients[name], **_options(config))
    try:
        yield Upstreams(nts=nts, **connectors)  # type: ignore[arg-type]
    finally:
        await client.aclose()
        for each in clients.values():
            await each.aclose()
