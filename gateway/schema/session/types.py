"""Types of the session wallet."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry

from gateway.db.models import ClientKind, GatewaySession
from gateway.messages.common import SessionErrorCode
from gateway.schema.agency import Agency
from gateway.schema.common import Error
from gateway.schema.gov24.viewer import Gov24ViewerFields
from gateway.schema.hometax.viewer import HometaxViewerFields
from gateway.schema.kosme.viewer import KosmeViewerFields
from gateway.schema.kotra.viewer import KotraViewerFields
from gateway.schema.work24.viewer import Work24ViewerFields

# strawberry.enum registers the GraphQL enum on the Python class itself
strawberry.enum(SessionErrorCode, description="Why a session operation failed.")
strawberry.enum(ClientKind, description="What kind of application a registered client is.")


@strawberry.type(description="An error of a session operation.")
class SessionError(Error):
    code: SessionErrorCode = strawberry.field(description="Stable machine code.")


@strawberry.type(description="A login at one agency held in the session (기관 로그인).")
class AgencyLogin:
    agency: Agency = strawberry.field(description="The agency logged in to.")
    principal_kind: str = strawberry.field(
        description="Who is logged in: `person`, `company_admin`, `department_user` …"
    )
    principal: str = strawberry.field(
        description="Who, for display (names and numbers masked, e.g. `홍*동`, `801210-1******`)."
    )
    expires_at: datetime = strawberry.field(description="When the agency's login ends.")
    active: bool = strawberry.field(description="Whether the login is still valid now.")


@strawberry.type(description="A registered client application (X-Api-Key).")
class ClientApplication:
    name: str = strawberry.field(description="Name given at registration.")
    kind: ClientKind = strawberry.field(description="Portal, mobile app, integrator …")


@strawberry.type(description="The caller's gateway session and the agency logins it holds.")
class Viewer(
    Work24ViewerFields, KotraViewerFields, KosmeViewerFields, Gov24ViewerFields, HometaxViewerFields
):
    session_expires_at: datetime = strawberry.field(description="When the session ends.")
    logins: list[AgencyLogin] = strawberry.field(description="Agency logins, one per agency.")

    @classmethod
    def of(cls, gateway_session: GatewaySession) -> Viewer:
        now = datetime.now(UTC)
        logins = [
            AgencyLogin(
                agency=Agency(held.agency),
                principal_kind=held.principal_kind,
                principal=held.principal_label,
                expires_at=held.expires_at,
                active=held.expires_at > now,
            )
            for held in sorted(gateway_session.agency_sessions, key=lambda a: a.agency)
        ]
        return cls(session_expires_at=gateway_session.expires_at, logins=logins)
