"""Events between gateway replicas: a bus with an in-process and a Redis implementation.

``bus`` (interface, typed events and topics), ``fanout`` (bounded per-subscriber buffers),
``memory`` and ``redis_bus`` (the implementations), ``factory`` (the one settings choose) and
``flows`` (the first events: updates of agency flows that finish later).
"""

from gateway.events.bus import (
    Event,
    EventBus,
    EventBusError,
    EventBusUnavailableError,
    EventsMissedError,
    Topic,
)
from gateway.events.factory import create_event_bus, open_event_bus
from gateway.events.memory import MemoryEventBus
from gateway.events.redis_bus import RedisEventBus

__all__ = [
    "Event",
    "EventBus",
    "EventBusError",
    "EventBusUnavailableError",
    "EventsMissedError",
    "MemoryEventBus",
    "RedisEventBus",
    "Topic",
    "create_event_bus",
    "open_event_bus",
]
