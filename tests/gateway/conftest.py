"""A gateway wired to in-process NTS, identity and pki mocks, and a GraphQL helper."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from gateway.app import create_app
from gateway.settings import Settings
from koreakit.npki import keys
from mocks.identity.app import create_app as create_identity_mock
from mocks.nts.app import create_app as create_nts_mock
from mocks.pki.app import create_app as create_pki_mock
from mocks.pki.authority import MockPki
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
    identity: httpx.AsyncClient  # the identity mock: outbox, clock, 간편인증 approvals, faults
    pki: httpx.AsyncClient  # the pki mock: issue and revoke certificates, clock, faults

    async def nts_calls(self, route: str = "POST /api/nts-businessman/v1/status") -> int:
        calls = (await self.nts.get("/__admin/calls")).json()
        count: int = calls["calls"].get(route, 0)
        return count


def make_settings(**overrides: Any) -> Settings:
    return Settings(**({"database_url": "sqlite+aiosqlite://"} | overrides))


@pytest.fixture
def settings() -> Settings:
    return make_settings()


@pytest.fixture(scope="session")
def test_pki() -> MockPki:
    """One test PKI for the session (key generation is slow): its six CAs share one key, and
    every holder certificate it issues shares another."""
    ca_key, holder_key = keys.generate_key(), keys.generate_key()
    return MockPki.ephemeral(key_factory=lambda: ca_key).with_holder_keys(lambda: holder_key)


@pytest.fixture
async def stack(settings: Settings, test_pki: MockPki) -> AsyncIterator[Stack]:
    nts_app, identity_app = create_nts_mock(), create_identity_mock()
    pki_app = create_pki_mock(pki=test_pki)
    async with running(nts_app), running(identity_app), running(pki_app):
        mocks = {"nts": nts_app, "identity": identity_app, "pki": pki_app}
        transports = {name: httpx.ASGITransport(app=app) for name, app in mocks.items()}
        gateway_app = create_app(settings, transports=transports)
        async with (
            running(gateway_app),
            asgi_client(gateway_app, "http://gateway") as gateway,
            asgi_client(nts_app, "http://nts") as nts,
            asgi_client(identity_app, "http://identity") as identity,
            asgi_client(pki_app, "http://pki") as pki,
        ):
            yield Stack(GraphQLClient(gateway), nts, gateway_app, identity, pki)
