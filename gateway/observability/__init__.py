"""Metrics and traces of one gateway app.

:class:`Observability` is built with the app (its metrics registry, its ``/metrics`` route and
its request middleware exist from the start) and started in the app's lifespan, which builds
the tracer provider and hands the connectors their call observer. Four hooks feed it:

* :class:`~gateway.observability.requests.RequestObservationMiddleware` around ``/graphql``:
  requests by operation and outcome, latency;
* the schema extension :func:`~gateway.observability.extension.observe_operations`: operation
  names, operation and resolver spans;
* :class:`~gateway.observability.loaders.ObservedLoader`: DataLoader loads, hits, batches;
* :class:`~gateway.observability.upstream.UpstreamObserver`: each upstream attempt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.trace import Tracer
from starlette.middleware import Middleware
from starlette.routing import BaseRoute, Route

from connectors.base import BaseConnector
from gateway.observability.loaders import LoaderWatch
from gateway.observability.metrics import GatewayMetrics, metrics_endpoint
from gateway.observability.requests import RequestObservationMiddleware
from gateway.observability.tracing import build_provider, tracer_of
from gateway.observability.upstream import UpstreamObserver
from gateway.settings import Settings

__all__ = ["GatewayMetrics", "Observability"]


class Observability:
    """Metrics (unless ``settings.metrics`` is off) and tracing (when ``settings.tracing`` asks
    for it, or a ``tracer_provider`` is given: tests pass one with an in-memory exporter)."""

    def __init__(self, settings: Settings, tracer_provider: TracerProvider | None = None) -> None:
        self.settings = settings
        self.metrics = GatewayMetrics() if settings.metrics else None
        self.tracer: Tracer | None = None
        self.upstream = UpstreamObserver(self.metrics, None)
        self._given_provider = tracer_provider
        self._owned_provider: TracerProvider | None = None
        self._watches: dict[str, LoaderWatch] = {}

    @property
    def active(self) -> bool:
        return self.metrics is not None or self.tracer is not None

    def routes(self) -> list[BaseRoute]:
        """``/metrics`` when metrics are on (absent, so 404, when off)."""
        if self.metrics is None:
            return []
        return [Route("/metrics", metrics_endpoint(self.metrics), methods=["GET"])]

    def middleware(self) -> Middleware:
        return Middleware(RequestObservationMiddleware, observability=self)

    def start(self, connectors: Callable[[], Iterable[BaseConnector]]) -> None:
        """Start tracing and watch ``connectors`` (their calls and breakers); in the lifespan."""
        if self._given_provider is None:
            self._owned_provider = build_provider(self.settings)
        provider = self._given_provider or self._owned_provider
        self.tracer = tracer_of(provider) if provider is not None else None
        self.upstream.tracer = self.tracer
        self._watches.clear()
        if self.metrics is not None:
            self.metrics.breakers.connectors = connectors
        for connector in connectors():
            connector.observer = self.upstream if self.active else None

    def shutdown(self) -> None:
        """Flush and stop the provider this app built (a given one belongs to the giver)."""
        if self._owned_provider is not None:
            self._owned_provider.shutdown()
            self._owned_provider = None
        self.tracer = self.upstream.tracer = None

    def loader_watch(self, loader: str) -> LoaderWatch | None:
        """What the loader class named ``loader`` reports to; None when nothing is observed."""
        if not self.active:
            return None
        watch = self._watches.get(loader)
        if watch is None:
            watch = self._watches[loader] = LoaderWatch(loader, self.metrics, self.tracer)
        return watch
