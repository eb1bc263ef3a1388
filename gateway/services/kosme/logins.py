"""The platform login held in the caller's gateway session (its token sealed at rest)."""

from __future__ import annotations

from datetime import datetime

from connectors.kosme import Login
from gateway.crypto import Sealer
from gateway.db.models import GatewaySession
from gateway.db.uow import unit_of_work
from gateway.services import sessions
from gateway.store import CurrentSession, Store, utcnow
from koreakit import masking

AGENCY = "kosme"


async def hold(
    store: Store, current: CurrentSession, login: Login, *, ttl: int, client_id: int | None
) -> str | None:
    """Record ``login`` in the caller's session (starting one if there is none); the new
    session's bearer token when one was started, else None."""
    held = sessions.AgencyLogin(
        agency=AGENCY,
        principal_kind="person",
        principal_label=masking.mask_name(login.member.name),
        upstream_token=login.token,
        expires_at=login.expires_at,
    )
    existing = await current.get()
    async with unit_of_work(store.sessions) as db:
        token = await sessions.start_or_extend(
            db, store.sealer, existing, held, now=utcnow(), ttl=ttl, client_id=client_id
        )
    current.forget()
    return token


def member_token(session: GatewaySession | None, sealer: Sealer, now: datetime) -> str:
    """The platform token of the session's kosme login. Raises: UserError NOT_LOGGED_IN."""
    return sessions.require_login(session, sealer, AGENCY, now).upstream_token
