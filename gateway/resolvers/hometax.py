"""Resolvers of Hometax department users: the context's connectors, sealer, session and event
bus handed to the use cases in `gateway.services.hometax`. A Hometax login is held in the
caller's gateway session (started when there is none)."""

from __future__ import annotations

from collections.abc import Mapping

from connectors.hometax import (
    Application,
    ApplicationState,
    Applied,
    Delegation,
    DepartmentUser,
    HometaxConnector,
    HometaxLogin,
    RegisteredCertificate,
    Standing,
    StatusChanged,
    TemporaryPassword,
)
from gateway.clients import require_kind
from gateway.context import Info
from gateway.db.models import ClientKind
from gateway.services import sessions
from gateway.services.hometax import applications, department, management
from gateway.services.hometax.management import DEPARTMENT_USER, REPRESENTATIVE, NewStatus
from gateway.services.sessions import AgencyLogin
from gateway.store import utcnow
from koreakit import masking

AGENCY = "hometax"
DELEGATING_KINDS = (ClientKind.INTEGRATOR,)
"""Who may register a department user and get a delegation (부서사용자등록): a third-party
platform's server (the manual's 카고페이 회원사관리), registered as an integrator. Not a portal
or mobile app: they are the business's own front ends, which act through the user's login held
in the gateway session; a year-long delegation token must stay on a platform's server, and a
front end asking for one would be harvesting it from an ID and password typed into it."""


def _hometax(info: Info) -> HometaxConnector:
    return info.context.upstreams.hometax


async def _login(info: Info) -> AgencyLogin:
    store, current = info.context.require_store()
    return sessions.require_login(await current.get(), store.sealer, AGENCY, utcnow())


async def _hold(info: Info, login: HometaxLogin) -> str | None:
    """Keep the Hometax login in the caller's session; the new bearer token if one started."""
    if login.role == REPRESENTATIVE:
        label = f"{login.company_name} 대표자 {masking.mask_name(login.name)}"
    else:
        label = f"{login.user_id} ({masking.mask_name(login.name)})"
    held = sessions.AgencyLogin(
        agency=AGENCY,
        principal_kind=REPRESENTATIVE if login.role == REPRESENTATIVE else DEPARTMENT_USER,
        principal_label=label,
        upstream_token=login.token,
        expires_at=login.expires_at,
    )
    return await info.context.hold_login(held)


async def resolve_user_id_check(info: Info, user_id: str) -> str:
    return await applications.check_user_id(_hometax(info), user_id)


async def resolve_apply(info: Info, application: Application) -> Applied:
    store, _ = info.context.require_store()
    upstreams = applications.Upstreams(
        _hometax(info), info.context.upstreams.identity, store.sealer, info.context.events
    )
    return await applications.apply(upstreams, application, utcnow())


async def resolve_application(info: Info, application_id: str) -> ApplicationState | None:
    return await applications.state(_hometax(info), application_id, info.context.events)


async def resolve_representative_login(
    info: Info, business_number: str, proof: Mapping[str, str]
) -> tuple[HometaxLogin, str | None]:
    login = await management.representative_login(_hometax(info), business_number, proof)
    return login, await _hold(info, login)


async def resolve_department_users(info: Info) -> list[DepartmentUser]:
    return await management.department_users(_hometax(info), await _login(info))


async def resolve_set_status(info: Info, user_id: str, status: NewStatus) -> StatusChanged:
    login = await _login(info)
    return await management.set_status(_hometax(info), info.context.events, login, user_id, status)


async def resolve_temporary_password(info: Info, user_id: str) -> TemporaryPassword:
    login = await _login(info)
    return await management.send_temporary_password(_hometax(info), login, user_id)


async def resolve_password_login(
    info: Info, user_id: str, password: str
) -> tuple[HometaxLogin, str | None]:
    login = await department.password_login(_hometax(info), user_id, password)
    return login, await _hold(info, login)


async def resolve_certificate_login(
    info: Info, business_number: str, user_id: str, proof: Mapping[str, str]
) -> tuple[HometaxLogin, str | None]:
    login = await department.certificate_login(_hometax(info), business_number, user_id, proof)
    return login, await _hold(info, login)


async def resolve_me(info: Info) -> DepartmentUser:
    return await department.me(_hometax(info), await _login(info))


async def resolve_me_as_list(info: Info) -> list[DepartmentUser]:
    return [await resolve_me(info)]


async def resolve_password_change(info: Info, current: str, new: str, confirmation: str) -> str:
    login = await _login(info)
    return await department.change_password(_hometax(info), login, current, new, confirmation)


async def resolve_certificate_register(
    info: Info, proof: Mapping[str, str]
) -> RegisteredCertificate:
    login = await _login(info)
    return await department.register_certificate(_hometax(info), login, proof)


async def resolve_delegate(info: Info, user_id: str, password: str, platform: str) -> Delegation:
    """Only an integrator client (`X-Api-Key`); anyone else: ``CLIENT_KIND_NOT_ALLOWED``."""
    require_kind(info.context.client, *DELEGATING_KINDS)
    return await department.delegate(_hometax(info), user_id, password, platform)


async def resolve_standing(info: Info, number: str) -> Standing:
    standing: Standing = await info.context.loaders.hometax_standing_by_number.load(number)
    return standing
