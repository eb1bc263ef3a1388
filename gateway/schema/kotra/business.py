"""`Business.kotra`: the business as KOTRA sees it (one batched call per 100 businesses)."""

from __future__ import annotations

import strawberry

from gateway.context import Info
from gateway.schema.kotra.types import KotraCompany


@strawberry.type
class KotraBusinessFields:
    """Mixed into `Business` (which holds ``number``)."""

    @strawberry.field(
        description="KOTRA 무역투자24 — the company as KOTRA knows it (registered in the "
        "integrated membership, or in its directory); null when KOTRA does not know it."
    )
    async def kotra(self, info: Info) -> KotraCompany | None:
        number: str = self.number  # type: ignore[attr-defined]
        found = await info.context.loaders.kotra_company_by_number.load(number)
        return KotraCompany.of_company(found) if found else None
