"""The bus the settings choose: Redis when ``event_bus`` says so (or, on ``auto``, when
``redis_url`` is set), in-process otherwise."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from gateway.events.bus import EventBus
from gateway.events.memory import MemoryEventBus
from gateway.events.redis_bus import RedisEventBus
from gateway.settings import Settings, SettingsError


def create_event_bus(settings: Settings) -> EventBus:
    """A bus, not yet started."""
    kind = settings.event_bus
    if kind == "auto":
        kind = "redis" if settings.redis_url else "memory"
    if kind == "memory":
        return MemoryEventBus()
    if settings.redis_url is None:
        raise SettingsError("GATEWAY_EVENT_BUS=redis needs GATEWAY_REDIS_URL")
    return RedisEventBus(settings.redis_url)


@asynccontextmanager
async def open_event_bus(settings: Settings) -> AsyncIterator[EventBus]:
    """Start the chosen bus (Redis must answer) and close it after the block."""
    async with create_event_bus(settings) as bus:
        yield bus
