"""Client applications identify themselves with X-Api-Key."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from gateway.app import create_app
from gateway.clients import ClientDirectory, UnknownApiKeyError
from gateway.db.models import ClientKind
from gateway.db.repositories import ApiClientRepository
from gateway.store import Store
from tests.conftest import asgi_client, running
from tests.gateway.conftest import make_settings

CLIENT = "{ client { name kind } }"


@pytest.fixture
async def closed_gateway() -> AsyncIterator[tuple[httpx.AsyncClient, str]]:
    """A gateway that refuses anonymous callers, with one registered portal."""
    app = create_app(
        make_settings(allow_anonymous=False),
        transports={"nts": httpx.MockTransport(lambda request: httpx.Response(503))},
    )
    async with running(app), asgi_client(app, "http://gw") as client:
        store: Store = app.state.gateway.store
        async with store.sessions() as db, db.begin():
            _, key = await ApiClientRepository(db).register("portal-a", ClientKind.PORTAL)
        yield client, key


async def test_a_registered_key_names_the_client(
    closed_gateway: tuple[httpx.AsyncClient, str],
) -> None:
    client, key = closed_gateway
    response = await client.post("/graphql", json={"query": CLIENT}, headers={"X-Api-Key": key})
    assert response.json()["data"]["client"] == {"name": "portal-a", "kind": "PORTAL"}


async def test_an_unknown_key_is_refused(closed_gateway: tuple[httpx.AsyncClient, str]) -> None:
    client, _ = closed_gateway
    response = await client.post(
        "/graphql", json={"query": CLIENT}, headers={"X-Api-Key": "agk_wrong"}
    )
    assert response.status_code == 401


async def test_anonymous_callers_are_refused_when_the_setting_says_so(
    closed_gateway: tuple[httpx.AsyncClient, str],
) -> None:
    client, _ = closed_gateway
    assert (await client.post("/graphql", json={"query": CLIENT})).status_code == 401


async def test_anonymous_callers_are_served_by_default() -> None:
    app = create_app(
        make_settings(),
        transports={"nts": httpx.MockTransport(lambda request: httpx.Response(503))},
    )
    async with running(app), asgi_client(app, "http://gw") as client:
        response = await client.post("/graphql", json={"query": CLIENT})
    assert response.json() == {"data": {"client": None}}


async def test_made_up_keys_cannot_grow_the_key_cache() -> None:
    app = create_app(
        make_settings(),
        transports={"nts": httpx.MockTransport(lambda request: httpx.Response(503))},
    )
    async with running(app):
        store: Store = app.state.gateway.store
        directory = ClientDirectory(store.sessions, capacity=8)
        for n in range(50):
            with pytest.raises(UnknownApiKeyError):
                await directory.identify(f"agk_made-up-{n}", allow_anonymous=True)
    assert len(directory._known) == 8
