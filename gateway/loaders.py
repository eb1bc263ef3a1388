"""Per-request DataLoaders: N lookups of one kind become one upstream call per agency.

Loaders are built for each request inside the running loop, never shared between requests, so
their caches never leak one client's answers to another. Each derives from ``ObservedLoader``,
which reports loads, cache hits and batches to the app's metrics and traces (when on).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

from connectors.errors import UpstreamContractError
from connectors.nts import NtsRegistration, NtsStatus
from gateway.observability import Observability
from gateway.observability.loaders import ObservedLoader
from gateway.upstreams import Upstreams

V = TypeVar("V")


def _in_order(agency: str, keys: list[str], found: Mapping[str, V]) -> list[V | Exception]:
    """Values in key order; a key the agency left out fails alone, not the whole batch."""
    return [
        found[key] if key in found else UpstreamContractError(agency, f"no answer for {key}")
        for key in keys
    ]


class NtsStatusByNumberLoader(ObservedLoader[str, NtsStatus]):
    def __init__(self, upstreams: Upstreams, observability: Observability | None = None) -> None:
        super().__init__(observability)
        self.upstreams = upstreams

    async def batch_load_fn(self, keys: list[str]) -> list[NtsStatus | Exception]:  # type: ignore[override]
        return _in_order("nts", keys, await self.upstreams.nts.status(keys))


class NtsRegistrationByNumberLoader(ObservedLoader[str, NtsRegistration]):
    def __init__(self, upstreams: Upstreams, observability: Observability | None = None) -> None:
        super().__init__(observability)
        self.upstreams = upstreams

    async def batch_load_fn(self, keys: list[str]) -> list[NtsRegistration | Exception]:  # type: ignore[override]
        return _in_order("nts", keys, await self.upstreams.nts.registry(keys))


@dataclass(frozen=True)
class Loaders:
    nts_status_by_number: NtsStatusByNumberLoader
    nts_registration_by_number: NtsRegistrationByNumberLoader


def create_loaders(upstreams: Upstreams, observability: Observability | None = None) -> Loaders:
    return Loaders(
        nts_status_by_number=NtsStatusByNumberLoader(upstreams, observability),
        nts_registration_by_number=NtsRegistrationByNumberLoader(upstreams, observability),
    )
