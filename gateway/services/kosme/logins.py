"""The platform login held in the caller's gateway session (its token sealed at rest)."""

from __future__ import annotations

from datetime import datetime

from connectors.kosme import Login
from gateway.crypto import Sealer
from gateway.db.models import GatewaySession
from gateway.services import sessions
from koreakit import masking

AGENCY = "kosme"


def agency_login(login: Login) -> sessions.AgencyLogin:
    """The KOSME login as the gateway session holds it."""
    return sessions.AgencyLogin(
        agency=AGENCY,
        principal_kind="person",
        principal_label=masking.mask_name(login.member.name),
        upstream_token=login.token,
        expires_at=login.expires_at,
    )


def member_token(session: GatewaySession | None, sealer: Sealer, now: datetime) -> str:
    """The platform token of the session's kosme login. Raises: UserError NOT_LOGGED_IN."""
    return sessions.require_login(session, sealer, AGENCY, now).upstream_token
