"""The Redis event bus: events cross replicas. Runs when GATEWAY_TEST_REDIS_URL is set.

Every test uses its own channel prefix, so parallel runs on one Redis do not see each other.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from gateway.events import (
    EventBus,
    EventsMissedError,
    RedisEventBus,
    open_event_bus,
)
from gateway.events.flows import Agency, FlowStatus, FlowUpdate, flow_topic, publish_flow_update
from tests.conftest import running
from tests.gateway.conftest import make_settings
from tests.gateway.test_subscriptions_flows import (
    FLOW_UPDATED,
    GraphQLWebSocket,
    gateway,
    serving,
    until_receivers,
)

pytestmark = pytest.mark.redis

F1 = flow_topic("f-1")


def redis_url() -> str:
    url = os.environ.get("GATEWAY_TEST_REDIS_URL")
    if not url:
        pytest.skip("GATEWAY_TEST_REDIS_URL is not set (CI sets it; see .ci/run)")
    return url


@pytest.fixture
def prefix() -> str:
    return f"test-{uuid.uuid4().hex[:12]}:"


@pytest.fixture
async def buses(prefix: str) -> AsyncIterator[tuple[RedisEventBus, RedisEventBus]]:
    """Two buses on one Redis, as two gateway replicas hold them."""
    url = redis_url()
    async with (
        RedisEventBus(url, channel_prefix=prefix) as one,
        RedisEventBus(url, channel_prefix=prefix) as other,
    ):
        yield one, other


def update(step: str, status: FlowStatus = FlowStatus.IN_PROGRESS) -> FlowUpdate:
    return FlowUpdate(flow_id="f-1", agency=Agency.HOMETAX, step=step, status=status)


async def test_an_event_published_on_one_replica_reaches_a_subscriber_on_another(
    buses: tuple[RedisEventBus, RedisEventBus],
) -> None:
    here, there = buses
    async with here.subscribe(F1) as events:
        # when another replica publishes three updates
        sent = [update(f"step-{i}") for i in range(3)]
        reached = [await there.publish(F1, event) for event in sent]
        # then they arrive typed, equal and in order, through one subscribed replica
        assert reached == [1, 1, 1]
        async with asyncio.timeout(5):
            assert [await anext(events) for _ in sent] == sent


async def test_local_subscribers_share_one_redis_subscription(
    buses: tuple[RedisEventBus, RedisEventBus],
) -> None:
    here, there = buses
    async with here.subscribe(F1) as first, here.subscribe(F1) as second:
        assert await there.receivers(F1) == 1  # one replica is listening
        await there.publish(F1, update("sync"))
        async with asyncio.timeout(5):
            assert (await anext(first)).step == (await anext(second)).step == "sync"


async def test_the_replica_unsubscribes_after_its_last_subscriber_leaves(
    buses: tuple[RedisEventBus, RedisEventBus],
) -> None:
    here, there = buses
    async with here.subscribe(F1), here.subscribe(flow_topic("f-2")):
        assert await there.receivers(F1) == 1
    await until_receivers(there, F1, 0)
    await until_receivers(there, flow_topic("f-2"), 0)
    assert await there.publish(F1, update("late")) == 0


async def test_subscribers_are_told_when_the_connection_to_redis_drops(
    buses: tuple[RedisEventBus, RedisEventBus], prefix: str
) -> None:
    here, there = buses
    async with here.subscribe(F1) as events:
        # when Redis drops the replica's listening connection
        await kill_connections(f"{prefix}listener")
        # then its subscriber learns that it may have missed events
        with pytest.raises(EventsMissedError, match="lost its Redis connection"):
            async with asyncio.timeout(5):
                await anext(events)
    # and a new subscription works on a new connection
    async with here.subscribe(F1) as events:
        assert await there.publish(F1, update("after")) == 1
        async with asyncio.timeout(5):
            assert (await anext(events)).step == "after"


async def kill_connections(name: str) -> None:
    """Make Redis close the connections of that name (both replicas' listeners, here)."""
    async with Redis.from_url(redis_url()) as admin:
        addresses = [c["addr"] for c in await admin.client_list() if c["name"] == name]
        assert addresses
        for address in addresses:
            await admin.client_kill(address)


async def test_settings_with_a_redis_url_choose_the_redis_bus() -> None:
    settings = make_settings(redis_url=redis_url())
    async with open_event_bus(settings) as bus, open_event_bus(settings) as other:
        assert isinstance(bus, RedisEventBus)
        topic = flow_topic(f"settings-{uuid.uuid4().hex}")  # unique on the default prefix
        async with bus.subscribe(topic) as events:
            await other.publish(topic, update("sync"))
            async with asyncio.timeout(5):
                assert (await anext(events)).step == "sync"


async def test_a_subscriber_on_one_gateway_receives_an_event_raised_on_another(
    buses: tuple[RedisEventBus, RedisEventBus],
) -> None:
    # given two gateway replicas on one Redis, a client subscribed through the first
    bus_one, bus_two = buses
    one, two = gateway(events=bus_one), gateway(events=bus_two)
    async with serving(one) as url, running(two), GraphQLWebSocket.open(url) as client:
        await client.subscribe("s1", FLOW_UPDATED, id="f-1")
        replica_two: EventBus = two.state.gateway.events
        await until_receivers(replica_two, "f-1")
        # when the agency's answer reaches the second replica
        done = update("approval", FlowStatus.SUCCEEDED)
        assert await publish_flow_update(replica_two, done) == 1
        # then the client hears of it through the first, and the stream completes
        flow = (await client.receive())["payload"]["data"]["flowUpdated"]
        assert (flow["id"], flow["agency"], flow["status"]) == ("f-1", "HOMETAX", "SUCCEEDED")
        assert await client.receive() == {"id": "s1", "type": "complete"}
