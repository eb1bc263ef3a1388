"""KOTRA logins held in the caller's gateway session (the upstream token sealed at rest)."""

from __future__ import annotations

from datetime import UTC, datetime

from connectors.kotra import payloads
from gateway.context import Info
from gateway.errors import UserError
from gateway.messages.kotra import KotraErrorCode
from gateway.services import sessions
from gateway.store import utcnow
from koreakit import masking

AGENCY = "kotra"
MEMBER, COMPANY = "member", "company"
"""Kinds of KOTRA login: a member's, or a company admin's (기업정보 관리)."""


def _label(logged_in: payloads.LoggedIn) -> str:
    if logged_in.member is not None:
        return masking.mask_name(logged_in.member.name)
    assert logged_in.company is not None
    return logged_in.company.name


async def hold(info: Info, logged_in: payloads.LoggedIn) -> str | None:
    """Keep the login in the caller's session (starting one when there is none); returns the
    new session's bearer token, or None when the caller's session was extended."""
    login = sessions.AgencyLogin(
        AGENCY,
        logged_in.principal,
        _label(logged_in),
        logged_in.token,
        logged_in.expires_at.astimezone(UTC),
    )
    return await info.context.hold_login(login)


async def upstream_token(info: Info, principal: str) -> str:
    """The held KOTRA login's token. Raises: UserError NOT_LOGGED_IN (also when the held
    login is of the other kind: a member's where a company admin's is needed)."""
    store, current = info.context.require_store()
    now: datetime = utcnow()
    login = sessions.require_login(await current.get(), store.sealer, AGENCY, now)
    if login.principal_kind != principal:
        raise UserError(KotraErrorCode.NOT_LOGGED_IN, agency=AGENCY)
    return login.upstream_token
