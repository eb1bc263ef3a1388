"""Errors inside a subscription stream are presented like any other: typed, masked, localised."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from typing import Any

import httpx

from gateway.app import create_app
from gateway.events import MemoryEventBus, Topic
from tests.gateway.conftest import make_settings
from tests.support.graphql_ws import GraphQLWebSocket
from tests.support.serving import serving

FLOW_UPDATED = "subscription ($id: ID!) { flowUpdated(id: $id) { id status } }"


class BrokenBus(MemoryEventBus):
    """A bus whose subscriptions fail with an internal detail no client may see."""

    def subscribe(self, topic: Topic[Any]) -> AbstractAsyncContextManager[AsyncIterator[Any]]:
        raise RuntimeError("redis password is hunter2")


async def test_an_unexpected_failure_in_a_stream_is_masked_with_the_request_id() -> None:
    nts = httpx.MockTransport(lambda request: httpx.Response(503))
    settings = make_settings(
        environment="production", secret_key="a2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2s="
    )
    app = create_app(settings, transports={"nts": nts}, events=BrokenBus())
    async with (
        serving(app) as url,
        GraphQLWebSocket.open(url, **{"X-Request-ID": "ws-1"}) as client,
    ):
        await client.subscribe("s1", FLOW_UPDATED, id="f-1")
        message = await client.receive()
    [error] = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
    assert error["extensions"]["code"] == "INTERNAL_ERROR"
    assert "hunter2" not in str(message)
    assert error["extensions"]["requestId"] == "ws-1"
