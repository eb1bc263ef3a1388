"""The in-process event bus: fan-out, topics, bounded buffers, closing; flow updates."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from gateway.events import (
    EventBus,
    EventsMissedError,
    MemoryEventBus,
    RedisEventBus,
    create_event_bus,
)
from gateway.events.flows import (
    Agency,
    FlowStatus,
    FlowUpdate,
    flow_topic,
    flow_updates,
    publish_flow_update,
)
from gateway.settings import SettingsError
from tests.gateway.conftest import make_settings
from tests.gateway.test_subscriptions_flows import until_receivers

F1, F2 = flow_topic("f-1"), flow_topic("f-2")


def update(
    flow_id: str = "f-1", status: FlowStatus = FlowStatus.IN_PROGRESS, step: str = "sync"
) -> FlowUpdate:
    return FlowUpdate(flow_id=flow_id, agency=Agency.WORK24, step=step, status=status)


async def test_every_subscriber_of_a_topic_gets_every_event_in_order() -> None:
    async with MemoryEventBus() as bus, bus.subscribe(F1) as first, bus.subscribe(F1) as second:
        # when
        sent = [update(step=f"step-{i}") for i in range(3)]
        reached = [await bus.publish(F1, event) for event in sent]
        # then
        assert reached == [2, 2, 2]
        assert [await anext(first) for _ in sent] == sent
        assert [await anext(second) for _ in sent] == sent


async def test_an_event_reaches_only_its_topic() -> None:
    async with MemoryEventBus() as bus, bus.subscribe(F1) as f1, bus.subscribe(F2) as f2:
        await bus.publish(F2, update("f-2"))
        await bus.publish(F1, update("f-1"))
        assert (await anext(f1)).flow_id == "f-1"
        assert (await anext(f2)).flow_id == "f-2"
        assert await bus.receivers(flow_topic("f-3")) == 0
        assert await bus.publish(flow_topic("f-3"), update("f-3")) == 0


async def test_events_before_subscribing_are_not_replayed() -> None:
    async with MemoryEventBus() as bus:
        await bus.publish(F1, update(step="early"))
        async with bus.subscribe(F1) as events:
            await bus.publish(F1, update(step="late"))
            assert (await anext(events)).step == "late"


async def test_a_slow_subscriber_is_cut_off_and_the_others_keep_receiving() -> None:
    # given a bus allowing two pending events, a subscriber that reads and one that does not
    async with (
        MemoryEventBus(max_pending=2) as bus,
        bus.subscribe(F1) as fast,
        bus.subscribe(F1) as slow,
    ):
        received = []
        # when three events are published
        for i in range(3):
            await bus.publish(F1, update(step=f"step-{i}"))
            received.append(await anext(fast))
        # then the fast one got all three, the slow one is told it missed events at once
        assert [e.step for e in received] == ["step-0", "step-1", "step-2"]
        with pytest.raises(EventsMissedError, match="more than 2 events pending"):
            await anext(slow)
        assert await bus.receivers(F1) == 1
        assert await bus.publish(F1, update(step="step-3")) == 1


async def test_leaving_the_block_unsubscribes() -> None:
    async with MemoryEventBus() as bus:
        async with bus.subscribe(F1):
            assert await bus.receivers(F1) == 1
        assert await bus.receivers(F1) == 0


async def test_closing_the_bus_ends_every_stream_after_its_pending_events() -> None:
    bus = MemoryEventBus()
    await bus.start()
    async with bus.subscribe(F1) as events:
        await bus.publish(F1, update(step="last"))
        waiting = asyncio.create_task(anext(events))
        await bus.aclose()
        assert (await waiting).step == "last"
        with pytest.raises(StopAsyncIteration):
            await anext(events)


async def test_flow_updates_end_after_the_first_final_status() -> None:
    async with MemoryEventBus() as bus:
        stream = flow_updates(bus, "f-1")
        first = asyncio.create_task(anext(stream))
        await until_receivers(bus, F1)
        for status in (FlowStatus.IN_PROGRESS, FlowStatus.FAILED, FlowStatus.SUCCEEDED):
            await publish_flow_update(bus, update(status=status))
        assert (await first).status is FlowStatus.IN_PROGRESS
        assert [u.status async for u in stream] == [FlowStatus.FAILED]
        assert await bus.receivers(F1) == 0


def test_a_flow_update_travels_as_json_and_comes_back_equal() -> None:
    sent = FlowUpdate(
        flow_id="f-1",
        agency=Agency.HOMETAX,
        step="approval",
        status=FlowStatus.SUCCEEDED,
        message="승인되었습니다.",
        occurred_at=datetime(2025, 3, 1, 9, 30, tzinfo=UTC),
    )
    wire = sent.encode()
    assert "승인되었습니다.".encode() in wire  # orjson: Hangul as UTF-8
    assert FlowUpdate.decode(wire) == sent


def test_a_flow_update_needs_an_aware_time() -> None:
    with pytest.raises(ValueError, match="timezone"):
        FlowUpdate.model_validate({**update().model_dump(), "occurred_at": datetime(2025, 3, 1)})


async def test_settings_choose_the_bus() -> None:
    assert isinstance(create_event_bus(make_settings()), MemoryEventBus)
    with pytest.raises(SettingsError, match="GATEWAY_REDIS_URL"):
        create_event_bus(make_settings(event_bus="redis"))
    chosen: EventBus = create_event_bus(make_settings(redis_url="redis://127.0.0.1:1/0"))
    assert isinstance(chosen, RedisEventBus)  # not started: no connection is made
    await chosen.aclose()
    forced = create_event_bus(make_settings(event_bus="memory", redis_url="redis://x:1/0"))
    assert isinstance(forced, MemoryEventBus)
