"""The per-request loader of KOTRA's companies by number: N lookups, one agency call per 100."""

from __future__ import annotations

from strawberry.dataloader import DataLoader

from connectors.kotra import payloads as p
from gateway.context import Context

_ATTRIBUTE = "_kotra_company_by_number"


def company_by_number(context: Context) -> DataLoader[str, p.Company | None]:
    """The request's loader, kept on its context (made in the running loop, never shared
    between requests). `gateway.loaders.Loaders` would be its natural home."""
    found: DataLoader[str, p.Company | None] | None = getattr(context, _ATTRIBUTE, None)
    if found is None:
        kotra = context.upstreams.kotra

        async def load(numbers: list[str]) -> list[p.Company | None]:
            known = await kotra.companies(numbers)
            return [known.get(number) for number in numbers]

        found = DataLoader(load_fn=load, max_batch_size=100)
        setattr(context, _ATTRIBUTE, found)
    return found
