"""What request handlers need of the store: a session factory and the sealer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from gateway.clients import ClientDirectory
from gateway.crypto import Sealer
from gateway.db.models import GatewaySession
from gateway.services import sessions


@dataclass(frozen=True)
class Store:
    sessions: async_sessionmaker[AsyncSession]
    sealer: Sealer
    clients: ClientDirectory


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class CurrentSession:
    """The bearer token of this request and, loaded once on first use, its gateway session."""

    token: str | None
    store: Store
    _loaded: bool = field(default=False, init=False)
    _session: GatewaySession | None = field(default=None, init=False)

    async def get(self) -> GatewaySession | None:
        if not self._loaded:
            self._loaded = True
            if self.token:
                async with self.store.sessions() as db:
                    self._session = await sessions.find(db, self.token, utcnow())
        return self._session

    def forget(self) -> None:
        """Reload on next use (after a mutation changed the session)."""
        self._loaded = False
        self._session = None


def bearer_token(authorization: str | None) -> str | None:
    scheme, _, token = (authorization or "").partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None
