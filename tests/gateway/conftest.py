"""A gateway wired to an in-process NTS mock, and a GraphQL helper."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from gateway.app import create_app
from gateway.settings import Settings
from mocks.nts.app import create_app as create_nts_mock
from tests.conftest import asgi_client, running


@dataclass
class GraphQLClient:
    http: httpx.AsyncClient

    async def post(
        self, query: str, variables: dict[str, Any] | None = None, **headers: str
    ) -> httpx.Response:
        body = {"query": query, "variables": variables or {}}
        return await self.http.post("/graphql", json=body, headers=headers)

    async def execute(
        self, query: str, variables: dict[str, Any] | None = None, **headers: str
    ) -> dict[str, Any]:
        response = await self.post(query, variables, **headers)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result


@dataclass
class Stack:
    gateway: GraphQLClient
    nts: httpx.AsyncClient  # the NTS mock, for its admin API
    app: Starlette  # the gateway app, for its state (store, events)

    async def nts_calls(self, route: str = "POST /api/nts-businessman/v1/status") -> int:
        calls = (await self.nts.get("/__admin/calls")).json()
        count: int = calls["calls"].get(route, 0)
        return count


def make_settings(**overrides: Any) -> Settings:
    return Settings(**({"database_url": "sqlite+aiosqlite://"} | overrides))


@pytest.fixture
def settings() -> Settings:
    return make_settings()


@pytest.fixture
async def stack(settings: Settings) -> AsyncIterator[Stack]:
    nts_app = create_nts_mock()
    async with running(nts_app):
        gateway_app = create_app(settings, transports={"nts": httpx.ASGITransport(app=nts_app)})
        async with (
            running(gateway_app),
            asgi_client(gateway_app, "http://gateway") as gateway,
            asgi_client(nts_app, "http://nts") as nts,
        ):
            yield Stack(GraphQLClient(gateway), nts, gateway_app)
