"""기업회원: reading members (one, or up to 100 at once) and 인증서 등록 (seed §1.4.2)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mocks.framework import MockContext
from mocks.framework.read_cache import cached_rows
from mocks.work24 import nts_link, proofs
from mocks.work24.agency import route
from mocks.work24.errors import Work24Error
from mocks.work24.messages import Work24ErrorCode
from mocks.work24.models import Member, RegisteredCertificate
from mocks.work24.schemas import CertificateRegistration, MemberList, MemberLookup, MemberView
from mocks.work24.signup import business_number, member_by_number
from mocks.work24.views import member_view

_C = Work24ErrorCode


async def certificates_of(
    db: AsyncSession, members: Sequence[Member]
) -> dict[str, list[RegisteredCertificate]]:
    ids = [member.id for member in members]
    rows = await db.scalars(
        select(RegisteredCertificate)
        .where(RegisteredCertificate.member_id.in_(ids))
        .order_by(RegisteredCertificate.id)
    )
    found: dict[str, list[RegisteredCertificate]] = {member_id: [] for member_id in ids}
    for row in rows:
        found[row.member_id].append(row)
    return found


async def show(db: AsyncSession, member: Member) -> MemberView:
    return member_view(member, (await certificates_of(db, [member]))[member.id])


async def existing_member(db: AsyncSession, number: str) -> Member:
    member = await member_by_number(db, number)
    if member is None:
        raise Work24Error(404, _C.NOT_MEMBER, field="business_number")
    return member


@route(
    "GET",
    "/members/{number}",
    ok=MemberView,
    errors=(404,),
    summary="기업회원 — a member by 사업자등록번호 (404 NOT_MEMBER when it is none)",
)
async def get_member(ctx: MockContext) -> MemberView:
    db = await ctx.session()
    number = business_number(ctx.request.path_params["number"], "number")
    return await show(db, await existing_member(db, number))


@route(
    "POST",
    "/members/lookup",
    body=MemberLookup,
    ok=MemberList,
    summary="Members among up to 100 사업자등록번호 in one call (non-members left out)",
)
async def lookup_members(ctx: MockContext, body: MemberLookup) -> MemberList:
    digits = ("".join(c for c in n if c.isdigit()) for n in body.business_numbers)
    numbers = list(dict.fromkeys(digits))
    found = await cached_rows(ctx, "member_views", numbers, _member_views)
    return MemberList(members=[found[number] for number in numbers if number in found])


async def _member_views(db: AsyncSession, numbers: Iterable[str]) -> dict[str, MemberView]:
    """The members among ``numbers`` as the lookup shows them (certificates included), by
    number; a pure read, so the framework's read cache may keep it until the next write."""
    members = list(
        await db.scalars(select(Member).where(Member.business_number.in_(list(numbers))))
    )
    certificates = await certificates_of(db, members)
    return {m.business_number: member_view(m, certificates[m.id]) for m in members}


@route(
    "POST",
    "/members/{number}/certificates",
    body=CertificateRegistration,
    ok=MemberView,
    status=201,
    errors=(404, 409, 422, 503),
    summary="기업회원 인증서 등록 — 대표자 성명 + 개업일 + the new certificate",
)
async def register_certificate(ctx: MockContext, body: CertificateRegistration) -> MemberView:
    db, now = await ctx.session(), ctx.clock.now()
    number = business_number(ctx.request.path_params["number"], "number")
    member = await existing_member(db, number)
    name, opened = nts_link.required_identity(body.representative_name, body.opening_date)
    await nts_link.check(ctx, number, name, opened)
    confirmed = await proofs.confirm(ctx, body, number)
    known = (await certificates_of(db, [member]))[member.id]
    if any(row.certificate_key == confirmed.key for row in known):
        raise Work24Error(409, _C.CERTIFICATE_ALREADY_REGISTERED, field="joint")
    db.add(
        RegisteredCertificate(
            member_id=member.id,
            certificate_key=confirmed.key,
            kind=confirmed.kind,
            label=confirmed.label,
            registered_at=now,
        )
    )
    await db.flush()
    return await show(db, member)
