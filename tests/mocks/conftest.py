"""Fixtures for the mock agencies: a running NTS mock and an in-process client to it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from starlette.applications import Starlette

from mocks.nts.app import create_app


@pytest.fixture
async def nts_app() -> AsyncIterator[Starlette]:
    """A fresh NTS mock (in-memory database) with its lifespan running."""
    app = create_app()
    async with app.router.lifespan_context(app):
        yield app


@pytest.fixture
async def nts(nts_app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    """An in-process client of the running NTS mock."""
    transport = httpx.ASGITransport(app=nts_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://nts.mock") as client:
        yield client
