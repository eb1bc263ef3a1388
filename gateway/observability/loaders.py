"""DataLoaders that report their work: keys asked, cache hits, batches run (and a span each)."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from aiodataloader import DataLoader, Loader, dispatch_queue
from opentelemetry.trace import Tracer

from gateway.observability.metrics import GatewayMetrics
from gateway.observability.tracing import operation_context

if TYPE_CHECKING:
    from gateway.observability import Observability

K = TypeVar("K")
V = TypeVar("V")


class LoaderWatch:
    """What one kind of loader reports to; built once per loader class and app, so a request
    only increments pre-bound counters."""

    def __init__(self, name: str, metrics: GatewayMetrics | None, tracer: Tracer | None) -> None:
        self.name = name
        self.tracer = tracer
        self._loads = metrics.loader_loads.labels(name) if metrics else None
        self._hits = metrics.loader_hits.labels(name) if metrics else None
        self._batches = metrics.loader_batches.labels(name) if metrics else None

    def loaded(self, cached: bool) -> None:
        if self._loads is not None and self._hits is not None:
            self._loads.inc()
            if cached:
                self._hits.inc()

    def batched(self) -> None:
        if self._batches is not None:
            self._batches.inc()


def _same(key: K) -> K:
    return key


_CHECKED: set[type] = set()
"""Loader classes DataLoader.__init__ has checked once (its checks depend on the class only)."""


class ObservedLoader(DataLoader[K, V], Generic[K, V]):
    """Base of the gateway's loaders. Subclasses define ``batch_load_fn`` as usual; given the
    app's ``observability``, each ``load`` and each batch is reported, else nothing is added.

    The reporting wraps each subclass's ``batch_load_fn`` once, when the class is defined: a
    wrapper stored on the instance (a bound method of itself) would tie every loader into a
    reference cycle, and everything a request's loaders reach would then wait for the garbage
    collector instead of being freed when the request ends (bench/README.md, 2026-11-30)."""

    watch: LoaderWatch | None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("batch_load_fn")
        if own is not None:
            setattr(cls, "batch_load_fn", _observed(own))  # noqa: B010 - typed as DataLoader types it

    def __init__(self, observability: Observability | None = None) -> None:
        self.watch = observability.loader_watch(type(self).__name__) if observability else None
        cls = type(self)
        if cls not in _CHECKED:  # DataLoader's own checks, once per class
            super().__init__()
            _CHECKED.add(cls)
            return
        # What DataLoader.__init__ sets with no options, without its checks (about 12 µs a
        # loader, and every request builds every loader of every agency)
        try:
            self.loop = asyncio.get_running_loop()
        except RuntimeError:  # built outside the loop, as DataLoader allows
            self.loop = asyncio.get_event_loop()
        if not hasattr(cls, "get_cache_key"):  # a subclass may define its own
            self.get_cache_key = _same
        self._cache = {}
        self._queue = []

    def load(self, key: K) -> asyncio.Future[V]:
        if self.watch is not None:
            self.watch.loaded(bool(self.cache) and self.get_cache_key(key) in self._cache)
        return super().load(key)

    def do_resolve_reject(self, key: K, future: asyncio.Future[V]) -> None:
        """Queue a load as DataLoader does, and dispatch the batch after the same two turns of
        the event loop (the window in which other loads join it), through two plain callbacks:
        DataLoader spends a task on the first turn, which then starts the batch's task."""
        self._queue.append(Loader(key=key, future=future))
        if len(self._queue) == 1:
            if self.batch:
                self.loop.call_soon(self.loop.call_soon, dispatch_queue, self)
            else:
                dispatch_queue(self)


BatchLoad = Callable[[Any, list[Any]], Awaitable[list[Any]]]


def _observed(batch_load: BatchLoad) -> BatchLoad:
    """``batch_load`` reporting each batch to the loader's watch (a span each when tracing)."""

    @functools.wraps(batch_load)
    async def observed(loader: ObservedLoader[Any, Any], keys: list[Any]) -> list[Any]:
        watch = loader.watch
        if watch is None:
            return await batch_load(loader, keys)
        watch.batched()
        if watch.tracer is None:
            return await batch_load(loader, keys)
        with watch.tracer.start_as_current_span(
            f"{watch.name}.batch",
            context=operation_context.get(),
            attributes={"dataloader.name": watch.name, "dataloader.keys": len(keys)},
        ):
            return await batch_load(loader, keys)

    return observed
