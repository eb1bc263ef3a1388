"""create_app(settings) -> Starlette: ``/graphql``, ``/healthz``, ``/readyz``, ``/metrics``.

The lifespan opens the store (migrating it when ``auto_migrate`` is on), one pooled HTTP
client per upstream and the event bus (:mod:`gateway.events`); all live as long as the app.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass

import httpx
from opentelemetry.sdk.trace import TracerProvider
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, WebSocketRoute

from gateway.clients import ClientDirectory
from gateway.crypto import sealer_for
from gateway.db import migrate
from gateway.db.engine import create_engine, ping, session_factory
from gateway.events import EventBus, open_event_bus
from gateway.graphql_view import GatewayGraphQL
from gateway.limits.http import cors_middleware
from gateway.limits.middleware import limit_middleware
from gateway.limits.ratelimit import RateLimiter
from gateway.middleware import RequestIdMiddleware
from gateway.observability import Observability
from gateway.persisted import PersistedQueries, open_persisted_queries
from gateway.services import feed_watcher
from gateway.settings import Settings
from gateway.store import Store
from gateway.upstreams import NOT_CONFIGURED, Upstreams, open_upstreams


@dataclass
class GatewayState:
    settings: Settings
    engine: AsyncEngine
    upstreams: Upstreams
    store: Store
    events: EventBus
    persisted: PersistedQueries
    observability: Observability


def _state(request: Request) -> GatewayState:
    state: GatewayState = request.app.state.gateway
    return state


async def healthz(request: Request) -> Response:
    """Alive: the process answers. Says nothing about the database or the agencies."""
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> Response:
    """Ready: the database answers and each configured upstream's health probe is up (503
    otherwise). An upstream left without a URL is listed down, "not configured", but does not
    hold the gateway back: only its own fields fail."""
    state = _state(request)
    database = await _database_health(state.engine)
    health = await asyncio.gather(*(c.health() for c in state.upstreams.all()))
    upstreams = {h.agency: {k: v for k, v in asdict(h).items() if k != "agency"} for h in health}
    ready = database["status"] == "up" and all(
        h.status != "down" or h.detail == NOT_CONFIGURED for h in health
    )
    body = {
        "status": "ready" if ready else "not_ready",
        "database": database,
        "upstreams": upstreams,
    }
    return JSONResponse(body, status_code=200 if ready else 503)


async def _database_health(engine: AsyncEngine) -> dict[str, str | None]:
    try:
        async with asyncio.timeout(2):
            await ping(engine)
    except Exception as exc:  # any failure means "not ready"; the kind is reported
        return {"status": "down", "detail": type(exc).__name__}
    return {"status": "up", "detail": None}


#: Young-generation threshold of the garbage collector in a serving process (CPython's default
#: is 700). See :func:`freeze_startup_heap`.
YOUNG_COLLECTION_THRESHOLD = 50_000


def freeze_startup_heap() -> None:
    """Tune the garbage collector for serving; call once in a server process, after the app is
    built and before it serves.

    Everything alive now is exempted from full collections (``gc.freeze``): modules, the schema
    and the app are over 200,000 long-lived objects, and CPython walked all of them in every
    full collection, about 150 ms every few hundred requests under 20 clients (bench/README.md,
    2026-11-29). They live as long as the process anyway.

    Then young collections are made rarer (700 → 50,000 net allocations). A request leaves no
    reference cycles behind (see :mod:`gateway.schema.execution` and
    :class:`gateway.observability.loaders.ObservedLoader`; a test keeps it so), so a collection
    finds nothing to free and only walks the requests in flight, promoting them; and CPython
    counts those promoted objects' deaths against no generation, so collections come sooner
    the more requests are in flight. At the default threshold that was 35–85 µs of CPU a
    request at 20–100 clients; at 10,000 still 44 µs at 100 clients; at 50,000 nothing
    measurable up to 100 clients and 16 µs at 200 (bench/README.md, 2026-11-30). Garbage that
    does form cycles (an error's traceback) may wait for up to 50,000 allocations, a few MiB.
    Not for tests: frozen cycles are never freed."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, middle, old)


def create_app(
    settings: Settings,
    *,
    transports: Mapping[str, httpx.AsyncBaseTransport] | None = None,
    events: EventBus | None = None,
    tracer_provider: TracerProvider | None = None,
) -> Starlette:
    """The gateway app. ``transports`` replaces the network per upstream (tests); ``events``
    replaces the event bus the settings choose (tests; its owner starts and closes it);
    ``tracer_provider`` traces the app whatever ``settings.tracing`` says (its owner shuts it
    down)."""
    graphql = GatewayGraphQL(settings)
    observability = Observability(settings, tracer_provider)
    limiter = RateLimiter.from_settings(settings)

    @asynccontextmanager
    async def event_bus() -> AsyncIterator[EventBus]:
        if events is not None:
            yield events
            return
        async with open_event_bus(settings) as bus:
            yield bus

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        engine = create_engine(settings.resolved_database_url)
        try:
            if settings.auto_migrate:
                await migrate.upgrade(engine)
            async with open_upstreams(settings, transports) as upstreams, event_bus() as bus:
                ephemeral = engine.url.database in (None, "", ":memory:")
                sessions = session_factory(engine)
                sealer = sealer_for(settings, ephemeral=ephemeral)
                store = Store(sessions, sealer, ClientDirectory(sessions))
                observability.start(upstreams.all)
                async with open_persisted_queries(
                    settings, sessions, observability.metrics
                ) as persisted:
                    app.state.gateway = GatewayState(
                        settings, engine, upstreams, store, bus, persisted, observability
                    )
                    try:
                        yield
                    finally:  # agency feed watchers, before the bus and the clients close
                        await feed_watcher.stop_all()
        finally:
            observability.shutdown()
            await limiter.aclose()
            await engine.dispose()

    return Starlette(
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
            Route("/healthz", healthz),
            Route("/readyz", readyz),
            *observability.routes(),
        ],
        middleware=[
            *cors_middleware(settings),
            Middleware(RequestIdMiddleware),
            observability.middleware(),
            *limit_middleware(settings, limiter),
        ],
        lifespan=lifespan,
    )
