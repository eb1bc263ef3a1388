"""Helpers the KOTRA mutation modules share: a refusal as payload errors, login payloads."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from connectors.kotra import payloads as p
from gateway.context import Info
from gateway.schema import common
from gateway.schema.kotra import payloads as out
from gateway.schema.kotra.errors import KotraError, kotra_errors
from gateway.schema.kotra.types import KotraMember
from gateway.services.kotra import logins

T = TypeVar("T")


async def attempt(
    info: Info, call: Callable[[], Awaitable[T]]
) -> tuple[T | None, list[KotraError]]:
    """:func:`gateway.schema.common.attempt` with KOTRA's payload errors."""
    return await common.attempt(call, lambda failure: kotra_errors(failure, info.context.language))


async def member_login(info: Info, logged_in: p.LoggedIn) -> out.KotraMemberLoginPayload:
    """Hold the login in the gateway session; the member and the new session's token."""
    token = await logins.hold(info, logged_in)
    assert logged_in.member is not None
    return out.KotraMemberLoginPayload(
        member=KotraMember.of(logged_in.member), session_token=token, errors=[]
    )
