"""소속기업 등록: look a registered company up by its number, then prove the relation with its
6-digit 승인 비밀번호 or its corporate 범용 certificate."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import Field, model_validator
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mocks.framework import MockContext
from mocks.framework.read_cache import cached_rows
from mocks.framework.sealing import verify_secret
from mocks.kotra import tokens
from mocks.kotra.agency import route
from mocks.kotra.errors import KotraError
from mocks.kotra.linked import Proof, verify_company_certificate
from mocks.kotra.messages import KotraErrorCode as C
from mocks.kotra.models import Company, Member
from mocks.kotra.schemas import CompanySummary, MemberView, Strict
from mocks.kotra.views import member_view

NUMBER_PATTERN = r"^[0-9]{10}$"


class AffiliationRequest(Strict):
    """Either the approval password or a proof signed with the company's certificate."""

    number: str = Field(pattern=NUMBER_PATTERN, description="사업자등록번호, 10 digits")
    approval_password: str | None = Field(None, description="승인 비밀번호 (6 digits)")
    proof: Proof | None = Field(None, description="signed with the corporate 범용인증서")

    @model_validator(mode="after")
    def _one_way(self) -> AffiliationRequest:
        if (self.approval_password is None) == (self.proof is None):
            raise ValueError("give approval_password or proof")
        return self


async def registered_company(ctx: MockContext, number: str) -> Company:
    """A company whose information was registered. Raises: 404 COMPANY_NOT_FOUND."""
    return _registered(await (await ctx.session()).get(Company, number))


def _registered(company: Company | None) -> Company:
    """``company`` when it exists and its information was registered (it has a login)."""
    if company is None or company.login_password_hash is None:
        raise KotraError(404, C.COMPANY_NOT_FOUND, field="number")
    return company


async def affiliate(ctx: MockContext, member: Member, request: AffiliationRequest) -> None:
    """Relate ``member`` to the company (자동 승인).

    Raises:
        KotraError: 403 GENERAL_MEMBER_REQUIRED, 409 ALREADY_AFFILIATED, 404
            COMPANY_NOT_FOUND, 422 WRONG_APPROVAL_PASSWORD or a certificate refusal.
    """
    if member.kind != "general":
        raise KotraError(403, C.GENERAL_MEMBER_REQUIRED)
    if member.company_number is not None:
        raise KotraError(409, C.ALREADY_AFFILIATED)
    company = await registered_company(ctx, request.number)
    if request.proof is not None:
        await verify_company_certificate(ctx, request.proof, company.number)
        member.affiliation = "certificate"
    else:
        stored = company.approval_password_hash or ""
        if not verify_secret(request.approval_password or "", stored):
            raise KotraError(422, C.WRONG_APPROVAL_PASSWORD, field="approval_password")
        member.affiliation = "approval_password"
    member.company_number = company.number
    member.affiliated_at = ctx.clock.now()


@route(
    "GET", "/companies/{number}", ok=CompanySummary, errors=(404,),
    summary="소속기업 조회 — name, representative, Korean and English address, phone and fax "
    "of a registered company",
)  # fmt: skip
async def look_up_company(ctx: MockContext) -> CompanySummary:
    number = ctx.request.path_params["number"]
    found = await cached_rows(ctx, "companies", [number], find_companies)  # a read: cached
    return CompanySummary.of(_registered(found.get(number)))


async def find_companies(session: AsyncSession, numbers: Iterable[str]) -> dict[str, Company]:
    """The companies among ``numbers``, by number (one query), for read-only routes."""
    found = await session.scalars(select(Company).where(Company.number.in_(set(numbers))))
    return {company.number: company for company in found}


@route(
    "POST", "/me/affiliation", body=AffiliationRequest, ok=MemberView,
    errors=(401, 403, 404, 409, 422),
    summary="소속기업 등록 — by 승인 비밀번호 or the company's 범용인증서",
)  # fmt: skip
async def register_affiliation(ctx: MockContext, body: AffiliationRequest) -> MemberView:
    member = await tokens.current_member(ctx)
    await affiliate(ctx, member, body)
    return await member_view(ctx, member)
