"""Reading a verification back (any method), and the registered relying parties."""

from __future__ import annotations

from mocks.framework import MockContext
from mocks.framework.sites import SITES
from mocks.identity.agency import route
from mocks.identity.results import expire_if_due, get_verification, view
from mocks.identity.schemas import Site, SiteList, VerificationView


@route(
    "GET",
    "/verifications/{id}",
    ok=VerificationView,
    errors=(404,),
    summary="State of any verification; the verified identity once verified or approved",
    description="Relying parties poll this for 간편인증 (pending → approved | rejected | expired).",
)
async def get_verification_state(ctx: MockContext) -> VerificationView:
    session = await ctx.session()
    verification = await get_verification(session, ctx.request.path_params["id"])
    expire_if_due(verification, ctx.clock.now())
    return await view(session, verification)


@route("GET", "/sites", ok=SiteList, summary="Relying parties and their site codes")
async def list_sites(ctx: MockContext) -> SiteList:
    return SiteList(sites=[Site(site_code=code, name=name) for code, name in SITES.items()])
