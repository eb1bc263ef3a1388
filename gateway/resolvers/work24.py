"""Resolvers of 고용24 (Work24) corporate membership: the context's Work24 connector, events,
session and sealing key, handed to the use cases in `gateway.services.work24`. Refusals a
user can act on arrive as ``UserError``s; Work24 being down propagates and becomes
``AGENCY_UNAVAILABLE``."""

from __future__ import annotations

from connectors.work24 import (
    CertificateConfirmation,
    FincertState,
    Industry,
    InformationEntry,
    Login,
    Member,
    SignupState,
    Work24Connector,
)
from gateway.context import Info
from gateway.errors import UserError
from gateway.services import sessions
from gateway.services.work24 import access, mdm_watcher, signup
from gateway.store import utcnow


def _work24(info: Info) -> Work24Connector:
    return info.context.upstreams.work24


async def resolve_signup_start(info: Info, member_type: str, number: str) -> SignupState:
    return await signup.start(_work24(info), member_type, number)


async def resolve_signup(info: Info, signup_id: str) -> SignupState:
    """`work24Signup(id:)`: a client resuming a completed sign-up whose MDM record is still
    pending starts this replica's watcher, so its ``flowUpdated`` stream hears the end."""
    state = await signup.get(_work24(info), signup_id)
    if state.mdm is not None and state.mdm.status != "complete":
        await mdm_watcher.ensure_watching(_work24(info), info.context.events)
    return state


async def resolve_signup_authenticate(
    info: Info, signup_id: str, name: str, opened: str, confirmation: CertificateConfirmation
) -> SignupState:
    return await signup.authenticate(
        _work24(info), info.context.events, signup_id, name, opened, confirmation
    )


async def resolve_signup_agree_terms(info: Info, signup_id: str, agreed: list[str]) -> SignupState:
    return await signup.agree_terms(_work24(info), info.context.events, signup_id, agreed)


async def resolve_signup_complete(
    info: Info, signup_id: str, entry: InformationEntry
) -> SignupState:
    return await signup.complete(_work24(info), info.context.events, signup_id, entry)


async def resolve_industries(info: Info, keyword: str) -> list[Industry]:
    return await _work24(info).industries(keyword)


async def resolve_member(info: Info, number: str) -> Member | None:
    """`Business.work24`: batched per request; a pending MDM record starts the watcher."""
    member: Member | None = await info.context.loaders.work24_member_by_number.load(number)
    if member is not None and member.mdm.status != "complete":
        await mdm_watcher.ensure_watching(_work24(info), info.context.events)
    return member


async def resolve_login(
    info: Info, member_type: str, number: str, confirmation: CertificateConfirmation
) -> tuple[Login, str | None]:
    """Log in at Work24 and hold the login in the caller's gateway session (started when the
    caller has none: its bearer token is returned)."""
    login = await access.log_in(_work24(info), member_type, number, confirmation)
    token = await info.context.hold_login(access.agency_login(login))
    return login, token


async def resolve_viewer_login(info: Info) -> Login | None:
    """`viewer.work24`: the member of the session's Work24 login; null when there is none."""
    store, current = info.context.require_store()
    try:
        login = sessions.require_login(await current.get(), store.sealer, "work24", utcnow())
    except UserError:
        return None
    return await access.current(_work24(info), login)


async def resolve_certificate_register(
    info: Info, number: str, name: str, opened: str, confirmation: CertificateConfirmation
) -> Member:
    return await access.register_certificate(_work24(info), number, name, opened, confirmation)


async def resolve_fincert_start(info: Info, number: str, phone: str, method: str) -> FincertState:
    return await access.start_fincert(_work24(info), number, phone, method)


async def resolve_fincert_step(
    info: Info, fincert_id: str, action: str, body: dict[str, object] | None = None
) -> FincertState:
    return await access.fincert_step(_work24(info), fincert_id, action, body)
