"""Resolvers of identity verification: the context's provider connector and sealing key, handed
to the use cases in `gateway.services.identity`. Refusals a user can act on arrive as
``UserError``s; the provider being down propagates and becomes ``AGENCY_UNAVAILABLE``."""

from __future__ import annotations

from connectors.identity import IdentityConnector
from gateway.context import Info
from gateway.crypto import Sealer
from gateway.services import identity
from gateway.services.identity import Flow, StartRequest


def _provider(info: Info) -> tuple[IdentityConnector, Sealer]:
    store = info.context.store
    assert store is not None, "context built without a store"
    return info.context.upstreams.identity, store.sealer


async def resolve_identity_verification_start(info: Info, request: StartRequest) -> Flow:
    return await identity.start(*_provider(info), request)


async def resolve_identity_verification_confirm(info: Info, flow_id: str, code: str | None) -> Flow:
    return await identity.confirm(*_provider(info), flow_id, code)


async def resolve_identity_verification_resend(info: Info, flow_id: str) -> Flow:
    return await identity.resend(*_provider(info), flow_id)


async def resolve_identity_verification(info: Info, flow_id: str) -> Flow | None:
    return await identity.get(*_provider(info), flow_id)
