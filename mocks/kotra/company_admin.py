"""기업정보 관리: the company admin's login (사업자등록번호 + 기업 로그인 비밀번호, or the
범용인증서), 소속직원 관리, and edits — company information and the approval password — only
after a fresh certificate authentication (기업인증)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field, model_validator
from sqlalchemy import func, select

from mocks.framework import MockContext
from mocks.framework.sealing import hash_secret, verify_secret
from mocks.kotra import messages, rules, tokens
from mocks.kotra.affiliation import NUMBER_PATTERN
from mocks.kotra.agency import query_route, route
from mocks.kotra.errors import KotraError
from mocks.kotra.linked import Proof, verify_company_certificate
from mocks.kotra.messages import KotraErrorCode as C
from mocks.kotra.models import Company, LoginToken, Member
from mocks.kotra.schemas import CompanyFields, CompanyView, LoggedIn, Strict


class CompanyLogin(Strict):
    number: str = Field(pattern=NUMBER_PATTERN, description="ID: 사업자등록번호 10자리")
    password: str | None = Field(None, description="기업 로그인 비밀번호")
    proof: Proof | None = Field(None, description="공동인증서 로그인: signed with the company's")

    @model_validator(mode="after")
    def _one_way(self) -> CompanyLogin:
        if (self.password is None) == (self.proof is None):
            raise ValueError("give password or proof")
        return self


class Certification(Strict):
    proof: Proof


class Certified(BaseModel):
    certified_until: datetime


class ApprovalPasswordChange(Strict):
    approval_password: str
    approval_password_confirm: str


class Changed(BaseModel):
    changed_at: datetime
    employees_kept: int


class EmployeesQuery(BaseModel):
    first: int = Field(20, ge=1, le=100)
    after: int | None = Field(None, ge=0, description="the last member id of the previous page")


class Employee(BaseModel):
    member_id: int
    name: str
    login_id: str | None
    affiliation: str | None
    affiliated_at: datetime | None = Field(description="등록일")


class EmployeePage(BaseModel):
    employees: list[Employee]
    total: int
    has_next_page: bool


class EmployeeRemoved(BaseModel):
    member_id: int


async def _employees(ctx: MockContext, number: str) -> int:
    session = await ctx.session()
    count = await session.scalar(
        select(func.count()).select_from(Member).where(Member.company_number == number)
    )
    return int(count or 0)


@route(
    "POST", "/company-sessions", body=CompanyLogin, ok=LoggedIn, status=201,
    errors=(401, 404, 422),
    summary="기업정보 관리 로그인 — 사업자등록번호 and password, or the corporate certificate",
)  # fmt: skip
async def log_in_company(ctx: MockContext, body: CompanyLogin) -> LoggedIn:
    company = await (await ctx.session()).get(Company, body.number)
    if company is None or company.login_password_hash is None:
        raise KotraError(401, C.LOGIN_FAILED)
    certified = False
    if body.proof is not None:
        await verify_company_certificate(ctx, body.proof, company.number)
        certified = True
    elif not verify_secret(body.password or "", company.login_password_hash):
        raise KotraError(401, C.LOGIN_FAILED)
    token, login = await tokens.issue(ctx, "company", company=company.number)
    if certified:
        login.certified_until = ctx.clock.now() + messages.CERTIFICATION_TTL
    return LoggedIn(
        token=token,
        expires_at=login.expires_at,
        principal="company",
        company=CompanyView.full(company, await _employees(ctx, company.number)),
    )


@route("GET", "/company", ok=CompanyView, errors=(401,), summary="The logged-in company")
async def get_company(ctx: MockContext) -> CompanyView:
    _, company = await tokens.current_company(ctx)
    return CompanyView.full(company, await _employees(ctx, company.number))


@query_route(
    "GET", "/company/employees", query=EmployeesQuery, ok=EmployeePage, errors=(401,),
    summary="소속직원 관리 — employees by member id (cursor: after)",
)  # fmt: skip
async def list_employees(ctx: MockContext) -> EmployeePage:
    _, company = await tokens.current_company(ctx)
    query = ctx.query_as(EmployeesQuery)
    statement = select(Member).where(Member.company_number == company.number)
    if query.after is not None:
        statement = statement.where(Member.id > query.after)
    rows = list(
        await (await ctx.session()).scalars(statement.order_by(Member.id).limit(query.first + 1))
    )
    return EmployeePage(
        employees=[
            Employee(
                member_id=m.id,
                name=m.name,
                login_id=m.login_id,
                affiliation=m.affiliation,
                affiliated_at=m.affiliated_at,
            )
            for m in rows[: query.first]
        ],
        total=await _employees(ctx, company.number),
        has_next_page=len(rows) > query.first,
    )


@route(
    "DELETE", "/company/employees/{member_id}", ok=EmployeeRemoved, errors=(401, 404),
    summary="관계 해지 — the member stays a general member without company",
)  # fmt: skip
async def remove_employee(ctx: MockContext) -> EmployeeRemoved:
    _, company = await tokens.current_company(ctx)
    raw = ctx.request.path_params["member_id"]
    member = await (await ctx.session()).get(Member, int(raw)) if raw.isdigit() else None
    if member is None or member.company_number != company.number:
        raise KotraError(404, C.NOT_AN_EMPLOYEE, field="member_id")
    member.company_number, member.affiliation, member.affiliated_at = None, None, None
    return EmployeeRemoved(member_id=member.id)


@route(
    "POST", "/company/certification", body=Certification, ok=Certified, errors=(401, 422),
    summary="기업인증 — a fresh certificate authentication that allows edits for 10 minutes",
)  # fmt: skip
async def certify(ctx: MockContext, body: Certification) -> Certified:
    login, company = await tokens.current_company(ctx)
    await verify_company_certificate(ctx, body.proof, company.number)
    login.certified_until = ctx.clock.now() + messages.CERTIFICATION_TTL
    return Certified(certified_until=login.certified_until)


def require_certified(ctx: MockContext, login: LoginToken) -> None:
    if login.certified_until is None or login.certified_until <= ctx.clock.now():
        raise KotraError(403, C.CERTIFICATION_REQUIRED)


@route(
    "PUT", "/company", body=CompanyFields, ok=CompanyView, errors=(401, 403, 422),
    summary="기업정보 수정 — only after 기업인증",
)  # fmt: skip
async def edit_company(ctx: MockContext, body: CompanyFields) -> CompanyView:
    login, company = await tokens.current_company(ctx)
    require_certified(ctx, login)
    for name, value in body.model_dump().items():
        setattr(company, name, value)
    company.updated_at = ctx.clock.now()
    return CompanyView.full(company, await _employees(ctx, company.number))


@route(
    "PUT", "/company/approval-password", body=ApprovalPasswordChange, ok=Changed,
    errors=(401, 403, 422),
    summary="승인비밀번호 변경 — only after 기업인증; existing employees stay",
)  # fmt: skip
async def change_approval_password(ctx: MockContext, body: ApprovalPasswordChange) -> Changed:
    login, company = await tokens.current_company(ctx)
    require_certified(ctx, login)
    rules.check_approval_password(body.approval_password, body.approval_password_confirm)
    company.approval_password_hash = hash_secret(body.approval_password)
    company.updated_at = ctx.clock.now()
    return Changed(
        changed_at=company.updated_at, employees_kept=await _employees(ctx, company.number)
    )
