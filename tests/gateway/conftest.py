"""A gateway wired to in-process NTS, identity and pki mocks (and, for an agency's tests, that
agency's mock, which reaches the three as its peers), and a GraphQL helper."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
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
from mocks.registry import MOCKS
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
    mocks: dict[str, httpx.AsyncClient] = field(default_factory=dict)
    """Every running mock by name (the agency mocks a test asked for included)."""

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


PEERS = ("nts", "identity", "pki")
"""The mocks every stack runs: the agencies' own peers."""


@asynccontextmanager
async def open_stack(
    settings: Settings, test_pki: MockPki, agencies: Iterable[str] = ()
) -> AsyncIterator[Stack]:
    """The gateway over in-process mocks: the NTS, identity and pki mocks, plus ``agencies``
    (``"work24"`` …), each agency mock given the first three as its peers."""
    apps: dict[str, Starlette] = {
        "nts": create_nts_mock(),
        "identity": create_identity_mock(),
        "pki": create_pki_mock(pki=test_pki),
    }
    peers = {name: httpx.ASGITransport(app=app) for name, app in apps.items()}
    for name in agencies:
        apps[name] = MOCKS[name](peers=peers)
    async with AsyncExitStack() as stack:
        for app in apps.values():
            await stack.enter_async_context(running(app))
        transports = {name: httpx.ASGITransport(app=app) for name, app in apps.items()}
        gateway_app = create_app(settings, transports=transports)
        await stack.enter_async_context(running(gateway_app))
        gateway = await stack.enter_async_context(asgi_client(gateway_app, "http://gateway"))
        clients = {
            name: await stack.enter_async_context(asgi_client(app, f"http://{name}"))
            for name, app in apps.items()
        }
        yield Stack(
            GraphQLClient(gateway),
            clients["nts"],
            gateway_app,
            clients["identity"],
            clients["pki"],
            clients,
        )


@pytest.fixture
async def stack(settings: Settings, test_pki: MockPki) -> AsyncIterator[Stack]:
    async with open_stack(settings, test_pki) as opened:
        yield opened
