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
from connectors.identity import IdentityConnector
from connectors.nts import NtsConnector
from connectors.pki import PkiConnector
from connectors.retry import RetryPolicy
from connectors.transport import make_transport
from gateway.settings import Settings, SettingsError, UpstreamSettings

NOT_CONFIGURED = "not configured"


@dataclass(frozen=True)
class Upstreams:
    nts: NtsConnector
    identity: IdentityConnector
    pki: PkiConnector

    def all(self) -> list[BaseConnector]:
        return [self.nts, self.identity, self.pki]


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


class _NotConfiguredIdentity(_NotConfigured, IdentityConnector):
    pass


class _NotConfiguredPki(_NotConfigured, PkiConnector):
    pass


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
            make_transport(settings.http_transport)
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
        transport=transports.get("nts") or make_transport(settings.http_transport),
    )
    nts = NtsConnector(
        client, service_key=settings.nts.service_key.get_secret_value(), **_options(settings.nts)
    )
    identity_client, identity_configured = _client(
        "identity", settings.identity, settings, transports
    )
    pki_client, pki_configured = _client("pki", settings.pki, settings, transports)
    identity_kind = IdentityConnector if identity_configured else _NotConfiguredIdentity
    pki_kind = PkiConnector if pki_configured else _NotConfiguredPki
    try:
        yield Upstreams(
            nts=nts,
            identity=identity_kind(identity_client, **_options(settings.identity)),
            pki=pki_kind(pki_client, **_options(settings.pki)),
        )
    finally:
        await client.aclose()
        await identity_client.aclose()
        await pki_client.aclose()
