"""The Redis bus: events cross gateway replicas over Redis pub/sub.

Each replica holds two Redis connections for the bus, whatever the number of subscribers:

* one for publishing (``PUBLISH <prefix><topic>``, the event as orjson bytes), so one replica's
  events on a topic reach Redis in the order they were published;
* one pub/sub connection, read by one task, that is subscribed to a channel per topic while this
  replica has at least one subscriber to it (``SUBSCRIBE`` on the first, ``UNSUBSCRIBE`` after the
  last); a received event is decoded once and fanned out locally (:mod:`gateway.events.fanout`).

Redis pub/sub keeps nothing for a disconnected listener. So when the pub/sub connection fails,
every local subscriber is cut off with :class:`EventsMissedError` (its client resubscribes and
rereads the state) and the reader reconnects with backoff.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.client import PubSub
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from gateway.events.bus import E, Event, EventBus, EventBusUnavailableError, Topic
from gateway.events.fanout import FanOut
from gateway.events.memory import DEFAULT_MAX_PENDING

log = logging.getLogger("gateway.events")

DEFAULT_CHANNEL_PREFIX = "agency-gateway:events:"
_POLL = 1.0  # seconds the reader waits for a message before checking in again
_CONFIRM_TIMEOUT = 5.0  # seconds Redis has to acknowledge a SUBSCRIBE
_BACKOFF = (0.1, 5.0)  # first and longest pause between reconnection attempts


def _redis(url: str, **options: Any) -> Redis:
    """A client whose reads, writes and connects give up after 5 s, pinging when idle 15 s."""
    return Redis.from_url(
        url, socket_connect_timeout=5.0, socket_timeout=5.0, health_check_interval=15, **options
    )


@dataclass
class _Channel:
    """A topic this replica is subscribed to."""

    event_type: type[Event]
    confirmed: asyncio.Event = field(default_factory=asyncio.Event)


class RedisEventBus(EventBus):
    """Pub/sub on ``<channel_prefix><topic name>``; see the module docstring."""

    def __init__(
        self,
        url: str,
        *,
        channel_prefix: str = DEFAULT_CHANNEL_PREFIX,
        max_pending: int = DEFAULT_MAX_PENDING,
    ) -> None:
        self.max_pending = max_pending
        self._prefix = channel_prefix
        self._local = FanOut(max_pending)
        # Connections are named after the prefix, so `CLIENT LIST` tells them apart.
        self._publisher = _redis(
            url, single_connection_client=True, client_name=f"{channel_prefix}publisher"
        )
        # No silent retries on the listening side: a broken connection must surface so that
        # subscribers learn they may have missed events.
        self._listener = _redis(
            url, retry=Retry(NoBackoff(), 0), client_name=f"{channel_prefix}listener"
        )
        self._pubsub: PubSub = self._listener.pubsub()
        self._channels: dict[str, _Channel] = {}
        self._lock = asyncio.Lock()
        self._reader: asyncio.Task[None] | None = None
        self._closing = False

    def _channel(self, topic: str) -> str:
        return f"{self._prefix}{topic}"

    async def start(self) -> None:
        try:
            await self._publisher.ping()
            await self._pubsub.connect()  # type: ignore[no-untyped-call]
        except RedisError as exc:
            await self._close_connections()
            raise EventBusUnavailableError(f"Redis cannot be reached: {exc}") from exc
        self._reader = asyncio.create_task(self._read(), name="gateway-events-redis-reader")

    async def aclose(self) -> None:
        self._closing = True
        if self._reader is not None:
            # redis-py can swallow a cancellation that coincides with its read timeout; the
            # flag then ends the reader at its next poll.
            self._reader.cancel()
            with suppress(asyncio.CancelledError):
                await self._reader
            self._reader = None
        self._local.end_all()
        await self._close_connections()

    async def _close_connections(self) -> None:
        with suppress(RedisError):
            await self._pubsub.aclose()  # type: ignore[no-untyped-call]
        await self._listener.aclose()
        await self._publisher.aclose()

    async def publish(self, topic: Topic[E], event: E) -> int:
        try:
            return int(await self._publisher.publish(self._channel(topic.name), event.encode()))
        except RedisError as exc:
            raise EventBusUnavailableError(f"cannot publish on {topic.name!r}: {exc}") from exc

    async def receivers(self, topic: Topic[E]) -> int:
        try:
            [(_, count)] = await self._publisher.pubsub_numsub(self._channel(topic.name))
        except RedisError as exc:
            raise EventBusUnavailableError(f"cannot count receivers: {exc}") from exc
        return int(count)

    @asynccontextmanager
    async def subscribe(self, topic: Topic[E]) -> AsyncIterator[AsyncIterator[E]]:
        subscriber = self._local.add(topic.name)
        try:
            await self._join(topic)
            yield subscriber
        finally:
            self._local.remove(subscriber)
            await self._leave(topic.name)

    async def _join(self, topic: Topic[E]) -> None:
        """Subscribe the replica to the topic's channel unless it is already, and wait until
        Redis has acknowledged it (the reader sets ``confirmed``)."""
        if self._closing or self._reader is None:
            raise EventBusUnavailableError("the event bus is not running")
        async with self._lock:
            channel = self._channels.get(topic.name)
            if channel is None:
                channel = self._channels[topic.name] = _Channel(topic.event_type)
                try:
                    await self._pubsub.subscribe(self._channel(topic.name))
                except RedisError as exc:
                    raise EventBusUnavailableError(f"cannot subscribe: {exc}") from exc
        try:
            async with asyncio.timeout(_CONFIRM_TIMEOUT):
                await channel.confirmed.wait()
        except TimeoutError:
            raise EventBusUnavailableError("Redis did not acknowledge the subscription") from None

    async def _leave(self, topic: str) -> None:
        async with self._lock:
            if self._local.count(topic) or self._channels.pop(topic, None) is None:
                return
            try:
                await self._pubsub.unsubscribe(self._channel(topic))
            except RedisError:  # the reader resets the broken connection, subscriptions and all
                log.warning("unsubscribe failed", extra={"topic": topic}, exc_info=True)

    async def _read(self) -> None:
        """Receive from the pub/sub connection until closed; reconnect after a failure."""
        pause = _BACKOFF[0]
        while not self._closing:
            try:
                await self._pubsub.connect()  # type: ignore[no-untyped-call]
                message = await self._pubsub.get_message(timeout=_POLL)
            except (RedisError, OSError) as exc:
                if pause == _BACKOFF[0]:
                    log.warning("event bus lost Redis; reconnecting", extra={"error": str(exc)})
                await self._reset(f"the event bus lost its Redis connection: {exc}")
                await asyncio.sleep(pause)
                pause = min(pause * 2, _BACKOFF[1])
                continue
            pause = _BACKOFF[0]
            if message is not None:
                try:
                    self._dispatch(message)
                except Exception:  # one bad message must not stop the replica's events
                    log.exception("event dispatch failed")

    async def _reset(self, reason: str) -> None:
        """Drop the pub/sub connection and cut off every local subscriber."""
        async with self._lock:
            old, self._pubsub = self._pubsub, self._listener.pubsub()
            channels, self._channels = self._channels, {}
            self._local.fail_all(reason)
            for channel in channels.values():
                channel.confirmed.set()  # wakes joiners; their streams raise EventsMissedError
        with suppress(RedisError, OSError):
            await old.aclose()  # type: ignore[no-untyped-call]

    def _dispatch(self, message: dict[str, object]) -> None:
        raw_channel = message.get("channel")
        if not isinstance(raw_channel, bytes):
            return
        topic = raw_channel.decode().removeprefix(self._prefix)
        channel = self._channels.get(topic)
        if channel is None:  # a late message after the last local subscriber left
            return
        if message["type"] == "subscribe":
            channel.confirmed.set()
        elif message["type"] == "message":
            data = message["data"]
            assert isinstance(data, bytes)
            try:
                event = channel.event_type.decode(data)
            except ValueError:  # JSON or validation: a publisher speaking another version
                log.warning("undecodable event dropped", extra={"topic": topic}, exc_info=True)
                return
            self._local.deliver(topic, event)
