"""Gateway sessions: one bearer token holding logins at several agencies.

The token is random and kept only as a SHA-256 hash; each agency login's upstream token is
sealed with AES-GCM. A session is made explicitly (``sessionCreate``) or on the first successful
agency login (:func:`record_login`).
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from gateway.crypto import Sealer
from gateway.db.models import AgencySession, GatewaySession
from gateway.db.repositories import SessionRepository
from gateway.errors import UserError
from gateway.messages.common import CommonErrorCode

TOKEN_PREFIX = "ags_"
_UPSTREAM_TOKEN = "upstream-token"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class AgencyLogin:
    """A live login at one agency, with its upstream token opened for the connector."""

    agency: str
    principal_kind: str
    principal_label: str
    upstream_token: str
    expires_at: datetime


def is_active(gateway_session: GatewaySession, now: datetime) -> bool:
    return gateway_session.revoked_at is None and gateway_session.expires_at > now


async def create(
    db: AsyncSession, *, now: datetime, ttl: int, client_id: int | None = None
) -> tuple[GatewaySession, str]:
    """A new session and its bearer token (returned this once, stored only hashed)."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    created = GatewaySession(
        id=uuid.uuid4().hex,
        token_hash=token_hash(token),
        client_id=client_id,
        created_at=now,
        expires_at=now + timedelta(seconds=ttl),
        agency_sessions=[],
    )
    await SessionRepository(db).add(created)
    return created, token


async def find(db: AsyncSession, token: str, now: datetime) -> GatewaySession | None:
    """The active session for ``token``; None when unknown, revoked or expired."""
    found = await SessionRepository(db).get_by_token_hash(token_hash(token))
    return found if found is not None and is_active(found, now) else None


async def record_login(
    db: AsyncSession,
    sealer: Sealer,
    gateway_session: GatewaySession,
    login: AgencyLogin,
    now: datetime,
) -> None:
    """Hold ``login`` in the session, replacing an earlier login at the same agency."""
    await SessionRepository(db).drop_agency(gateway_session.id, login.agency)
    db.add(
        AgencySession(
            session_id=gateway_session.id,
            agency=login.agency,
            principal_kind=login.principal_kind,
            principal_label=login.principal_label,
            upstream_token_sealed=sealer.seal(login.upstream_token.encode(), _UPSTREAM_TOKEN),
            created_at=now,
            expires_at=login.expires_at,
        )
    )
    await db.flush()


def require_login(
    gateway_session: GatewaySession | None, sealer: Sealer, agency: str, now: datetime
) -> AgencyLogin:
    """The session's live login at ``agency``, or ``NOT_LOGGED_IN`` naming the agency (also
    when the upstream login has expired)."""
    held = next(
        (
            a
            for a in (gateway_session.agency_sessions if gateway_session else [])
            if a.agency == agency
        ),
        None,
    )
    if held is None or held.expires_at <= now:
        raise UserError(CommonErrorCode.NOT_LOGGED_IN, agency=agency)
    return AgencyLogin(
        agency=held.agency,
        principal_kind=held.principal_kind,
        principal_label=held.principal_label,
        upstream_token=sealer.open(held.upstream_token_sealed, _UPSTREAM_TOKEN).decode(),
        expires_at=held.expires_at,
    )


async def logout(
    db: AsyncSession, gateway_session: GatewaySession, agency: str | None, now: datetime
) -> list[str]:
    """Drop one agency's login, or end the whole session; returns the agencies logged out."""
    agencies = [a.agency for a in gateway_session.agency_sessions]
    if agency is not None:
        dropped = await SessionRepository(db).drop_agency(gateway_session.id, agency)
        return [agency] if dropped else []
    gateway_session.revoked_at = now
    await db.flush()
    return agencies


async def start_or_extend(
    db: AsyncSession,
    sealer: Sealer,
    existing: GatewaySession | None,
    login: AgencyLogin,
    *,
    now: datetime,
    ttl: int,
    client_id: int | None,
) -> str | None:
    """What an agency login mutation calls on success: hold ``login`` in the caller's session,
    starting a session when the caller has none. Returns the new bearer token in that case
    (for the login payload), else None."""
    token = None
    if existing is None:
        existing, token = await create(db, now=now, ttl=ttl, client_id=client_id)
    else:
        existing = await db.merge(existing)
    await record_login(db, sealer, existing, login, now)
    return token
