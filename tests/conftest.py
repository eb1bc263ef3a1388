"""Fixtures shared by every test package: apps with their lifespan running, in-process clients."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from starlette.types import ASGIApp


@asynccontextmanager
async def running(app: ASGIApp) -> AsyncIterator[ASGIApp]:
    """Run an app's lifespan around a block (``httpx.ASGITransport`` does not)."""
    async with app.router.lifespan_context(app):  # type: ignore[attr-defined]
        yield app


def asgi_client(app: ASGIApp, base_url: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base_url)


def postgres_url() -> str:
    url = os.environ.get("GATEWAY_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("GATEWAY_TEST_POSTGRES_URL is not set (CI sets it; see .ci/run)")
    return url


async def create_postgres_database() -> str:
    """A new, empty PostgreSQL database (skips without a URL); returns its URL."""
    import uuid

    name = f"t_{uuid.uuid4().hex[:12]}"
    await _admin_execute(f'CREATE DATABASE "{name}"')
    url: str = _base_url().set(database=name).render_as_string(hide_password=False)
    return url


async def drop_postgres_database(url: str) -> None:
    from sqlalchemy.engine import make_url

    await _admin_execute(f'DROP DATABASE "{make_url(url).database}" WITH (FORCE)')


def _base_url() -> Any:
    from sqlalchemy.engine import make_url

    return make_url(postgres_url()).set(drivername="postgresql+asyncpg")


async def _admin_execute(statement: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    admin = create_async_engine(_base_url(), isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as connection:
            await connection.execute(text(statement))
    finally:
        await admin.dispose()


@asynccontextmanager
async def fresh_postgres_database() -> AsyncIterator[str]:
    """A new, empty PostgreSQL database for one test (dropped afterwards); skips without a URL."""
    url = await create_postgres_database()
    try:
        yield url
    finally:
        await drop_postgres_database(url)
