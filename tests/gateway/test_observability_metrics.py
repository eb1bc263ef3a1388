"""``/metrics``: Prometheus text with requests, upstream calls, breakers, caches and loaders."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from starlette.applications import Starlette

from gateway.app import create_app
from gateway.settings import NtsSettings, Settings
from mocks.nts.app import create_app as create_nts_mock
from tests.conftest import asgi_client, running

STATUS = 'query Status { business(registrationNumber: "1208200275") { nts { statusLabel } } }'
WRONG_DIGIT = 'query Wrong { business(registrationNumber: "1208200276") { kind } }'
THREE = """query Three {
  businesses(registrationNumbers: ["1208200275", "6638501035", "1208200275"]) { nts { status } }
}"""


@dataclass
class Gateway:
    client: httpx.AsyncClient
    admin: httpx.AsyncClient  # the NTS mock's
    app: Starlette


@asynccontextmanager
async def gateway(**overrides: Any) -> AsyncIterator[Gateway]:
    """A gateway over an in-process NTS mock."""
    nts = create_nts_mock()
    settings = Settings(database_url="sqlite+aiosqlite://", **overrides)
    app = create_app(settings, transports={"nts": httpx.ASGITransport(app=nts)})
    async with (
        running(nts),
        running(app),
        asgi_client(app, "http://gateway") as client,
        asgi_client(nts, "http://nts") as admin,
    ):
        yield Gateway(client, admin, app)


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with gateway() as gw:
        yield gw.client


Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


async def scrape(client: httpx.AsyncClient) -> Samples:
    """Every sample of ``/metrics``, by name and labels."""
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=")
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


async def test_requests_are_counted_by_operation_and_outcome(client: httpx.AsyncClient) -> None:
    await client.post("/graphql", json={"query": STATUS})
    await client.post("/graphql", json={"query": WRONG_DIGIT})
    await client.post("/graphql", content=b"{nope", headers={"Content-Type": "application/json"})
    samples = await scrape(client)
    requests = "gateway_graphql_requests_total"
    assert value(samples, requests, operation="Status", outcome="ok") == 1
    assert value(samples, requests, operation="Wrong", outcome="graphql_error") == 1
    assert value(samples, requests, operation="none", outcome="http_error") == 1


async def test_request_latency_is_a_histogram_by_operation(client: httpx.AsyncClient) -> None:
    await client.post("/graphql", json={"query": STATUS})
    await client.post("/graphql", json={"query": STATUS})
    samples = await scrape(client)
    histogram = "gateway_graphql_request_duration_seconds"
    assert value(samples, f"{histogram}_count", operation="Status") == 2
    assert value(samples, f"{histogram}_bucket", operation="Status", le="+Inf") == 2
    assert value(samples, f"{histogram}_sum", operation="Status") > 0


async def test_graphiql_page_loads_are_not_graphql_requests(client: httpx.AsyncClient) -> None:
    await client.get("/graphql", headers={"Accept": "text/html"})
    samples = await scrape(client)
    assert not any(name == "gateway_graphql_requests_total" for name, _ in samples)


async def test_upstream_calls_are_counted_by_agency_and_outcome() -> None:
    async with gateway() as gw:
        await gw.client.post("/graphql", json={"query": STATUS})
        await gw.admin.post("/__admin/faults", json={"outage": True})
        await gw.client.post("/graphql", json={"query": STATUS})
        samples = await scrape(gw.client)
    calls = "gateway_upstream_calls_total"
    assert value(samples, calls, agency="nts", outcome="ok") == 1
    assert value(samples, calls, agency="nts", outcome="server_error") == 3  # every retry
    assert value(samples, "gateway_upstream_call_duration_seconds_count", agency="nts") == 4


async def test_breaker_state_is_a_gauge_per_agency() -> None:
    async with gateway(nts=NtsSettings(breaker_failures=2, breaker_reset=60)) as gw:
        before = await scrape(gw.client)
        await gw.admin.post("/__admin/faults", json={"outage": True})
        await gw.client.post("/graphql", json={"query": STATUS})
        after = await scrape(gw.client)
    breaker = "gateway_upstream_circuit_breaker_state"
    assert value(before, breaker, agency="nts") == 0
    assert value(after, breaker, agency="nts") == 2  # open
    assert value(after, "gateway_upstream_calls_total", agency="nts", outcome="circuit_open") == 1


async def test_persisted_query_hits_and_misses_are_counted(client: httpx.AsyncClient) -> None:
    extensions = {
        "persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(STATUS.encode()).hexdigest()}
    }
    await client.post("/graphql", json={"extensions": extensions})
    await client.post("/graphql", json={"extensions": extensions, "query": STATUS})
    await client.post("/graphql", json={"extensions": extensions})
    samples = await scrape(client)
    assert value(samples, "gateway_persisted_query_cache_misses_total") == 1
    assert value(samples, "gateway_persisted_query_cache_hits_total", tier="memory") == 1
    # the refused first request still counts as a request that failed
    assert (
        value(
            samples, "gateway_graphql_requests_total", operation="unknown", outcome="graphql_error"
        )
        == 1
    )


async def test_dataloader_loads_hits_and_batches_are_counted(client: httpx.AsyncClient) -> None:
    await client.post("/graphql", json={"query": THREE})
    samples = await scrape(client)
    loader = {"loader": "NtsStatusByNumberLoader"}
    assert value(samples, "gateway_dataloader_loads_total", **loader) == 3
    assert value(samples, "gateway_dataloader_cache_hits_total", **loader) == 1
    assert value(samples, "gateway_dataloader_batches_total", **loader) == 1


async def test_operation_names_beyond_the_cap_are_counted_as_other() -> None:
    async with gateway() as gw:
        gw.app.state.gateway.observability.metrics.max_operations = 2
        for name in ("A", "B", "C", "D"):
            await gw.client.post("/graphql", json={"query": f"query {name} {{ __typename }}"})
        samples = await scrape(gw.client)
    requests = "gateway_graphql_requests_total"
    assert value(samples, requests, operation="B", outcome="ok") == 1
    assert value(samples, requests, operation="other", outcome="ok") == 2


async def test_metrics_off_means_no_endpoint() -> None:
    async with gateway(metrics=False) as gw:
        response = await gw.client.get("/metrics")
        answer = await gw.client.post("/graphql", json={"query": STATUS})
    assert response.status_code == 404
    assert answer.json()["data"]["business"]["nts"]["statusLabel"] == "계속사업자"


async def test_each_app_keeps_its_own_metrics() -> None:
    async with gateway() as one, gateway() as two:
        await one.client.post("/graphql", json={"query": STATUS})
        first, second = await scrape(one.client), await scrape(two.client)
    requests = "gateway_graphql_requests_total"
    assert value(first, requests, operation="Status", outcome="ok") == 1
    assert value(second, requests, operation="Status", outcome="ok") == 0
