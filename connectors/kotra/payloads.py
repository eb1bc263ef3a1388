"""Wire models of the KOTRA 무역투자24 API (what the agency answers); the connector hands
them to the gateway as they are (frozen)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from connectors import agency_errors


class Wire(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class ErrorBody(agency_errors.ErrorBody):
    """KOTRA's refusal, always worded (a body without ``message`` is not KOTRA's)."""

    message: str


class CompanySummary(Wire):
    number: str
    name: str
    name_en: str
    representative: str
    address: str
    address_en: str
    phone: str
    fax: str
    registered: bool


class Company(CompanySummary):
    representative_en: str
    corporate_number: str
    trade_license_number: str
    business_type: str
    business_item: str
    company_type: str
    company_class: str
    startup: bool
    venture: bool
    foreign_invested: bool
    trade_kind: str
    main_product: str
    email: str
    homepage: str
    zip_code: str
    address_detail: str
    annual_sales: int | None
    annual_exports: int | None
    founded_year: int | None
    employee_count: int | None
    main_export_country: str
    remarks: str
    registered_at: datetime | None
    employee_total: int = 0


class CompanyBatch(Wire):
    companies: list[Company]


class Member(Wire):
    id: int
    kind: str
    member_class: str
    login_id: str | None
    name: str
    name_en: str
    birth_date: date | None
    mobile: str
    email: str
    phone: str
    fax: str
    department: str
    position: str
    address_en: str
    sns_provider: str | None
    interests: list[str]
    regions: list[str]
    marketing_consent: bool
    company: CompanySummary | None
    affiliation: str | None
    services: list[str]
    joined_at: datetime
    last_login_at: datetime
    consented_at: datetime


class LoggedIn(Wire):
    token: str
    expires_at: datetime
    principal: str
    member: Member | None = None
    company: Company | None = None
    message: str | None = None


class CompanyRegistered(Wire):
    company: Company
    message: str


class Flow(Wire):
    id: str
    kind: str
    step: str
    expires_at: datetime
    name: str | None = None
    company: Company | None = None
    scan_required: bool | None = None
    message: str | None = None


class SimpleSignedUp(Wire):
    message: str
    member: Member


class ServiceApplied(Wire):
    service: str
    applied_at: datetime


class Employee(Wire):
    member_id: int
    name: str
    login_id: str | None
    affiliation: str | None
    affiliated_at: datetime | None


class EmployeePage(Wire):
    employees: list[Employee]
    total: int
    has_next_page: bool


class EmployeeRemoved(Wire):
    member_id: int


class Certified(Wire):
    certified_until: datetime


class Changed(Wire):
    changed_at: datetime
    employees_kept: int


class IdFound(Wire):
    login_id_masked: str
    joined_at: datetime


class PasswordWasReset(Wire):
    login_id_masked: str


class HsItem(Wire):
    code: str
    level: int
    section: str
    parent: str
    name_en: str
    name_ko: str


class HsPage(Wire):
    items: list[HsItem]
    total: int
    has_next_page: bool


class LegacyAccount(Wire):
    login_id: str
    member_class: str
    homepage: str
    company_name: str
    joined_on: date
    converted: bool


class LegacyAccounts(Wire):
    flow_id: str
    name: str
    accounts: list[LegacyAccount]


class SnsAccount(Wire):
    provider: str
    joined_at: datetime


class SnsAccounts(Wire):
    accounts: list[SnsAccount]


class Country(Wire):
    code: str
    name_ko: str
    name_en: str


class CountryList(Wire):
    countries: list[Country]


class ServiceApplication(Wire):
    """기업 신청 사업 내역: one application in the company's name."""

    id: int
    service: str
    programme: str
    applicant: str
    applied_at: datetime
    status: str


class ServiceHistoryPage(Wire):
    applications: list[ServiceApplication]
    total: int
    has_next_page: bool


class MileageEntry(Wire):
    """마일리지 내역: one ledger line."""

    id: int
    occurred_at: datetime
    description: str
    earned: int
    used: int
    balance: int


class MileagePage(Wire):
    entries: list[MileageEntry]
    total: int
    balance: int
    has_next_page: bool


class NameChangeRequest(Wire):
    """사명 변경신청 and its status."""

    id: int
    name: str
    name_en: str
    reason: str
    status: str
    requested_at: datetime
    decided_at: datetime | None


class NameChangeRequests(Wire):
    requests: list[NameChangeRequest]
