"""GraphQL types of the cross-agency business view."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import Enum
from typing import Any, TypeVar

import strawberry
from strawberry import relay

from connectors.nts import NtsStatus
from gateway.context import Info
from gateway.resolvers import business as resolvers
from gateway.schema.business.enums import BusinessKind, NtsBusinessStatus, NtsTaxType
from gateway.schema.hometax.business import HometaxBusinessFields
from gateway.schema.kotra.business import KotraBusinessFields
from gateway.schema.scalars import BusinessNumber
from gateway.schema.work24.business import Work24BusinessFields
from koreakit import brn

E = TypeVar("E", bound=Enum)


def _convert(kind: type[E], code: Enum | None) -> E | None:
    """Connector enums and schema enums share their values (the NTS codes)."""
    return kind(code.value) if code is not None else None


@strawberry.type(
    description="국세청 등록사항 — registry details of a business, used to autofill agency forms."
)
class NtsRegistryEntry:
    company_name: str | None = strawberry.field(description="상호 — trade name.")
    representative_name: str | None = strawberry.field(description="대표자 성명 — representative.")
    opened_on: date | None = strawberry.field(
        description="개업일 — business opening date as registered with the National Tax Service."
    )
    corporate_number: str | None = strawberry.field(
        description="법인등록번호 — corporate registration number, 13 digits (corporations only)."
    )
    business_sector: str | None = strawberry.field(description="업태 — business sector.")
    business_item: str | None = strawberry.field(description="종목 — business item.")
    industry_code: str | None = strawberry.field(description="주업종코드 — main industry code.")
    address: str | None = strawberry.field(description="사업장 소재지 — place of business.")
    phone: str | None = strawberry.field(description="사업장 전화번호 — business phone.")
    fax: str | None = strawberry.field(description="팩스번호 — fax number.")


@strawberry.type(
    description=(
        "국세청 사업자 상태 — the business as the National Tax Service sees it "
        "(사업자등록정보 상태조회). All fields but `registered` are null for an unknown number."
    )
)
class NtsBusiness:
    number: strawberry.Private[str]
    registered: bool = strawberry.field(
        description="Whether the NTS knows this number (국세청에 등록된 사업자등록번호인지)."
    )
    status: NtsBusinessStatus | None = strawberry.field(description="납세자 상태 — status.")
    status_label: str | None = strawberry.field(
        description="The NTS's own wording of the status (e.g. `계속사업자`)."
    )
    tax_type: NtsTaxType | None = strawberry.field(description="과세유형 — VAT taxation type.")
    tax_type_label: str | None = strawberry.field(
        description=(
            "The NTS's wording of the tax type; for an unknown number, the NTS's message "
            "`국세청에 등록되지 않은 사업자등록번호입니다.`"
        )
    )
    closed_on: date | None = strawberry.field(description="폐업일 — closing date, if closed.")
    unit_taxation_closure: bool | None = strawberry.field(
        description="단위과세전환폐업여부 — closed on conversion to unit taxation."
    )
    tax_type_changed_on: date | None = strawberry.field(
        description="최근 과세유형 전환일자 — date of the latest change of tax type."
    )
    invoice_applied_on: date | None = strawberry.field(
        description="세금계산서 적용일자 — date from which tax invoices apply."
    )
    previous_tax_type: NtsTaxType | None = strawberry.field(
        description="직전 과세유형 — the previous tax type (`NOT_APPLICABLE` when none)."
    )

    @strawberry.field(description="국세청 등록사항 — registry details; null for an unknown number.")
    async def registry(self, info: Info) -> NtsRegistryEntry | None:
        record = await resolvers.resolve_nts_registry(self.number, info)
        if not record.registered:
            return None
        return NtsRegistryEntry(
            company_name=record.company_name,
            representative_name=record.representative_name,
            opened_on=record.opened_on,
            corporate_number=record.corporate_number,
            business_sector=record.business_sector,
            business_item=record.business_item,
            industry_code=record.industry_code,
            address=record.address,
            phone=record.phone,
            fax=record.fax,
        )

    @classmethod
    def from_record(cls, record: NtsStatus) -> NtsBusiness:
        return cls(
            number=record.number,
            registered=record.registered,
            status=_convert(NtsBusinessStatus, record.status),
            status_label=record.status_label,
            tax_type=_convert(NtsTaxType, record.tax_type),
            tax_type_label=record.tax_type_label,
            closed_on=record.closed_on,
            unit_taxation_closure=record.unit_taxation_closure,
            tax_type_changed_on=record.tax_type_changed_on,
            invoice_applied_on=record.invoice_applied_on,
            previous_tax_type=_convert(NtsTaxType, record.previous_tax_type),
        )


@strawberry.type(
    description=(
        "사업자 — a business identified by its 사업자등록번호. Each agency's view of it is a field "
        "of its own that resolves independently and concurrently: when one agency is down, that "
        "field is null with an entry in `errors`, and the other fields still answer."
    )
)
class Business(Work24BusinessFields, KotraBusinessFields, HometaxBusinessFields, relay.Node):
    number: relay.NodeID[str]

    @strawberry.field(description="사업자등록번호 — business registration number, 10 digits.")
    def registration_number(self) -> BusinessNumber:
        return BusinessNumber(self.number)

    @strawberry.field(description="The number as Koreans write it: `123-45-67890`.")
    def formatted_registration_number(self) -> str:
        return brn.format(self.number)

    @strawberry.field(description="사업자 구분 — kind of business, from the number's 구분코드.")
    def kind(self) -> BusinessKind:
        return BusinessKind(brn.business_kind(self.number).value)

    @strawberry.field(description="국세청 — the business's status at the National Tax Service.")
    async def nts(self, info: Info) -> NtsBusiness | None:
        return NtsBusiness.from_record(await resolvers.resolve_nts_status(self.number, info))

    @classmethod
    def resolve_nodes(  # type: ignore[override]  # one signature serves every overload
        cls, *, info: strawberry.Info, node_ids: Iterable[str], required: bool = False
    ) -> Iterable[Business | None]:
        """Refetch by global id: any number with a valid check digit is a Business."""
        return [cls(number=n) if brn.is_valid(n) else None for n in node_ids]

    @classmethod
    def resolve_id(cls, root: Any, *, info: strawberry.Info) -> str:
        number: str = root.number
        return number
