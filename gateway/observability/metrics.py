"""Prometheus metrics of one gateway app, in a registry of its own.

Each app gets its own ``CollectorRegistry`` (several apps in one process, as in the tests, never
share counters). Every update on the request path is O(1): a labelled counter or histogram.
Circuit breaker states are read from the connectors when ``/metrics`` is scraped, not tracked.

Operation names come from clients, so at most ``max_operations`` distinct names are kept as
label values; later ones are counted as ``other`` (an unbounded label would let any client
grow the gateway's memory and every scrape).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.exposition import generate_latest
from prometheus_client.registry import Collector
from starlette.requests import Request
from starlette.responses import Response

from connectors.base import BaseConnector
from connectors.breaker import BreakerState

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0)

BREAKER_VALUES = {BreakerState.CLOSED: 0.0, BreakerState.HALF_OPEN: 1.0, BreakerState.OPEN: 2.0}


class BreakerCollector(Collector):
    """``gateway_upstream_circuit_breaker_state{agency}``: 0 closed, 1 half-open, 2 open."""

    def __init__(self) -> None:
        self.connectors: Callable[[], Iterable[BaseConnector]] = list

    def collect(self) -> Iterator[Metric]:
        gauge = GaugeMetricFamily(
            "gateway_upstream_circuit_breaker_state",
            "Circuit breaker per agency: 0 closed, 1 half-open, 2 open.",
            labels=["agency"],
        )
        for connector in self.connectors():
            gauge.add_metric([connector.agency], BREAKER_VALUES[connector.breaker.state])
        yield gauge


class GatewayMetrics:
    """The gateway's counters and histograms; render them with :meth:`exposition`."""

    def __init__(self, max_operations: int = 256) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.max_operations = max_operations
        self._operations: set[str] = set()
        self._request_children: dict[tuple[str, str], tuple[Counter, Histogram]] = {}
        self._upstream_children: dict[tuple[str, str], tuple[Counter, Histogram]] = {}
        self.breakers = BreakerCollector()
        self.registry.register(self.breakers)
        self._define()

    def _define(self) -> None:
        registry = self.registry
        self.requests = Counter(
            "gateway_graphql_requests",
            "GraphQL requests by operation and outcome (ok, graphql_error, http_error).",
            ["operation", "outcome"],
            registry=registry,
        )
        self.request_seconds = Histogram(
            "gateway_graphql_request_duration_seconds",
            "Time to answer a GraphQL request, by operation.",
            ["operation"],
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.upstream_calls = Counter(
            "gateway_upstream_calls",
            "Attempts of upstream calls by agency and outcome (ok, rejected, server_error, "
            "timeout, unreachable, circuit_open, cancelled, error).",
            ["agency", "outcome"],
            registry=registry,
        )
        self.upstream_seconds = Histogram(
            "gateway_upstream_call_duration_seconds",
            "Time of one attempt of an upstream call, by agency.",
            ["agency"],
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.persisted_hits = Counter(
            "gateway_persisted_query_cache_hits",
            "Persisted-query lookups answered, by tier (memory, redis, database).",
            ["tier"],
            registry=registry,
        )
        self.persisted_misses = Counter(
            "gateway_persisted_query_cache_misses",
            "Persisted-query lookups no tier could answer.",
            registry=registry,
        )
        self.loader_loads = Counter(
            "gateway_dataloader_loads",
            "Keys asked of a DataLoader, by loader.",
            ["loader"],
            registry=registry,
        )
        self.loader_hits = Counter(
            "gateway_dataloader_cache_hits",
            "Keys a DataLoader answered from its per-request cache, by loader.",
            ["loader"],
            registry=registry,
        )
        self.loader_batches = Counter(
            "gateway_dataloader_batches",
            "Batch functions run (one upstream round per batch), by loader.",
            ["loader"],
            registry=registry,
        )

    def operation_label(self, name: str) -> str:
        """``name`` if it is among the first ``max_operations`` names seen, else ``other``."""
        if name in self._operations:
            return name
        if len(self._operations) < self.max_operations:
            self._operations.add(name)
            return name
        return "other"

    def request_done(self, operation: str, outcome: str, seconds: float) -> None:
        label = self.operation_label(operation)
        children = self._request_children.get((label, outcome))
        if children is None:  # ``labels`` locks and builds a key: bind each pair once
            children = (self.requests.labels(label, outcome), self.request_seconds.labels(label))
            self._request_children[label, outcome] = children
        children[0].inc()
        children[1].observe(seconds)

    def upstream_call_done(self, agency: str, outcome: str, seconds: float) -> None:
        children = self._upstream_children.get((agency, outcome))
        if children is None:
            children = (
                self.upstream_calls.labels(agency, outcome),
                self.upstream_seconds.labels(agency),
            )
            self._upstream_children[agency, outcome] = children
        children[0].inc()
        children[1].observe(seconds)

    def persisted_lookup(self, tier: str | None) -> None:
        """Count one lookup, answered by ``tier`` or (None) by no tier."""
        if tier is None:
            self.persisted_misses.inc()
        else:
            self.persisted_hits.labels(tier).inc()

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


def metrics_endpoint(metrics: GatewayMetrics) -> Callable[[Request], Awaitable[Response]]:
    """``GET /metrics``: the text format. No auth and no rate limit: keep it off the internet."""

    async def endpoint(request: Request) -> Response:  # on the loop: breakers are not locked
        return Response(metrics.exposition(), media_type=CONTENT_TYPE_LATEST)

    return endpoint
