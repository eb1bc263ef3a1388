"""Who is calling: the client application named by ``X-Api-Key`` (or an anonymous one)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from gateway.db.models import ClientKind
from gateway.db.repositories import ApiClientRepository


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


async def identify(
    api_key: str | None, sessions: async_sessionmaker[AsyncSession], allow_anonymous: bool
) -> ClientIdentity | None:
    """The client holding ``api_key``; None for an allowed anonymous caller."""
    if not api_key:
        if allow_anonymous:
            return None
        raise ApiKeyRequiredError
    async with sessions() as session:
        client = await ApiClientRepository(session).get_by_key(api_key)
    if client is None:
        raise UnknownApiKeyError
    return ClientIdentity(client.id, client.name, client.kind)
