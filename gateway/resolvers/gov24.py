"""Resolvers of Gov24: the context's connectors, sealing key and gateway session, handed to the
use cases in `gateway.services.gov24`. Refusals a user can act on arrive as ``UserError``s; the
agency being down propagates and becomes ``AGENCY_UNAVAILABLE``."""

from __future__ import annotations

import strawberry

from connectors.gov24 import ApplicationForm, Gov24Connector
from connectors.pki import ProofCheck
from gateway.clients import require_kind
from gateway.context import Info
from gateway.crypto import Sealer
from gateway.db.models import ClientKind
from gateway.errors import UserError
from gateway.schema.gov24.connections import (
    Gov24AgencyConnection,
    Gov24AgencyEdge,
    Gov24SignatureConfirmationConnection,
    Gov24SignatureConfirmationEdge,
    cursor,
    offset_after,
    page_info,
    page_size,
)
from gateway.schema.gov24.enums import Gov24AgencyCategory
from gateway.schema.gov24.member import Gov24MemberLogin
from gateway.schema.gov24.types import (
    Gov24Address,
    Gov24Agency,
    Gov24ConfirmationContent,
    Gov24Issuance,
    Gov24SignatureConfirmation,
    Gov24UsageApproval,
)
from gateway.services import sessions
from gateway.services.gov24 import account, issuance, member
from gateway.services.gov24.flows import Flow, token_of
from gateway.services.gov24.refusals import call
from gateway.store import utcnow
from koreakit import rrn


def _agency(info: Info) -> tuple[Gov24Connector, Sealer]:
    store = info.context.store
    assert store is not None, "context built without a store"
    return info.context.upstreams.gov24, store.sealer


def _issuance(info: Info, flow: Flow) -> Gov24Issuance:
    _, sealer = _agency(info)
    return Gov24Issuance.of(flow, token_of(sealer, flow.id))


async def _held_login(info: Info) -> sessions.AgencyLogin | None:
    """The gateway session's live gov24 login, of either kind; None without one."""
    store, current = info.context.require_store()
    try:
        return sessions.require_login(await current.get(), store.sealer, "gov24", utcnow())
    except UserError:
        return None


async def resolve_member_login(
    info: Info, user_id: str, password: str
) -> tuple[Gov24MemberLogin, str | None]:
    """정부24 접속 by ID and password, held in the gateway session as a ``member`` login."""
    entered = await member.log_in(info.context.upstreams.gov24, user_id, password)
    login = sessions.AgencyLogin(
        agency="gov24",
        principal_kind=member.PRINCIPAL_KIND,
        principal_label=f"{entered.name} ({entered.user_id})",
        upstream_token=entered.token,
        expires_at=entered.expires_at,
    )
    return Gov24MemberLogin.of(entered), await info.context.hold_login(login)


async def resolve_issuance_start(
    info: Info, proof: ProofCheck, resident_number: rrn.ResidentNumber
) -> tuple[Gov24Issuance, str | None]:
    """복합인증 로그인: log in at the agency with the certificate (as the session's member,
    when the caller entered by ID and password first) and hold that login in the caller's
    gateway session; returns the flow and a new session token when the caller had none."""
    gov24, sealer = _agency(info)
    held = await _held_login(info)
    member_token = (
        held.upstream_token if held and held.principal_kind == member.PRINCIPAL_KIND else None
    )
    flow = await issuance.start(gov24, sealer, proof, resident_number, member_token)
    login = sessions.AgencyLogin(
        agency="gov24",
        principal_kind="person",
        principal_label=f"{flow.login.approval.name} ({flow.login.approval.number_masked})",
        upstream_token=token_of(sealer, flow.id),
        expires_at=flow.login.expires_at,
    )
    return _issuance(info, flow), await info.context.hold_login(login)


async def resolve_issuance(info: Info, flow_id: str) -> Gov24Issuance | None:
    flow = await issuance.get(*_agency(info), flow_id)
    return _issuance(info, flow) if flow else None


async def resolve_identity_check(info: Info, flow_id: str, code: str) -> Gov24Issuance:
    return _issuance(info, await issuance.identity_check(*_agency(info), flow_id, code))


async def resolve_apply(info: Info, flow_id: str, form: ApplicationForm) -> Gov24Issuance:
    return _issuance(info, await issuance.apply(*_agency(info), flow_id, form))


async def resolve_sign(info: Info, flow_id: str, certificate: str, signature: str) -> Gov24Issuance:
    return _issuance(info, await issuance.sign(*_agency(info), flow_id, certificate, signature))


async def resolve_guardian_consent(
    info: Info, flow_id: str, certificate: str, signature: str, random_num: str
) -> Gov24Issuance:
    flow = await issuance.guardian_consent(
        *_agency(info), flow_id, certificate, signature, random_num
    )
    return _issuance(info, flow)


async def resolve_addresses(info: Info, flow_id: str, query: str) -> list[Gov24Address]:
    gov24, sealer = _agency(info)
    found = await account.addresses(gov24, token_of(sealer, flow_id, ["issuanceId"]), query)
    return [
        Gov24Address(
            id=strawberry.ID(a.id),
            road_address=a.road_address,
            jibun_address=a.jibun_address,
            postal_code=a.postal_code,
        )
        for a in found
    ]


async def resolve_agencies(
    info: Info,
    query: str,
    category: Gov24AgencyCategory | None,
    first: int | None,
    after: str | None,
) -> Gov24AgencyConnection:
    start, size = offset_after("agency", after), page_size(first)
    gov24 = info.context.upstreams.gov24
    page = await call(
        gov24.agencies(query.strip()[:50], str(category.value) if category else None, start, size)
    )
    edges = [
        Gov24AgencyEdge(cursor=cursor("agency", start + i), node=Gov24Agency.of(a))
        for i, a in enumerate(page.agencies)
    ]
    info_ = page_info([e.cursor for e in edges], start, len(edges), page.total)
    return Gov24AgencyConnection(edges=edges, page_info=info_, total_count=page.total)


# --- the viewer's login ---------------------------------------------------------------------


async def viewer_token(info: Info) -> str | None:
    """The gateway session's gov24 certificate-login token; None when it holds none (or it
    lapsed, or it is a login by ID and password, which opens no 발급시스템 menu)."""
    login = await _held_login(info)
    if login is None or login.principal_kind == member.PRINCIPAL_KIND:
        return None
    return login.upstream_token


async def _required_token(info: Info) -> str:
    """The viewer's gov24 certificate-login token.

    Raises: UserError NOT_LOGGED_IN (gov24), COMPLEX_AUTH_REQUIRED (ID/PW login only).
    """
    store, current = info.context.require_store()
    login = sessions.require_login(await current.get(), store.sealer, "gov24", utcnow())
    member.require_complex_auth(login.principal_kind)
    return login.upstream_token


async def resolve_viewer_approval(info: Info) -> Gov24UsageApproval | None:
    token = await viewer_token(info)
    if token is None:
        return None
    return Gov24UsageApproval.of(await account.approval(info.context.upstreams.gov24, token))


async def resolve_viewer_confirmations(
    info: Info, first: int | None, after: str | None
) -> Gov24SignatureConfirmationConnection | None:
    token = await viewer_token(info)
    if token is None:
        return None
    start, size = offset_after("confirmation", after), page_size(first)
    page = await account.confirmations(info.context.upstreams.gov24, token, start, size)
    edges = [
        Gov24SignatureConfirmationEdge(
            cursor=cursor("confirmation", start + i),
            node=Gov24SignatureConfirmation.of(c, token),
        )
        for i, c in enumerate(page.confirmations)
    ]
    info_ = page_info([e.cursor for e in edges], start, len(edges), page.total)
    return Gov24SignatureConfirmationConnection(
        edges=edges, page_info=info_, total_count=page.total
    )


async def resolve_viewer_confirmation(
    info: Info, issuance_number: str
) -> Gov24SignatureConfirmation | None:
    token = await viewer_token(info)
    if token is None:
        return None
    found = await account.confirmation(info.context.upstreams.gov24, token, issuance_number)
    return Gov24SignatureConfirmation.of(found, token) if found else None


async def resolve_approval_renew(info: Info, approval_id: str) -> Gov24UsageApproval:
    token = await _required_token(info)
    renewed = await account.renew(info.context.upstreams.gov24, token, approval_id)
    return Gov24UsageApproval.of(renewed)


async def resolve_save_to_wallet(info: Info, issuance_number: str) -> Gov24SignatureConfirmation:
    token = await _required_token(info)
    saved = await account.save_to_wallet(info.context.upstreams.gov24, token, issuance_number)
    return Gov24SignatureConfirmation.of(saved, token)


async def resolve_verify(info: Info, issuance_number: str, name: str) -> Gov24ConfirmationContent:
    """수요기관 확인: only a receiving-agency client, named by its 기관코드, may look."""
    client = require_kind(info.context.client, ClientKind.RECEIVING_AGENCY)
    gov24 = info.context.upstreams.gov24
    verified = await call(gov24.verify(client.name, issuance_number.strip(), name.strip()))
    return Gov24ConfirmationContent.of(verified.confirmation, verified.signature_valid)


async def resolve_slip_pdf(info: Info, token: str, issuance_number: str) -> bytes:
    return await account.slip_pdf(info.context.upstreams.gov24, token, issuance_number)
