"""Per-request DataLoaders: N lookups of one kind become one upstream call per agency.

Loaders are built for each request inside the running loop, never shared between requests, so
their caches never leak one client's answers to another. Each derives from ``ObservedLoader``,
which reports loads, cache hits and batches to the app's metrics and traces (when on).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TypeVar

from connectors.errors import UpstreamContractError
from connectors.hometax import Standing
from connectors.kosme import Resume as KosmeResume
from connectors.kotra import payloads as kotra_payloads
from connectors.nts import NtsRegistration, NtsStatus
from connectors.work24 import Member as Work24Member
from gateway.observability import Observability
from gateway.observability.loaders import ObservedLoader
from gateway.services.kosme import resumes as kosme_resumes
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


class _AgencyLoader(ObservedLoader[str, V]):
    """A loader over one agency's batch lookup by business number (at most ``batch_limit``
    numbers a call)."""

    batch_limit = 100

    def __init__(self, upstreams: Upstreams, observability: Observability | None = None) -> None:
        super().__init__(observability)
        self.max_batch_size = self.batch_limit
        self.upstreams = upstreams


class Work24MemberByNumberLoader(_AgencyLoader[Work24Member | None]):
    """`Business.work24`: the member, or None for a business that is not one."""

    async def batch_load_fn(self, keys: list[str]) -> list[Work24Member | None]:
        found = await self.upstreams.work24.members(list(dict.fromkeys(keys)))
        return [found.get(key) for key in keys]


class KotraCompanyByNumberLoader(_AgencyLoader[kotra_payloads.Company | None]):
    """`Business.kotra`: the company as KOTRA knows it, or None."""

    async def batch_load_fn(self, keys: list[str]) -> list[kotra_payloads.Company | None]:
        found = await self.upstreams.kotra.companies(keys)
        return [found.get(key) for key in keys]


class HometaxStandingByNumberLoader(_AgencyLoader[Standing]):
    """`Business.hometax`: the department-user standing (unknown businesses have none)."""

    async def batch_load_fn(self, keys: list[str]) -> list[Standing]:
        found = await self.upstreams.hometax.standing(keys)
        return [found.get(key) or Standing(key, False, None) for key in keys]


class KosmeResumeByIdLoader(ObservedLoader[tuple[str, str], KosmeResume | None]):
    """`node(id:)` on KOSME résumés, keyed by (member token, résumé id): every résumé a request
    asks for by id, however many `node` fields, in one call per login (see
    :func:`gateway.services.kosme.resumes.get_resumes`)."""

    def __init__(self, upstreams: Upstreams, observability: Observability | None = None) -> None:
        super().__init__(observability)
        self.upstreams = upstreams

    async def batch_load_fn(self, keys: list[tuple[str, str]]) -> list[KosmeResume | None]:
        found: dict[tuple[str, str], KosmeResume | None] = {}
        for token in dict.fromkeys(token for token, _ in keys):
            ids = [resume_id for key_token, resume_id in keys if key_token == token]
            answers = await kosme_resumes.get_resumes(self.upstreams.kosme, token, ids)
            found.update(((token, i), resume) for i, resume in zip(ids, answers, strict=True))
        return [found[key] for key in keys]


class Loaders:
    """A request's loaders, each built on first use: a request pays only for the agencies
    its query touches (building one costs a few microseconds, and there is one per agency)."""

    def __init__(self, upstreams: Upstreams, observability: Observability | None = None) -> None:
        self.upstreams = upstreams
        self.observability = observability

    @cached_property
    def nts_status_by_number(self) -> NtsStatusByNumberLoader:
        return NtsStatusByNumberLoader(self.upstreams, self.observability)

    @cached_property
    def nts_registration_by_number(self) -> NtsRegistrationByNumberLoader:
        return NtsRegistrationByNumberLoader(self.upstreams, self.observability)

    @cached_property
    def work24_member_by_number(self) -> Work24MemberByNumberLoader:
        return Work24MemberByNumberLoader(self.upstreams, self.observability)

    @cached_property
    def kotra_company_by_number(self) -> KotraCompanyByNumberLoader:
        return KotraCompanyByNumberLoader(self.upstreams, self.observability)

    @cached_property
    def hometax_standing_by_number(self) -> HometaxStandingByNumberLoader:
        return HometaxStandingByNumberLoader(self.upstreams, self.observability)

    @cached_property
    def kosme_resume_by_id(self) -> KosmeResumeByIdLoader:
        return KosmeResumeByIdLoader(self.upstreams, self.observability)


def create_loaders(upstreams: Upstreams, observability: Observability | None = None) -> Loaders:
    return Loaders(upstreams, observability)
