"""viewer, sessionCreate, sessionLogout."""

from __future__ import annotations

import strawberry

from gateway.context import Info
from gateway.db.uow import unit_of_work
from gateway.errors import UserError
from gateway.messages.common import SessionErrorCode
from gateway.schema.agency import Agency
from gateway.schema.common import payload_errors
from gateway.schema.session.types import ClientApplication, SessionError, Viewer
from gateway.services import sessions
from gateway.store import utcnow


@strawberry.type(description="Result of `sessionCreate`.")
class SessionCreatePayload:
    token: str | None = strawberry.field(
        description="The bearer token (send as `Authorization: Bearer …`); shown only here."
    )
    viewer: Viewer | None = strawberry.field(description="The new session.")
    errors: list[SessionError] = strawberry.field(description="Why it failed, if it did.")


@strawberry.input(description="What to log out of.")
class SessionLogoutInput:
    agency: Agency | None = strawberry.field(
        default=None, description="One agency's login to drop; omitted: end the whole session."
    )


@strawberry.type(description="Result of `sessionLogout`.")
class SessionLogoutPayload:
    logged_out: list[Agency] = strawberry.field(description="Agencies whose login was dropped.")
    session_ended: bool = strawberry.field(description="Whether the whole session ended.")
    errors: list[SessionError] = strawberry.field(description="Why it failed, if it did.")


@strawberry.type
class SessionQueries:
    @strawberry.field(description="The caller's session (from `Authorization: Bearer`), or null.")
    async def viewer(self, info: Info) -> Viewer | None:
        _, current = info.context.require_store()
        found = await current.get()
        return Viewer.of(found) if found else None

    @strawberry.field(description="The calling application (from `X-Api-Key`), or null.")
    def client(self, info: Info) -> ClientApplication | None:
        client = info.context.client
        return ClientApplication(name=client.name, kind=client.kind) if client else None


@strawberry.type
class SessionMutations:
    @strawberry.mutation(
        description=(
            "Start an empty session explicitly (an agency login also starts one). "
            "Returns its bearer token once."
        )
    )
    async def session_create(self, info: Info) -> SessionCreatePayload:
        store, current = info.context.require_store()
        client_id = info.context.client.id if info.context.client else None
        async with unit_of_work(store.sessions) as db:
            created, token = await sessions.create(
                db, now=utcnow(), ttl=info.context.settings.session_ttl, client_id=client_id
            )
        current.forget()
        return SessionCreatePayload(token=token, viewer=Viewer.of(created), errors=[])

    @strawberry.mutation(
        description="Log out of one agency (`input.agency`), or end the session (no input)."
    )
    async def session_logout(
        self, info: Info, input: SessionLogoutInput | None = None
    ) -> SessionLogoutPayload:
        store, current = info.context.require_store()
        found = await current.get()
        if found is None:
            failure = UserError(SessionErrorCode.NO_SESSION)
            errors = payload_errors(SessionError, SessionErrorCode, failure, info.context.language)
            return SessionLogoutPayload(logged_out=[], session_ended=False, errors=errors)
        agency = input.agency.name.lower() if input and input.agency else None
        async with unit_of_work(store.sessions) as db:
            attached = await db.merge(found)
            dropped = await sessions.logout(db, attached, agency, utcnow())
        current.forget()
        return SessionLogoutPayload(
            logged_out=[Agency(a) for a in dropped], session_ended=agency is None, errors=[]
        )
