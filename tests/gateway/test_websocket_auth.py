"""Browsers cannot set headers on a WebSocket: credentials may come in connection_init."""

from __future__ import annotations

import httpx
import pytest
from starlette.applications import Starlette
from websockets.exceptions import ConnectionClosed

from gateway.app import create_app
from gateway.db.models import ClientKind
from gateway.db.repositories import ApiClientRepository
from gateway.store import Store
from tests.gateway.conftest import make_settings
from tests.support.graphql_ws import GraphQLWebSocket
from tests.support.serving import serving

CLIENT = "query { client { name } }"
VIEWER = "query { viewer { sessionExpiresAt } }"
CREATE = "mutation { sessionCreate { token } }"
NO_NTS = httpx.MockTransport(lambda request: httpx.Response(503))


def closed_gateway() -> Starlette:
    return create_app(make_settings(allow_anonymous=False), transports={"nts": NO_NTS})


async def register(app: Starlette) -> str:
    store: Store = app.state.gateway.store
    async with store.sessions() as db, db.begin():
        _, key = await ApiClientRepository(db).register("mobile-a", ClientKind.MOBILE_APP)
    return key


async def test_an_api_key_in_connection_init_identifies_the_client() -> None:
    app = closed_gateway()
    async with serving(app) as url:
        key = await register(app)
        async with GraphQLWebSocket.open(url, init={"apiKey": key}) as client:
            await client.subscribe("q1", CLIENT)
            message = await client.receive()
    assert message["payload"]["data"] == {"client": {"name": "mobile-a"}}


async def test_an_unknown_api_key_in_connection_init_is_refused() -> None:
    async with serving(closed_gateway()) as url:
        with pytest.raises((ConnectionClosed, AssertionError)):
            async with GraphQLWebSocket.open(url, init={"apiKey": "agk_wrong"}):
                pass


async def test_a_bearer_token_in_connection_init_carries_the_session() -> None:
    app = create_app(make_settings(), transports={"nts": NO_NTS})
    async with serving(app) as url:
        http_url = url.replace("ws://", "http://")
        async with httpx.AsyncClient() as http:
            created = await http.post(http_url, json={"query": CREATE})
        token = created.json()["data"]["sessionCreate"]["token"]
        async with GraphQLWebSocket.open(url, init={"Authorization": f"Bearer {token}"}) as ws:
            await ws.subscribe("q1", VIEWER)
            message = await ws.receive()
    assert message["payload"]["data"]["viewer"] is not None
