"""Members by business number: one Work24 call per request for any number of businesses.

The loader lives for one request (keyed by its context, dropped with it): ``businesses(100)``
with ``work24`` makes one ``POST /members/lookup``.
"""

from __future__ import annotations

import weakref
from typing import Any

from connectors.work24 import Member, Work24Connector
from gateway.observability.loaders import ObservedLoader


class Work24MemberByNumberLoader(ObservedLoader[str, Member | None]):
    def __init__(self, connector: Work24Connector) -> None:
        super().__init__()
        self.connector = connector

    async def batch_load_fn(self, keys: list[str]) -> list[Member | None]:
        found = await self.connector.members(list(dict.fromkeys(keys)))
        return [found.get(key) for key in keys]


_LOADERS: dict[int, tuple[weakref.ref[Any], Work24MemberByNumberLoader]] = {}


def member_loader(context: Any, connector: Work24Connector) -> Work24MemberByNumberLoader:
    """The request's loader (``context`` is the request's GraphQL context)."""
    key = id(context)
    held = _LOADERS.get(key)
    if held is not None and held[0]() is context:
        return held[1]
    loader = Work24MemberByNumberLoader(connector)

    def forget(ref: weakref.ref[Any]) -> None:
        if key in _LOADERS and _LOADERS[key][0] is ref:
            del _LOADERS[key]

    _LOADERS[key] = (weakref.ref(context, forget), loader)
    return loader
