"""``flowUpdated`` over graphql-transport-ws, through a real socket to the gateway on uvicorn.

Events are raised the way agency services will raise them: on the app's bus
(``app.state.gateway.events``), never through a public mutation.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import orjson
import pytest
from starlette.applications import Starlette
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed
from websockets.typing import Subprotocol

from gateway.app import create_app
from gateway.events import EventBus, MemoryEventBus, Topic
from gateway.events.flows import Agency, FlowStatus, FlowUpdate, flow_topic, publish_flow_update
from tests.gateway.conftest import make_settings
from tests.support.graphql_ws import GraphQLWebSocket
from tests.support.serving import serving

FLOW_UPDATED = """
subscription FlowUpdated($id: ID!) {
  flowUpdated(id: $id) { id agency step status message occurredAt }
}
"""


# --- a gateway on a real socket, and the client side of graphql-transport-ws -----------------


def gateway(events: EventBus | None = None) -> Starlette:
    """A gateway whose NTS is never called here."""
    nts = httpx.MockTransport(lambda request: httpx.Response(503))
    return create_app(make_settings(), transports={"nts": nts}, events=events)


async def until_receivers(events: EventBus, topic: Topic[Any] | str, count: int = 1) -> None:
    """The server subscribes some time after the client asked (and unsubscribes some time after
    it completed): wait until a publish on the topic (or flow id) would reach ``count``."""
    topic = flow_topic(topic) if isinstance(topic, str) else topic
    for _ in range(500):
        if await events.receivers(topic) == count:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"{topic.name} never had {count} receivers")


def update(flow_id: str, step: str, status: FlowStatus, message: str | None = None) -> FlowUpdate:
    return FlowUpdate(
        flow_id=flow_id, agency=Agency.WORK24, step=step, status=status, message=message
    )


# --- tests ------------------------------------------------------------------------------------


async def test_a_subscriber_gets_its_flows_updates_in_order_and_nothing_else() -> None:
    app = gateway()
    async with serving(app) as url, GraphQLWebSocket.open(url) as client:
        events: EventBus = app.state.gateway.events
        # given a subscription to flow f-1
        await client.subscribe("s1", FLOW_UPDATED, id="f-1")
        await until_receivers(events, "f-1")
        # when f-1 moves twice and f-2 once in between
        queued = update("f-1", "customer_record_sync", FlowStatus.PENDING)
        await publish_flow_update(events, queued)
        await publish_flow_update(events, update("f-2", "approval", FlowStatus.IN_PROGRESS))
        await publish_flow_update(
            events, update("f-1", "customer_record_sync", FlowStatus.IN_PROGRESS, "MDM 처리 중")
        )
        # then exactly f-1's two updates arrive, in order (f-2's would have come second)
        first, second = await client.receive(), await client.receive()
        assert first == {
            "id": "s1",
            "type": "next",
            "payload": {
                "data": {
                    "flowUpdated": {
                        "id": "f-1",
                        "agency": "WORK24",
                        "step": "customer_record_sync",
                        "status": "PENDING",
                        "message": None,
                        "occurredAt": queued.occurred_at.isoformat(),
                    }
                }
            },
        }
        assert second["payload"]["data"]["flowUpdated"]["status"] == "IN_PROGRESS"
        assert second["payload"]["data"]["flowUpdated"]["message"] == "MDM 처리 중"
        # and when the client completes, the gateway stops listening and sends nothing more
        await client.complete("s1")
        await until_receivers(events, "f-1", 0)
        await client.send({"type": "ping"})
        assert await client.receive() == {"type": "pong"}


async def test_the_stream_completes_after_a_final_status() -> None:
    app = gateway()
    async with serving(app) as url, GraphQLWebSocket.open(url) as client:
        events: EventBus = app.state.gateway.events
        await client.subscribe("s1", FLOW_UPDATED, id="hometax-7")
        await until_receivers(events, "hometax-7")
        await publish_flow_update(events, update("hometax-7", "approval", FlowStatus.SUCCEEDED))
        assert (await client.receive())["payload"]["data"]["flowUpdated"]["status"] == "SUCCEEDED"
        assert await client.receive() == {"id": "s1", "type": "complete"}
        assert await events.receivers(flow_topic("hometax-7")) == 0


async def test_one_connection_may_follow_several_flows() -> None:
    app = gateway()
    async with serving(app) as url, GraphQLWebSocket.open(url) as client:
        events: EventBus = app.state.gateway.events
        await client.subscribe("a", FLOW_UPDATED, id="f-a")
        await client.subscribe("b", FLOW_UPDATED, id="f-b")
        await until_receivers(events, "f-a")
        await until_receivers(events, "f-b")
        await publish_flow_update(events, update("f-b", "sync", FlowStatus.FAILED))
        await publish_flow_update(events, update("f-a", "sync", FlowStatus.SUCCEEDED))
        received = [await client.receive() for _ in range(4)]
        nexts = {m["id"]: m["payload"]["data"]["flowUpdated"] for m in received if "payload" in m}
        assert {k: v["status"] for k, v in nexts.items()} == {"a": "SUCCEEDED", "b": "FAILED"}
        assert sorted(m["id"] for m in received if m["type"] == "complete") == ["a", "b"]


async def test_a_subscriber_that_falls_behind_is_told_to_resubscribe() -> None:
    # given a bus that lets one update wait per subscriber
    async with MemoryEventBus(max_pending=1) as bus:
        app = gateway(events=bus)
        async with (
            serving(app) as url,
            GraphQLWebSocket.open(url, **{"Accept-Language": "en"}) as c,
        ):
            await c.subscribe("s1", FLOW_UPDATED, id="f-1")
            await until_receivers(bus, "f-1")
            # when two updates come before the gateway could take the first
            await bus.publish(flow_topic("f-1"), update("f-1", "sync", FlowStatus.PENDING))
            await bus.publish(flow_topic("f-1"), update("f-1", "sync", FlowStatus.IN_PROGRESS))
            # then the stream ends with an error that says what to do
            message = await c.receive()
            [error] = message["payload"]["errors"]
            assert error["extensions"]["code"] == "EVENTS_MISSED"
            assert "Subscribe again" in error["message"]
            assert await c.receive() == {"id": "s1", "type": "complete"}


async def test_an_overlong_flow_id_is_refused() -> None:
    async with serving(gateway()) as url, GraphQLWebSocket.open(url) as client:
        await client.subscribe("s1", FLOW_UPDATED, id="x" * 201)
        [error] = (await client.receive())["payload"]["errors"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT"
        assert "입력값이 올바르지 않습니다" in error["message"]
        assert await client.receive() == {"id": "s1", "type": "complete"}


async def test_a_connection_without_a_required_api_key_is_closed_as_forbidden() -> None:
    nts = httpx.MockTransport(lambda request: httpx.Response(503))
    app = create_app(make_settings(allow_anonymous=False), transports={"nts": nts})
    protocol = Subprotocol("graphql-transport-ws")
    async with serving(app) as url, connect(url, subprotocols=[protocol]) as connection:
        await connection.send(orjson.dumps({"type": "connection_init"}).decode())
        with pytest.raises(ConnectionClosed) as closed:
            await connection.recv()
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 4403
