"""Shapes the KOTRA mock answers: members, companies, logins, flows."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from mocks.kotra import rules
from mocks.kotra.models import Company, Member

MemberKind = Literal["general", "simple"]
Affiliation = Literal["certificate", "approval_password"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Terms(Strict):
    """약관동의: 이용약관 and 개인정보 수집·이용 (필수); marketing and optional data (선택)."""

    terms_of_use: bool = Field(description="이용약관 (필수)")
    privacy_required: bool = Field(description="개인정보 수집·이용 동의 (필수)")
    marketing: bool = Field(False, description="개인정보 마케팅 활용 동의 (선택)")
    privacy_optional: bool = Field(False, description="개인정보 수집·이용 동의 (선택)")


class CompanySummary(BaseModel):
    """소속기업 조회 — what the affiliation search fills in."""

    number: str
    name: str
    name_en: str
    representative: str
    address: str
    address_en: str
    phone: str
    fax: str
    registered: bool = Field(description="기업정보 등록 done in the integrated membership")

    @classmethod
    def of(cls, company: Company) -> CompanySummary:
        return cls(
            number=company.number,
            name=company.name,
            name_en=company.name_en,
            representative=company.representative,
            address=company.address,
            address_en=company.address_en,
            phone=company.phone,
            fax=company.fax,
            registered=company.login_password_hash is not None,
        )


class CompanyFields(Strict):
    """기업체 정보: the manual's company form (* required)."""

    name: str = Field(min_length=1, max_length=100, description="기업명 *")
    name_en: str = Field(min_length=1, max_length=200, description="기업명(영문) *")
    representative: str = Field(min_length=1, max_length=60, description="대표자명 *")
    representative_en: str = Field(min_length=1, max_length=100, description="대표자명(영문) *")
    corporate_number: str = Field("", pattern=r"^([0-9]{13})?$", description="법인등록번호")
    trade_license_number: str = Field("", max_length=30, description="무역업 허가번호")
    business_type: str = Field("", max_length=100, description="업태")
    business_item: str = Field("", max_length=200, description="업종")
    company_type: str = Field(min_length=1, max_length=30, description="기업유형 *")
    company_class: str = Field("", max_length=30, description="기업분류")
    startup: bool = Field(False, description="스타트업 여부")
    venture: bool = Field(False, description="벤처기업여부")
    foreign_invested: bool = Field(False, description="외투기업여부")
    trade_kind: str = Field(min_length=1, max_length=30, description="제조/무역구분 *")
    main_product: str = Field(min_length=1, max_length=100, description="대표품목 *")
    phone: str = Field(min_length=1, max_length=20, description="대표전화번호 *")
    fax: str = Field("", max_length=20, description="팩스")
    email: str = Field(min_length=3, max_length=200, description="대표이메일 *")
    homepage: str = Field("", max_length=200, description="홈페이지")
    zip_code: str = Field("", pattern=r"^([0-9]{5,6})?$", description="우편번호")
    address: str = Field("", max_length=200, description="기본주소")
    address_detail: str = Field("", max_length=200, description="상세주소")
    address_en: str = Field("", max_length=200, description="주소(영문)")
    annual_sales: int | None = Field(None, ge=0, description="연간매출액 (원)")
    annual_exports: int | None = Field(None, ge=0, description="연간수출액 (원)")
    founded_year: int | None = Field(None, ge=1800, le=2100, description="설립년도")
    employee_count: int | None = Field(None, ge=0, description="종업원수")
    main_export_country: str = Field("", max_length=60, description="주수출국가")
    remarks: str = Field("", max_length=500, description="비고")


class CompanyView(CompanySummary):
    """A company with every field of its form (never its passwords)."""

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

    @classmethod
    def full(cls, company: Company, employees: int = 0) -> CompanyView:
        data = {
            name: getattr(company, name)
            for name in cls.model_fields
            if name not in ("registered", "employee_total")
        }
        return cls(
            **data, registered=company.login_password_hash is not None, employee_total=employees
        )


class CompanyBatch(Strict):
    numbers: list[str] = Field(min_length=1, max_length=100)


class CompanyBatchResult(BaseModel):
    companies: list[CompanyView] = Field(description="the known ones, in request order")


class MemberView(BaseModel):
    """A member as they see themselves (no password, no CI)."""

    id: int
    kind: MemberKind
    member_class: str = Field(
        description="general_certificate | general_approval_password | general | simple"
    )
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
    affiliation: Affiliation | None
    services: list[str] = Field(description="what the member may do (the manual's matrix)")
    joined_at: datetime
    last_login_at: datetime
    consented_at: datetime

    @classmethod
    def of(cls, member: Member, company: Company | None) -> MemberView:
        return cls(
            id=member.id,
            kind=member.kind,
            member_class=rules.member_class(member),
            login_id=member.login_id,
            name=member.name,
            name_en=member.name_en,
            birth_date=member.birth_date,
            mobile=member.mobile,
            email=member.email,
            phone=member.phone,
            fax=member.fax,
            department=member.department,
            position=member.position,
            address_en=member.address_en,
            sns_provider=member.sns_provider,
            interests=list(member.interests),
            regions=list(member.regions),
            marketing_consent=member.marketing_consent,
            company=CompanySummary.of(company) if company else None,
            affiliation=member.affiliation if company else None,
            services=rules.allowed_services(member),
            joined_at=member.joined_at,
            last_login_at=member.last_login_at,
            consented_at=member.consented_at,
        )


class LoggedIn(BaseModel):
    token: str = Field(description="bearer token of the login")
    expires_at: datetime
    principal: Literal["member", "company"]
    member: MemberView | None = None
    company: CompanyView | None = None
    message: str | None = Field(None, description="what the manual says on completion")


class CompanyRegistered(BaseModel):
    """기업정보 등록 done."""

    company: CompanyView
    message: str = Field(description="기업정보 등록이 완료되었습니다.")


class FlowView(BaseModel):
    """A multi-step flow the agency keeps."""

    id: str
    kind: str
    step: str
    expires_at: datetime
    name: str | None = Field(None, description="the verified name (sign-up)")
    company: CompanyView | None = Field(None, description="registration: KOTRA's data")
    scan_required: bool | None = Field(None, description="registration: new company")
    message: str | None = Field(None, description="what the manual says at this step")
