"""The typed per-request context every resolver receives as ``info.context``."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.types import Info as StrawberryInfo

from gateway.clients import ClientIdentity
from gateway.db.uow import unit_of_work
from gateway.events import EventBus
from gateway.i18n import Language
from gateway.loaders import Loaders
from gateway.services.sessions import AgencyLogin, start_or_extend
from gateway.settings import Settings
from gateway.store import CurrentSession, Store, utcnow
from gateway.upstreams import Upstreams


@dataclass
class Context:
    request: Request | WebSocket
    response: Response | WebSocket | None
    settings: Settings
    upstreams: Upstreams
    loaders: Loaders
    language: Language
    request_id: str
    client: ClientIdentity | None = None
    store: Store | None = None
    session: CurrentSession | None = None
    connection_params: dict[str, object] | None = None  # a WebSocket's connection_init payload
    events: EventBus | None = None

    def require_store(self) -> tuple[Store, CurrentSession]:
        assert self.store is not None, "context built without a store"
        assert self.session is not None, "context built without a session"
        return self.store, self.session

    async def hold_login(self, login: AgencyLogin) -> str | None:
        """What an agency login mutation does on success: keep ``login`` in the caller's
        gateway session (replacing that agency's earlier login), starting a session when the
        caller has none; returns the new session's bearer token then, else None."""
        store, current = self.require_store()
        async with unit_of_work(store.sessions) as db:
            token = await start_or_extend(
                db,
                store.sealer,
                await current.get(),
                login,
                now=utcnow(),
                ttl=self.settings.session_ttl,
                client_id=self.client.id if self.client else None,
            )
        current.forget()
        return token


Info = StrawberryInfo[Context, None]
