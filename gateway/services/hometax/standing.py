"""`Business.hometax`: department-user standing, batched per request so N businesses make one
Hometax call (its batch lookup takes 100 numbers).

The loader hangs off the request's `Loaders` object (one per request, never shared), in a weak
map, because the shared `Loaders` dataclass has no Hometax member yet.
"""

from __future__ import annotations

import weakref

from connectors.hometax import HometaxConnector, Standing
from gateway.loaders import Loaders
from gateway.observability.loaders import ObservedLoader

BATCH = 100
_LOADERS: weakref.WeakKeyDictionary[Loaders, HometaxStandingByNumberLoader] = (
    weakref.WeakKeyDictionary()
)


class HometaxStandingByNumberLoader(ObservedLoader[str, Standing]):
    def __init__(self, hometax: HometaxConnector) -> None:
        super().__init__(None)
        self.max_batch_size = BATCH
        self.hometax = hometax

    async def batch_load_fn(self, keys: list[str]) -> list[Standing | Exception]:  # type: ignore[override]
        found = await self.hometax.standing(keys)
        return [found.get(key) or Standing(key, False, None) for key in keys]


def standing_loader(loaders: Loaders, hometax: HometaxConnector) -> HometaxStandingByNumberLoader:
    """The request's loader (made on first use)."""
    loader = _LOADERS.get(loaders)
    if loader is None:
        loader = _LOADERS[loaders] = HometaxStandingByNumberLoader(hometax)
    return loader
