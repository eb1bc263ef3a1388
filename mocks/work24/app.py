"""The 고용24 (Work24) corporate membership mock.

Run it alone with ``uv run uvicorn --factory mocks.work24.app:create_app --port 8104``; its
peers (the NTS and pki mocks) are given as the ``peers`` option (see
:mod:`mocks.framework.peers`).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette

from mocks.framework import IN_MEMORY_URL, AgencyRuntime
from mocks.work24 import fincert, industries, login, mdm, members, signup
from mocks.work24.agency import agency

OPERATION_MODULES: tuple[object, ...] = (signup, fincert, industries, members, login, mdm)
"""Imported for their routes, registered on `agency` when each module loads."""
DEFAULT_MDM_TICK_SECONDS = 1.0


def create_app(
    database_url: str = IN_MEMORY_URL,
    *,
    mdm_tick_seconds: float = DEFAULT_MDM_TICK_SECONDS,
    **options: Any,
) -> Starlette:
    """A new work24 mock with its own database, clock and outbox.

    Args:
        mdm_tick_seconds: how often (real seconds) the app looks for MDM retries that are due
            on the mock clock; 0 leaves them to ``POST /__admin/mdm/retry``.
        options: ``peers`` (nts, pki), ``nts_service_key``.
    """
    app = agency.create_app(database_url, **options)
    runtime: AgencyRuntime = app.state.mock
    framework_lifespan = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with framework_lifespan(app):
            task = None
            if mdm_tick_seconds > 0:
                task = asyncio.create_task(mdm.ticker(runtime, mdm_tick_seconds))
            try:
                yield
            finally:
                if task is not None:
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task

    app.router.lifespan_context = lifespan
    return app
