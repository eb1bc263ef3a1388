"""Enums of the NTS view of a business, with the NTS's Korean terms."""

from __future__ import annotations

import enum

import strawberry


@strawberry.enum(
    description="납세자 상태 — the business's taxpayer status at the National Tax Service."
)
class NtsBusinessStatus(enum.Enum):
    CONTINUING = strawberry.enum_value("01", description="계속사업자 — operating.")
    SUSPENDED = strawberry.enum_value("02", description="휴업자 — temporarily suspended.")
    CLOSED = strawberry.enum_value("03", description="폐업자 — closed.")


@strawberry.enum(description="과세유형 — VAT taxation type as registered with the NTS.")
class NtsTaxType(enum.Enum):
    GENERAL = strawberry.enum_value("01", description="부가가치세 일반과세자 — general taxpayer.")
    SIMPLIFIED = strawberry.enum_value("02", description="부가가치세 간이과세자 — simplified.")
    SPECIAL = strawberry.enum_value("03", description="부가가치세 과세특례자 — special case.")
    EXEMPT = strawberry.enum_value("04", description="부가가치세 면세사업자 — VAT-exempt.")
    NON_PROFIT = strawberry.enum_value(
        "05",
        description=(
            "수익사업을 영위하지 않는 비영리법인이거나 고유번호가 부여된 단체, 국가기관 등 — "
            "non-profit without profit-making business, body with a unique number, state organ."
        ),
    )
    UNIQUE_NUMBER = strawberry.enum_value(
        "06", description="고유번호가 부여된 단체 — body holding a unique number."
    )
    SIMPLIFIED_INVOICING = strawberry.enum_value(
        "07",
        description="부가가치세 간이과세자(세금계산서 발급사업자) — simplified, invoicing.",
    )
    NOT_APPLICABLE = strawberry.enum_value(
        "99", description="해당없음 — not applicable (previous tax type only)."
    )


@strawberry.enum(description="사업자 구분 — kind of business, from digits 4–5 (구분코드).")
class BusinessKind(enum.Enum):
    INDIVIDUAL_TAXABLE = strawberry.enum_value(
        "individual_taxable", description="개인 과세사업자 (01–79) — individual, taxable."
    )
    APARTMENT_OFFICE_OR_MULTILEVEL_SELLER = strawberry.enum_value(
        "apartment_office_or_multilevel_seller",
        description="아파트관리사무소·다단계판매원 (80) — apartment office or multi-level seller.",
    )
    FOR_PROFIT_HEAD_OFFICE = strawberry.enum_value(
        "for_profit_head_office",
        description="영리법인 본점 (81, 86, 87, 88) — for-profit corporation, head office.",
    )
    NON_PROFIT = strawberry.enum_value(
        "non_profit", description="비영리법인 (82) — non-profit corporation."
    )
    GOVERNMENT = strawberry.enum_value(
        "government", description="국가·지방자치단체 (83) — state or local government."
    )
    FOREIGN_CORPORATION = strawberry.enum_value(
        "foreign_corporation", description="외국법인 (84) — foreign corporation."
    )
    FOR_PROFIT_BRANCH = strawberry.enum_value(
        "for_profit_branch", description="영리법인 지점 (85) — for-profit corporation, branch."
    )
    RELIGIOUS_ORGANIZATION = strawberry.enum_value(
        "religious_organization", description="법인 아닌 종교단체 (89) — religious body."
    )
    INDIVIDUAL_TAX_EXEMPT = strawberry.enum_value(
        "individual_tax_exempt", description="개인 면세사업자 (90–99) — individual, VAT-exempt."
    )
