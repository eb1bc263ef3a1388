"""MockAgency: declare an agency's routes once, then build any number of independent apps."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import DeclarativeBase
from starlette.applications import Starlette

from mocks.framework.app import build_app
from mocks.framework.clock import Clock
from mocks.framework.db import IN_MEMORY_URL
from mocks.framework.openapi import build_openapi
from mocks.framework.routes import (
    Guard,
    Handler,
    ProblemHandler,
    RouteSpec,
    default_problem_response,
)
from mocks.framework.runtime import AgencyRuntime

SeedFn = Callable[[AsyncSession, Clock], Awaitable[None]]
UpsertFn = Callable[[AsyncSession, Clock, Any], Awaitable[Mapping[str, int]]]
HandlerT = TypeVar("HandlerT", bound=Handler)


class MockAgency:
    """The definition of one mock agency: its tables, seed, routes and error conventions.

    Args:
        name: short agency name (``"nts"``), reported by ``/healthz``.
        title, description, version: the OpenAPI ``info`` object.
        base: the agency's own SQLAlchemy declarative base; its tables are the agency's state.
        seed: loads the deterministic default seed into an empty database.
        seed_model, upsert: the body ``POST /__admin/seed`` accepts and the function applying it,
            returning counts per kind of record.
        guard: runs before parameters are parsed (API keys); a returned response refuses the call.
        on_problem: answers bad JSON, invalid bodies or queries and unknown paths in the
            agency's own error shape.
    """

    def __init__(
        self,
        *,
        name: str,
        title: str,
        description: str,
        base: type[DeclarativeBase],
        seed: SeedFn,
        version: str = "1.0.0",
        seed_model: type[BaseModel] | None = None,
        upsert: UpsertFn | None = None,
        guard: Guard | None = None,
        on_problem: ProblemHandler = default_problem_response,
    ) -> None:
        self.name, self.title, self.description, self.version = name, title, description, version
        self.base, self.seed, self.seed_model, self.upsert = base, seed, seed_model, upsert
        self.guard, self.on_problem = guard, on_problem
        self.routes: list[RouteSpec] = []
        self._openapi: dict[str, Any] | None = None

    def route(
        self,
        method: str,
        path: str,
        *,
        responses: Mapping[int, type[BaseModel]],
        summary: str,
        body: type[BaseModel] | None = None,
        query: type[BaseModel] | None = None,
        description: str | None = None,
        operation_id: str | None = None,
        guarded: bool = True,
    ) -> Callable[[HandlerT], HandlerT]:
        """Declare an operation; the handler is ``async (ctx, body) -> model | Response``
        (``async (ctx)`` without a body model). A returned model is answered with HTTP 200."""

        def register(handler: HandlerT) -> HandlerT:
            spec = RouteSpec(
                method=method.upper(),
                path=path,
                handler=handler,
                body=body,
                query=query,
                responses=dict(responses),
                summary=summary,
                description=description,
                operation_id=operation_id or handler.__name__,
                guarded=guarded,
            )
            if any(r.operation_id == spec.operation_id for r in self.routes):
                raise ValueError(f"duplicate operationId {spec.operation_id!r}")
            self.routes.append(spec)
            self._openapi = None
            return handler

        return register

    def openapi(self) -> dict[str, Any]:
        if self._openapi is None:
            self._openapi = build_openapi(
                agency=self.name,
                title=self.title,
                description=self.description,
                version=self.version,
                routes=self.routes,
            )
        return self._openapi

    async def count_rows(self, runtime: AgencyRuntime) -> dict[str, int]:
        async with runtime.db.unit_of_work() as session:
            return {
                table.name: int(await session.scalar(select(func.count()).select_from(table)) or 0)
                for table in self.base.metadata.sorted_tables
            }

    async def reload_seed(self, runtime: AgencyRuntime) -> dict[str, int]:
        """Recreate the agency's tables and load the default seed; returns rows per table."""
        await runtime.db.recreate((self.base.metadata,))
        async with runtime.db.unit_of_work() as session:
            await self.seed(session, runtime.clock)
        return await self.count_rows(runtime)

    async def reset(self, runtime: AgencyRuntime) -> None:
        """Back to the state of a fresh start: tables, seed, faults, outbox, clock, counters."""
        runtime.faults.clear()
        runtime.clock.reset()
        runtime.calls.reset()
        await runtime.db.recreate()
        async with runtime.db.unit_of_work() as session:
            await self.seed(session, runtime.clock)

    def create_app(
        self, database_url: str = IN_MEMORY_URL, *, fault_seed: int = 0, **options: Any
    ) -> Starlette:
        """A new app with its own database, clock, faults and counters.

        The lifespan creates missing tables and loads the seed when the agency's tables did not
        exist yet, so a SQLite file keeps its data across restarts. ``options`` reach handlers
        as ``ctx.options``; ``fault_seed`` seeds the random source of injected error rates.
        """
        return build_app(self, AgencyRuntime(database_url, dict(options), fault_seed))
