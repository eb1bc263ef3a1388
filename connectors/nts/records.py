"""What the NTS connector hands to the gateway: typed, frozen records, never wire dicts."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date


class BusinessStatusCode(enum.Enum):
    """납세자 상태 (``b_stt_cd``)."""

    CONTINUING = "01"  # 계속사업자
    SUSPENDED = "02"  # 휴업자
    CLOSED = "03"  # 폐업자


class TaxTypeCode(enum.Enum):
    """과세유형 (``tax_type_cd`` and ``rbf_tax_type_cd``)."""

    GENERAL = "01"  # 부가가치세 일반과세자
    SIMPLIFIED = "02"  # 부가가치세 간이과세자
    SPECIAL = "03"  # 부가가치세 과세특례자
    EXEMPT = "04"  # 부가가치세 면세사업자
    NON_PROFIT = (
        "05"  # 수익사업을 영위하지 않는 비영리법인이거나 고유번호가 부여된 단체, 국가기관 등
    )
    UNIQUE_NUMBER = "06"  # 고유번호가 부여된 단체
    SIMPLIFIED_INVOICING = "07"  # 부가가치세 간이과세자(세금계산서 발급사업자)
    NOT_APPLICABLE = "99"  # 해당없음 (only as the previous tax type)


@dataclass(frozen=True)
class NtsStatus:
    """One business's status at the NTS; ``registered`` is False for an unknown number."""

    number: str
    registered: bool
    status: BusinessStatusCode | None
    status_label: str | None
    tax_type: TaxTypeCode | None
    tax_type_label: str | None
    closed_on: date | None
    unit_taxation_closure: bool | None
    tax_type_changed_on: date | None
    invoice_applied_on: date | None
    previous_tax_type: TaxTypeCode | None
    previous_tax_type_label: str | None


@dataclass(frozen=True)
class NtsValidationRequest:
    """What the NTS compares: number, opening date and representative, plus optional fields."""

    number: str
    opened_on: date
    representative_name: str
    representative_name_korean: str = ""
    company_name: str = ""
    corporate_number: str = ""
    business_sector: str = ""
    business_item: str = ""
    address: str = ""


@dataclass(frozen=True)
class NtsValidation:
    """The NTS verdict on one validation request; ``status`` is present only on a match."""

    number: str
    valid: bool
    message: str
    status: NtsStatus | None


@dataclass(frozen=True)
class NtsRegistration:
    """Registry details of a business (the mock's extension, used for autofill)."""

    number: str
    registered: bool
    company_name: str | None = None
    representative_name: str | None = None
    opened_on: date | None = None
    corporate_number: str | None = None
    business_sector: str | None = None
    business_item: str | None = None
    industry_code: str | None = None
    address: str | None = None
    phone: str | None = None
    fax: str | None = None
