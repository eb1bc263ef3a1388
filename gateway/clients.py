"""Who is calling: the client application named by ``X-Api-Key`` (or an anonymous one)."""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from gateway.db.models import ClientKind
from gateway.db.repositories import ApiClientRepository, hash_key
from gateway.errors import ErrorCode, GatewayError


@dataclass(frozen=True)
class ClientIdentity:
    """A registered client application, as resolvers and limits see it."""

    id: int
    name: str
    kind: ClientKind


class UnknownApiKeyError(Exception):
    """The ``X-Api-Key`` header names no active client."""


class ApiKeyRequiredError(Exception):
    """Anonymous clients are not allowed and the request carries no ``X-Api-Key``."""


class ClientDirectory:
    """Finds the client of an API key, remembering answers for ``ttl`` seconds so the hot path
    does no I/O (a revoked key therefore keeps working for at most ``ttl`` seconds). At most
    ``capacity`` answers are kept, least recently used first out, so callers sending made-up
    keys cannot grow memory."""

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], ttl: float = 60.0, capacity: int = 4096
    ) -> None:
        self.sessions = sessions
        self.ttl = ttl
        self.capacity = capacity
        self._known: OrderedDict[str, tuple[float, ClientIdentity | None]] = OrderedDict()

    async def identify(self, api_key: str | None, allow_anonymous: bool) -> ClientIdentity | None:
        """The client holding ``api_key``; None for an allowed anonymous caller."""
        if not api_key:
            if allow_anonymous:
                return None
            raise ApiKeyRequiredError
        digest = hash_key(api_key)
        cached = self._known.get(digest)
        if cached is None or cached[0] < time.monotonic():
            cached = (time.monotonic() + self.ttl, await self._lookup(api_key))
            self._known[digest] = cached
            if len(self._known) > self.capacity:
                self._known.popitem(last=False)
        self._known.move_to_end(digest)
        if cached[1] is None:
            raise UnknownApiKeyError
        return cached[1]

    async def _lookup(self, api_key: str) -> ClientIdentity | None:
        async with self.sessions() as session:
            client = await ApiClientRepository(session).get_by_key(api_key)
        return ClientIdentity(client.id, client.name, client.kind) if client else None


def require_kind(client: ClientIdentity | None, *kinds: ClientKind) -> ClientIdentity:
    """The calling application, when it is of one of ``kinds`` (e.g. only a receiving agency
    may verify a Gov24 confirmation); otherwise ``CLIENT_KIND_NOT_ALLOWED``."""
    if client is None or client.kind not in kinds:
        names = ", ".join(kind.value for kind in kinds)
        raise GatewayError(ErrorCode.CLIENT_KIND_NOT_ALLOWED, kinds=names)
    return client
