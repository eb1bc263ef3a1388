"""What request handlers need of the store: a session factory and the sealer."""

from __future__ import annotations

import asyncio
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
    """The bearer token of this request and, loaded once on first use, its gateway session.

    Sibling fields resolve concurrently and each may ask for the session: they all wait for
    the one load (before, the second asker saw "no session" while the first was loading)."""

    token: str | None
    store: Store
    _loaded: bool = field(default=False, init=False)
    _session: GatewaySession | None = field(default=None, init=False)
    _loading: asyncio.Task[GatewaySession | None] | None = field(default=None, init=False)

    async def get(self) -> GatewaySession | None:
        if self._loaded or not self.token:
            return self._session
        loading = self._loading
        if loading is None:
            loading = self._loading = asyncio.get_running_loop().create_task(self._load())
        # shielded: one asker cancelled (its request's deadline) does not fail the others
        return await asyncio.shield(loading)

    async def _load(self) -> GatewaySession | None:
        assert self.token is not None
        try:
            async with self.store.sessions() as db:
                session = await sessions.find(db, self.token, utcnow())
        except BaseException:
            if self._loading is asyncio.current_task():
                self._loading = None  # the next asker tries again
            raise
        if self._loading is asyncio.current_task():  # not forgotten meanwhile
            self._session, self._loaded, self._loading = session, True, None
        return session

    def forget(self) -> None:
        """Reload on next use (after a mutation changed the session)."""
        self._loaded = False
        self._session = None
        self._loading = None


def bearer_token(authorization: str | None) -> str | None:
    scheme, _, token = (authorization or "").partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None
