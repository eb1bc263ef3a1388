"""KOTRA 무역투자24 types: members, companies, employees, flows, HS codes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import strawberry
from strawberry import relay

from connectors.kotra import payloads as p
from gateway.errors import UserError
from gateway.resolvers import kotra as r
from gateway.schema.kotra.enums import (
    KotraAffiliationMethod,
    KotraFlowStep,
    KotraMemberClass,
    KotraService,
    KotraSnsProvider,
)


@strawberry.type(description="소속기업 — a company as the affiliation search shows it.")
class KotraCompanySummary:
    business_number: str = strawberry.field(description="사업자등록번호 — 10 digits.")
    name: str = strawberry.field(description="기업명 — company name.")
    name_en: str = strawberry.field(description="기업명(영문) — English name.")
    representative: str = strawberry.field(description="대표자 — representative.")
    address: str = strawberry.field(description="주소(한글) — Korean address.")
    address_en: str = strawberry.field(description="주소(영문) — English address.")
    phone: str = strawberry.field(description="대표 전화번호 — phone.")
    fax: str = strawberry.field(description="팩스 — fax.")
    registered: bool = strawberry.field(
        description="기업정보 등록 done in the integrated membership (has a company login)."
    )

    @classmethod
    def of(cls, c: p.CompanySummary) -> KotraCompanySummary:
        return cls(
            business_number=c.number,
            name=c.name,
            name_en=c.name_en,
            representative=c.representative,
            address=c.address,
            address_en=c.address_en,
            phone=c.phone,
            fax=c.fax,
            registered=c.registered,
        )


@strawberry.type(
    description="기업체 정보 — a company registered with (or known to) KOTRA; refetch it with "
    "`node(id:)`."
)
class KotraCompany(KotraCompanySummary, relay.Node):
    representative_en: str = strawberry.field(description="대표자명(영문).")
    corporate_number: str = strawberry.field(description="법인등록번호 — 13 digits, or empty.")
    trade_license_number: str = strawberry.field(description="무역업 허가번호.")
    business_type: str = strawberry.field(description="업태 — business type.")
    business_item: str = strawberry.field(description="업종 — business item.")
    company_type: str = strawberry.field(description="기업유형 — company type.")
    company_class: str = strawberry.field(description="기업분류 — company classification.")
    startup: bool = strawberry.field(description="스타트업 여부.")
    venture: bool = strawberry.field(description="벤처기업여부.")
    foreign_invested: bool = strawberry.field(description="외투기업여부 — foreign-invested.")
    trade_kind: str = strawberry.field(description="제조/무역구분 — manufacturer or trader.")
    main_product: str = strawberry.field(description="대표품목 — main product.")
    email: str = strawberry.field(description="대표이메일.")
    homepage: str = strawberry.field(description="홈페이지.")
    zip_code: str = strawberry.field(description="우편번호.")
    address_detail: str = strawberry.field(description="상세주소.")
    annual_sales: int | None = strawberry.field(description="연간매출액 (원, KRW).")
    annual_exports: int | None = strawberry.field(description="연간수출액 (원, KRW).")
    founded_year: int | None = strawberry.field(description="설립년도.")
    employee_count: int | None = strawberry.field(description="종업원수.")
    main_export_country: str = strawberry.field(description="주수출국가.")
    remarks: str = strawberry.field(description="비고.")
    registered_at: datetime | None = strawberry.field(description="기업정보 등록 일시.")
    employee_total: int = strawberry.field(
        description="소속 직원 수 — members affiliated (shown to the company admin)."
    )

    @classmethod
    def resolve_id(cls, root: Any, *, info: strawberry.Info) -> str:
        number: str = root.business_number
        return number

    @classmethod
    async def resolve_nodes(  # type: ignore[override]  # one signature serves every overload
        cls, *, info: strawberry.Info, node_ids: Iterable[str], required: bool = False
    ) -> list[KotraCompany | None]:
        """Refetch by global id (the business number), batched like `Business.kotra`."""
        loader = info.context.loaders.kotra_company_by_number
        numbers = [n if n.isdigit() and len(n) == 10 else "" for n in node_ids]
        found = await loader.load_many([n for n in numbers if n])
        by_number = {c.number: c for c in found if c is not None}
        return [cls.of_company(by_number[n]) if n in by_number else None for n in numbers]

    @classmethod
    def of_company(cls, c: p.Company) -> KotraCompany:
        data = {name: getattr(c, name) for name in p.Company.model_fields if name != "number"}
        return cls(business_number=c.number, **data)


@strawberry.type(
    description="회원 — a KOTRA 무역투자24 member (일반회원 or 간편회원); refetch it with "
    "`node(id:)` in that member's own session (null in anyone else's)."
)
class KotraMember(relay.Node):
    number: strawberry.Private[int]
    """KOTRA's member number (the global id's key)."""
    login_id: str | None = strawberry.field(description="아이디 (none for 간편회원).")
    member_class: KotraMemberClass = strawberry.field(description="회원 유형.")
    name: str = strawberry.field(description="성명 — verified name.")
    name_en: str = strawberry.field(description="성명(영문).")
    birth_date: date | None = strawberry.field(description="생년월일 (일반회원).")
    mobile: str = strawberry.field(description="휴대전화 — digits.")
    email: str = strawberry.field(description="이메일.")
    phone: str = strawberry.field(description="전화번호.")
    fax: str = strawberry.field(description="팩스.")
    department: str = strawberry.field(description="부서.")
    position: str = strawberry.field(description="직위.")
    address_en: str = strawberry.field(description="주소(영문).")
    sns_provider: KotraSnsProvider | None = strawberry.field(description="간편회원's SNS.")
    interest_hs_codes: list[str] = strawberry.field(description="관심품목 — HS codes.")
    interest_regions: list[str] = strawberry.field(
        description="관심지역 — ISO 3166-1 alpha-2 country codes."
    )
    marketing_consent: bool = strawberry.field(description="개인정보 마케팅 활용 동의 (선택).")
    company: KotraCompanySummary | None = strawberry.field(description="소속기업.")
    affiliation: KotraAffiliationMethod | None = strawberry.field(
        description="How the affiliation was proved."
    )
    services: list[KotraService] = strawberry.field(
        description="이용 가능 서비스 — what this member may do (the manual's matrix)."
    )
    joined_at: datetime = strawberry.field(description="가입일.")
    last_login_at: datetime = strawberry.field(description="최근 접속.")
    consented_at: datetime = strawberry.field(
        description="최근 동의 — re-consent every 2 years (individuals) or 5 (company "
        "members); 간편회원 unused for 3 years are deleted."
    )

    @classmethod
    def resolve_id(cls, root: Any, *, info: strawberry.Info) -> str:
        return str(root.number)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]  # one signature serves every overload
        cls, *, info: strawberry.Info, node_ids: Iterable[str], required: bool = False
    ) -> list[KotraMember | None]:
        """Refetch by global id: only the member whose KOTRA login the caller's session holds
        (one agency call, whatever the number of ids); null for anyone else."""
        ids = list(node_ids)
        try:
            me = await r.me(info)
        except UserError:
            return [None] * len(ids)
        return [cls.of(me) if node_id == str(me.id) else None for node_id in ids]

    @classmethod
    def of(cls, m: p.Member) -> KotraMember:
        return cls(
            number=m.id,
            login_id=m.login_id,
            member_class=KotraMemberClass(m.member_class),
            name=m.name,
            name_en=m.name_en,
            birth_date=m.birth_date,
            mobile=m.mobile,
            email=m.email,
            phone=m.phone,
            fax=m.fax,
            department=m.department,
            position=m.position,
            address_en=m.address_en,
            sns_provider=KotraSnsProvider(m.sns_provider) if m.sns_provider else None,
            interest_hs_codes=m.interests,
            interest_regions=m.regions,
            marketing_consent=m.marketing_consent,
            company=KotraCompanySummary.of(m.company) if m.company else None,
            affiliation=KotraAffiliationMethod(m.affiliation) if m.affiliation else None,
            services=[KotraService(s) for s in m.services],
            joined_at=m.joined_at,
            last_login_at=m.last_login_at,
            consented_at=m.consented_at,
        )


@strawberry.type(description="소속 직원 — a member affiliated with the company.")
class KotraEmployee:
    member_id: int = strawberry.field(description="The member's number at KOTRA.")
    name: str = strawberry.field(description="이름.")
    login_id: str | None = strawberry.field(description="ID.")
    affiliation: KotraAffiliationMethod | None = strawberry.field(description="How affiliated.")
    affiliated_at: datetime | None = strawberry.field(description="등록일.")


@strawberry.type(description="An edge of `KotraEmployeeConnection`.")
class KotraEmployeeEdge:
    cursor: str = strawberry.field(description="Opaque cursor of this employee.")
    node: KotraEmployee = strawberry.field(description="The employee.")


@strawberry.type(description="Relay page information.")
class KotraPageInfo:
    has_next_page: bool = strawberry.field(description="More items after `endCursor`.")
    end_cursor: str | None = strawberry.field(description="Cursor of the last edge.")


@strawberry.type(description="소속직원 관리 — the company's employees, a page at a time.")
class KotraEmployeeConnection:
    edges: list[KotraEmployeeEdge] = strawberry.field(description="The page.")
    page_info: KotraPageInfo = strawberry.field(description="Paging.")
    total_count: int = strawberry.field(description="All employees.")


@strawberry.type(description="HS 코드 — a code of the Harmonized System (HS2022).")
class KotraHsCode:
    code: str = strawberry.field(description="HS CODE — 2 (chapter), 4 or 6 digits.")
    level: int = strawberry.field(description="2, 4 or 6.")
    section: str = strawberry.field(description="Section (I–XXI).")
    parent: str = strawberry.field(description="The parent code (`TOTAL` for chapters).")
    name_en: str = strawberry.field(description="품목명(영문).")
    name_ko: str | None = strawberry.field(description="품목명 (where KOTRA gives one).")


@strawberry.type(description="An edge of `KotraHsCodeConnection`.")
class KotraHsCodeEdge:
    cursor: str = strawberry.field(description="Opaque cursor.")
    node: KotraHsCode = strawberry.field(description="The code.")


@strawberry.type(description="HS Code 검색 results, a page at a time.")
class KotraHsCodeConnection:
    edges: list[KotraHsCodeEdge] = strawberry.field(description="The page.")
    page_info: KotraPageInfo = strawberry.field(description="Paging.")
    total_count: int = strawberry.field(description="All matches.")


@strawberry.type(description="일반회원 가입 — a general sign-up in progress.")
class KotraSignup:
    id: strawberry.ID = strawberry.field(description="The flow's id (resume with it).")
    step: KotraFlowStep = strawberry.field(description="The next step.")
    expires_at: datetime = strawberry.field(description="When the flow must be finished.")
    verified_name: str | None = strawberry.field(description="실명인증 name, once verified.")

    @classmethod
    def of(cls, f: p.Flow) -> KotraSignup:
        return cls(
            id=strawberry.ID(f.id),
            step=KotraFlowStep(f.step),
            expires_at=f.expires_at,
            verified_name=f.name,
        )


@strawberry.type(description="기업정보 등록 — a company registration in progress.")
class KotraCompanyRegistration:
    id: strawberry.ID = strawberry.field(description="The flow's id.")
    step: KotraFlowStep = strawberry.field(description="The next step.")
    expires_at: datetime = strawberry.field(description="When the flow must be finished.")
    known_company: KotraCompany | None = strawberry.field(
        description="KOTRA's data on the company (confirm, then 기업인증); null for a new one."
    )
    scan_required: bool = strawberry.field(
        description="신규기업: 사업자등록증 스캔본 파일 첨부 필수."
    )
    message: str = strawberry.field(description="The manual's message at this step.")

    @classmethod
    def of(cls, f: p.Flow) -> KotraCompanyRegistration:
        return cls(
            id=strawberry.ID(f.id),
            step=KotraFlowStep(f.step),
            expires_at=f.expires_at,
            known_company=KotraCompany.of_company(f.company) if f.company else None,
            scan_required=bool(f.scan_required),
            message=f.message or "",
        )


@strawberry.type(description="기존 홈페이지 회원 계정 — an account of the old membership.")
class KotraLegacyAccount:
    login_id: str = strawberry.field(description="아이디.")
    member_class: str = strawberry.field(description="회원 구분 (e.g. 기업 정회원).")
    homepage: str = strawberry.field(description="홈페이지.")
    company_name: str = strawberry.field(description="소속 기업명.")
    joined_on: date = strawberry.field(description="가입일.")
    converted: bool = strawberry.field(description="Already converted.")


@strawberry.type(description="통합회원 전환 — the accounts to choose from.")
class KotraLegacyConversion:
    id: strawberry.ID = strawberry.field(description="The conversion flow's id.")
    name: str = strawberry.field(description="회원 이름.")
    accounts: list[KotraLegacyAccount] = strawberry.field(description="Choose one.")


@strawberry.type(description="관심지역 — a country KOTRA lists.")
class KotraCountry:
    code: str = strawberry.field(description="ISO 3166-1 alpha-2.")
    name_ko: str = strawberry.field(description="국가명.")
    name_en: str = strawberry.field(description="Country name.")


@strawberry.type(description="SNS 찾기 — an SNS channel a simple member joined with.")
class KotraSnsAccount:
    provider: KotraSnsProvider = strawberry.field(description="The SNS.")
    joined_at: datetime = strawberry.field(description="가입일.")
