"""The app factory: one Starlette app per (agency, runtime), with its lifespan and fixed routes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from mocks.framework.admin import admin_routes
from mocks.framework.db import Database, FrameworkBase
from mocks.framework.faults import is_admin
from mocks.framework.routes import (
    RequestProblem,
    default_problem_response,
    make_endpoint,
)
from mocks.framework.runtime import AgencyRuntime
from mocks.framework.traffic import TrafficMiddleware

if TYPE_CHECKING:
    from mocks.framework.agency import MockAgency


def build_app(agency: MockAgency, runtime: AgencyRuntime) -> Starlette:
    """Agency routes, ``/healthz``, ``/openapi.json`` and ``/__admin``, behind the traffic
    middleware (call counting, faults); unknown paths answered in the agency's error shape."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        db = Database(runtime.database_url, (FrameworkBase.metadata, agency.base.metadata))
        fresh = not await db.has_tables(agency.base.metadata)
        await db.create_all()
        runtime.database = db
        if fresh:  # a SQLite file from an earlier run keeps its data
            async with db.unit_of_work() as session:
                await agency.seed(session, runtime.clock)
        try:
            yield
        finally:
            runtime.database = None
            await runtime.peers.aclose()
            await db.dispose()

    def http_problem(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 404)
        problem = RequestProblem("method_not_allowed" if status == 405 else "not_found")
        if is_admin(request.url.path):
            return default_problem_response(problem)
        return agency.on_problem(problem)

    app = Starlette(
        routes=[*_agency_routes(agency, runtime), *admin_routes(agency, runtime)],
        middleware=[Middleware(TrafficMiddleware, faults=runtime.faults, calls=runtime.calls)],
        exception_handlers={404: http_problem, 405: http_problem},
        lifespan=lifespan,
    )
    app.state.mock = runtime
    return app


def _agency_routes(agency: MockAgency, runtime: AgencyRuntime) -> list[Route]:
    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "agency": agency.name})

    async def openapi(request: Request) -> Response:
        servers = [{"url": str(request.base_url).rstrip("/")}]
        return JSONResponse({**agency.openapi(), "servers": servers})

    routes = [
        Route(
            spec.path,
            make_endpoint(spec, runtime, agency.guard, agency.on_problem),
            methods=[spec.method],
        )
        for spec in agency.routes
    ]
    return [*routes, Route("/healthz", healthz), Route("/openapi.json", openapi)]
