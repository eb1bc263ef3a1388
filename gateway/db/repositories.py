"""Typed access to the store's tables; callers never write SQL."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.db.models import (
    AgencySession,
    ApiClient,
    ClientKind,
    GatewaySession,
    PersistedQuery,
)

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


class PersistedQueryRepository:
    """Documents known by their SHA-256: learnt through APQ, or allow-listed by the CLI."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get_by_hash(self, sha256: str) -> PersistedQuery | None:
        return await self.session.get(PersistedQuery, sha256)

    async def add(self, sha256: str, query: str) -> None:
        """Learn a document (APQ); a hash already known, even by another replica, is kept."""
        dialect = self.session.get_bind().dialect.name
        if dialect not in ("postgresql", "sqlite"):
            if await self.get_by_hash(sha256) is None:
                self.session.add(PersistedQuery(hash=sha256, query=query, allow_listed=False))
                await self.session.flush()
            return
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        await self.session.execute(
            insert(PersistedQuery)
            .values(hash=sha256, query=query, allow_listed=False)
            .on_conflict_do_nothing(index_elements=["hash"])
        )

    async def allow(self, sha256: str, query: str, client_kind: str | None) -> PersistedQuery:
        """Allow-list a document, for every client or only ``client_kind``; idempotent."""
        found = await self.get_by_hash(sha256)
        if found is None:
            found = PersistedQuery(hash=sha256, query=query)
            self.session.add(found)
        found.allow_listed = True
        found.client_kind = client_kind
        await self.session.flush()
        return found

    async def list_all(self, *, allow_listed_only: bool = False) -> Sequence[PersistedQuery]:
        statement = select(PersistedQuery).order_by(PersistedQuery.created_at, PersistedQuery.hash)
        if allow_listed_only:
            statement = statement.where(PersistedQuery.allow_listed.is_(True))
        return (await self.session.scalars(statement)).all()
