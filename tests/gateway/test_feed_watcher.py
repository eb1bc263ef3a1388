"""The shared feed watcher over a fake feed: one watcher per connector, its cursor from the
feed's tail, the failure cap, the end of the work, and the graceful, idempotent `stop_all`."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from connectors.errors import UpstreamServerError
from gateway.events import EventBus
from gateway.services import feed_watcher
from gateway.services.feed_watcher import Batch, Feed

POLL = 0.005
"""The fake feed is read every 5 ms."""


@dataclass(eq=False)
class FakeConnector:
    """An upstream client with its own feed: events are seqs, appended by the test."""

    client: httpx.AsyncClient = field(default_factory=httpx.AsyncClient)
    seqs: list[int] = field(default_factory=list)
    pending: bool = True
    answers: list[bool] = field(default_factory=list)
    """Whether each of the next reads answers (False: the agency fails it); then all answer."""
    tail_fails: bool = False
    gate: asyncio.Event | None = None
    """When set, a read waits for it (a read in flight)."""
    tails: int = 0
    reads: list[int] = field(default_factory=list)
    finished_reads: int = 0

    async def tail(self) -> int:
        self.tails += 1
        await asyncio.sleep(0)  # lets a concurrent start interleave
        if self.tail_fails:
            raise UpstreamServerError("fake", 503)
        return max(self.seqs, default=0)

    async def read(self, after: int) -> Batch[int]:
        self.reads.append(after)
        if self.answers and not self.answers.pop(0):
            raise UpstreamServerError("fake", 503)
        if self.gate is not None:
            await self.gate.wait()
        self.finished_reads += 1
        events = [seq for seq in self.seqs if seq > after]
        return Batch(events, max(events, default=after), self.pending)


@dataclass
class Published:
    events: list[tuple[int, int]] = field(default_factory=list)
    """(connector id, seq) of every published event, in order."""


PUBLISHED = Published()


async def _tail(connector: FakeConnector) -> int:
    return await connector.tail()


async def _read(connector: FakeConnector, after: int) -> Batch[int]:
    return await connector.read(after)


def _feed(name: str) -> Feed[FakeConnector, int]:
    async def publish(events: EventBus, seq: int) -> None:
        PUBLISHED.events.append((id(events), seq))

    return Feed(name, _tail, _read, publish)


FAKE = _feed("fake")
OTHER = _feed("other")
BUS: Any = object()
"""The watcher only hands the bus to the feed's publish; the fake publish records it."""


@pytest.fixture(autouse=True)
async def clean() -> AsyncIterator[None]:
    PUBLISHED.events.clear()
    yield
    await feed_watcher.stop_all(grace_seconds=0.05)


@pytest.fixture
async def connector() -> AsyncIterator[FakeConnector]:
    fake = FakeConnector()
    yield fake
    await fake.client.aclose()


async def start(feed: Feed[FakeConnector, int], connector: FakeConnector, **kw: Any) -> None:
    await feed.ensure_watching(connector, BUS, poll_seconds=POLL, **kw)


def watchers(name: str) -> list[asyncio.Task[Any]]:
    return [t for t in asyncio.all_tasks() if t.get_name() == f"{name}-watcher" and not t.done()]


async def until(condition: Any, seconds: float = 1.0) -> None:
    """Poll ``condition`` every 2 ms (the watcher's state has no event to wait on)."""
    async with asyncio.timeout(seconds):
        while True:
            if condition():
                return
            await asyncio.sleep(0.002)


def seqs() -> list[int]:
    return [seq for _, seq in PUBLISHED.events]


async def test_one_watcher_per_connector_and_feed(connector: FakeConnector) -> None:
    # when two requests start the watcher at once, and a third later
    await asyncio.gather(start(FAKE, connector), start(FAKE, connector))
    await start(FAKE, connector)
    # then one runs
    assert FAKE.watching(connector)
    assert len(watchers("fake")) == 1
    # and another connector, or another feed of the same connector, gets its own
    other = FakeConnector()
    await start(FAKE, other)
    await start(OTHER, connector)
    assert len(watchers("fake")) == 2
    assert OTHER.watching(connector)
    assert not OTHER.watching(other)
    await feed_watcher.stop_all()
    await other.client.aclose()


async def test_without_an_event_bus_nothing_starts(connector: FakeConnector) -> None:
    await FAKE.ensure_watching(connector, None, poll_seconds=POLL)
    assert not FAKE.watching(connector)
    assert connector.tails == 0


async def test_the_cursor_starts_at_the_tail(connector: FakeConnector) -> None:
    # given changes made before the watcher starts
    connector.seqs = [1, 2, 3]
    await start(FAKE, connector)
    # then its first read is after them
    await until(lambda: connector.reads)
    assert connector.reads[0] == 3
    # and only what follows is published, in order, each once
    connector.seqs += [4, 5]
    await until(lambda: connector.reads[-1] == 5)
    await until(lambda: connector.reads.count(5) >= 2)
    assert seqs() == [4, 5]
    assert PUBLISHED.events[0][0] == id(BUS)


async def test_an_unavailable_tail_starts_nothing_and_fails_nothing(
    connector: FakeConnector,
) -> None:
    connector.tail_fails = True
    await start(FAKE, connector)
    assert not FAKE.watching(connector)
    # the next start resumes
    connector.tail_fails = False
    await start(FAKE, connector)
    assert FAKE.watching(connector)


async def test_a_watcher_gives_up_after_max_failures_in_a_row(connector: FakeConnector) -> None:
    # given a feed that fails two reads, answers one, then fails for good
    connector.answers = [False, False, True] + [False] * 10
    await start(FAKE, connector, max_failures=3)
    # then the answer reset the count, and three failures in a row stop the watcher
    await until(lambda: not FAKE.watching(connector))
    assert len(connector.reads) == 2 + 1 + 3
    assert connector.finished_reads == 1
    assert watchers("fake") == []


async def test_a_watcher_stops_when_nothing_is_left(connector: FakeConnector) -> None:
    # given a watcher, and the last pending change published
    await start(FAKE, connector)
    connector.seqs = [1]
    connector.pending = False
    # then it reads once more (nothing new, nothing pending) and stops
    await until(lambda: not FAKE.watching(connector))
    assert seqs() == [1]
    assert connector.reads[-1] == 1


async def test_a_watcher_stops_when_the_client_closes(connector: FakeConnector) -> None:
    await start(FAKE, connector)
    await until(lambda: connector.reads)
    await connector.client.aclose()
    await until(lambda: not FAKE.watching(connector))


async def test_stop_all_lets_a_read_in_flight_finish(connector: FakeConnector) -> None:
    # given a watcher in the middle of a read
    connector.gate = asyncio.Event()
    await start(FAKE, connector)
    await until(lambda: connector.reads)
    connector.seqs = [1]
    # when the app shuts down, and the read answers within the grace
    stopping = asyncio.create_task(feed_watcher.stop_all(grace_seconds=1.0))
    await asyncio.sleep(0.01)
    assert not stopping.done()
    assert not FAKE.watching(connector)  # told to stop
    connector.gate.set()
    await stopping
    # then the read finished, its event was published, and no other read followed
    assert connector.finished_reads == 1
    assert len(connector.reads) == 1
    assert seqs() == [1]
    assert watchers("fake") == []


async def test_stop_all_cancels_a_read_past_the_grace(connector: FakeConnector) -> None:
    # given a watcher whose read never answers
    connector.gate = asyncio.Event()
    await start(FAKE, connector)
    await until(lambda: connector.reads)
    # when the app shuts down with a short grace
    await asyncio.wait_for(feed_watcher.stop_all(grace_seconds=0.02), 1)
    # then the watcher was cancelled
    assert connector.finished_reads == 0
    assert watchers("fake") == []
    assert not FAKE.watching(connector)


async def test_stop_all_is_idempotent_and_stops_every_feed(connector: FakeConnector) -> None:
    # with no watcher it does nothing
    await feed_watcher.stop_all()
    # given watchers of two feeds
    await start(FAKE, connector)
    await start(OTHER, connector)
    # when the app shuts down twice over
    await feed_watcher.stop_all()
    await feed_watcher.stop_all()
    # then none is left, and a later start watches again
    assert not FAKE.watching(connector)
    assert not OTHER.watching(connector)
    assert watchers("fake") == watchers("other") == []
    await start(FAKE, connector)
    assert FAKE.watching(connector)
