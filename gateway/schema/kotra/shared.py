"""Helpers the KOTRA mutation modules share: language, login payloads."""

from __future__ import annotations

from connectors.kotra import payloads as p
from gateway.context import Info
from gateway.errors import UserError
from gateway.i18n import Language
from gateway.schema.kotra import payloads as out
from gateway.schema.kotra.errors import kotra_errors
from gateway.schema.kotra.types import KotraMember
from gateway.services.kotra import logins


def lang(info: Info) -> Language:
    return info.context.language


def no_login(info: Info, failure: UserError) -> out.KotraMemberLoginPayload:
    errors = kotra_errors(failure, lang(info))
    return out.KotraMemberLoginPayload(member=None, session_token=None, errors=errors)


async def member_login(info: Info, logged_in: p.LoggedIn) -> out.KotraMemberLoginPayload:
    """Hold the login in the gateway session; the member and the new session's token."""
    token = await logins.hold(info, logged_in)
    assert logged_in.member is not None
    return out.KotraMemberLoginPayload(
        member=KotraMember.of(logged_in.member), session_token=token, errors=[]
    )
