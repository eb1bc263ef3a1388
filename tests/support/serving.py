"""Serve an app on a real loopback socket inside a test."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager

import uvicorn
from starlette.applications import Starlette
from starlette.types import ASGIApp


class _QuietServer(uvicorn.Server):
    """Leaves the test runner's signal handlers alone."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


@asynccontextmanager
async def uvicorn_serving(app: ASGIApp) -> AsyncIterator[str]:
    """Serve ``app`` (lifespan included) with uvicorn on a free loopback port; yields its URL."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_config=None, log_level="warning")
    server = _QuietServer(config)
    task = asyncio.create_task(server.serve())
    try:
        while not server.started:
            assert not task.done(), "uvicorn did not start"
            await asyncio.sleep(0.005)
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


@asynccontextmanager
async def serving(app: Starlette) -> AsyncIterator[str]:
    """Serve the gateway ``app`` on a free loopback port; yields its WebSocket URL."""
    async with uvicorn_serving(app) as url:
        yield url.replace("http://", "ws://", 1) + "/graphql"
