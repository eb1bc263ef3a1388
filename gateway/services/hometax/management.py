"""My NTS 부서사용자 아이디 관리: the representative's certificate login, the list, status
changes (published on ``flowUpdated`` under the application's id) and temporary passwords."""

from __future__ import annotations

import enum
from collections.abc import Mapping

from connectors.hometax import (
    DepartmentUser,
    HometaxConnector,
    HometaxLogin,
    StatusChanged,
    TemporaryPassword,
)
from gateway.errors import UserError
from gateway.events import EventBus
from gateway.messages.hometax import HometaxErrorCode as Code
from gateway.services.hometax import flows
from gateway.services.hometax.refusals import call
from gateway.services.sessions import AgencyLogin

REPRESENTATIVE, DEPARTMENT_USER = "representative", "department_user"


class NewStatus(enum.Enum):
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"
    NOT_APPROVED = "not_approved"


def require_role(login: AgencyLogin, role: str) -> str:
    """The upstream token of a Hometax login in ``role``."""
    if login.principal_kind != role:
        code = (
            Code.REPRESENTATIVE_LOGIN_REQUIRED
            if role == REPRESENTATIVE
            else Code.DEPARTMENT_USER_LOGIN_REQUIRED
        )
        raise UserError(code)
    return login.upstream_token


async def representative_login(
    hometax: HometaxConnector, business_number: str, proof: Mapping[str, str]
) -> HometaxLogin:
    """My NTS: the business's certificate, owner-checked against its number by Hometax."""
    return await call(hometax.certificate_login(business_number, proof))


async def department_users(hometax: HometaxConnector, login: AgencyLogin) -> list[DepartmentUser]:
    return await call(hometax.department_users(require_role(login, REPRESENTATIVE)))


async def set_status(
    hometax: HometaxConnector,
    events: EventBus | None,
    login: AgencyLogin,
    user_id: str,
    status: NewStatus,
) -> StatusChanged:
    """Save 사용 / 탈퇴 / 미승인, then tell the applicant's subscribers."""
    token = require_role(login, REPRESENTATIVE)
    changed = await call(hometax.set_status(token, user_id, status.value))
    user = changed.department_user
    await flows.publish_status(events, user.id, user.status, user.status_label, user.changed_at)
    return changed


async def send_temporary_password(
    hometax: HometaxConnector, login: AgencyLogin, user_id: str
) -> TemporaryPassword:
    return await call(hometax.send_temporary_password(require_role(login, REPRESENTATIVE), user_id))
