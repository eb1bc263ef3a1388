"""Typed access to the store's tables; callers never write SQL."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.db.models import AgencySession, ApiClient, ClientKind, GatewaySession

KEY_PREFIX = "agk_"


def hash_key(key: str) -> str:
    """API keys are 256-bit random strings, so one fast hash is enough to keep them unreadable."""
    return hashlib.sha256(key.encode()).hexdigest()


class ApiClientRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def register(self, name: str, kind: ClientKind) -> tuple[ApiClient, str]:
        """Create a client and return it with its key, which is shown this once only."""
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        client = ApiClient(name=name, kind=kind, key_hash=hash_key(key), key_prefix=key[:12])
        self.session.add(client)
        await self.session.flush()
        return client, key

    async def get_by_key(self, key: str) -> ApiClient | None:
        """The active client holding ``key``, or None (unknown or revoked)."""
        found = await self.session.scalar(
            select(ApiClient).where(ApiClient.key_hash == hash_key(key))
        )
        return found if found is not None and found.revoked_at is None else None

    async def list_all(self) -> Sequence[ApiClient]:
        return (await self.session.scalars(select(ApiClient).order_by(ApiClient.id))).all()

    async def revoke(self, name: str) -> bool:
        client = await self.session.scalar(select(ApiClient).where(ApiClient.name == name))
        if client is None or client.revoked_at is not None:
            return False
        client.revoked_at = datetime.now(UTC)
        return True


class SessionRepository:
    """Gateway sessions and the agency sessions they hold."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, gateway_session: GatewaySession) -> None:
        self.session.add(gateway_session)
        await self.session.flush()

    async def get_by_token_hash(self, token_hash: str) -> GatewaySession | None:
        found: GatewaySession | None = await self.session.scalar(
            select(GatewaySession).where(GatewaySession.token_hash == token_hash)
        )
        return found

    async def get_by_id(self, session_id: str) -> GatewaySession | None:
        return await self.session.get(GatewaySession, session_id)

    async def drop_agency(self, session_id: str, agency: str) -> bool:
        result = await self.session.execute(
            delete(AgencySession).where(
                AgencySession.session_id == session_id, AgencySession.agency == agency
            )
        )
        return bool(getattr(result, "rowcount", 0))
