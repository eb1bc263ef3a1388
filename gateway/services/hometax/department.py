"""The department user's side: ID/password or certificate login, the password change a
temporary password forces, registering its own certificate; and a third-party platform's
registration of the user (부서사용자등록), which yields a delegation for the business."""

from __future__ import annotations

from collections.abc import Mapping

from connectors.hometax import (
    Delegation,
    DepartmentUser,
    HometaxConnector,
    HometaxLogin,
    RegisteredCertificate,
)
from gateway.services.hometax import rules
from gateway.services.hometax.management import DEPARTMENT_USER, require_role
from gateway.services.hometax.refusals import call
from gateway.services.sessions import AgencyLogin


async def password_login(hometax: HometaxConnector, user_id: str, password: str) -> HometaxLogin:
    """Only a 사용 department user logs in; 대기/미승인 and 탈퇴 are refused."""
    return await call(hometax.password_login(user_id, password))


async def certificate_login(
    hometax: HometaxConnector, business_number: str, user_id: str, proof: Mapping[str, str]
) -> HometaxLogin:
    """With the department user's own registered certificate."""
    return await call(hometax.certificate_login(business_number, proof, user_id))


async def me(hometax: HometaxConnector, login: AgencyLogin) -> DepartmentUser:
    return await call(hometax.me(require_role(login, DEPARTMENT_USER)))


async def change_password(
    hometax: HometaxConnector, login: AgencyLogin, current: str, new: str, confirmation: str
) -> str:
    token = require_role(login, DEPARTMENT_USER)
    rules.check_password(
        new, confirmation, ["input", "newPassword"], ["input", "newPasswordConfirmation"]
    )
    return await call(hometax.change_password(token, current, new, confirmation))


async def register_certificate(
    hometax: HometaxConnector, login: AgencyLogin, proof: Mapping[str, str]
) -> RegisteredCertificate:
    return await call(hometax.register_certificate(require_role(login, DEPARTMENT_USER), proof))


async def delegate(
    hometax: HometaxConnector, user_id: str, password: str, platform: str
) -> Delegation:
    """A platform verifies a 사용 department user's ID and password and gets a delegation token
    scoped to the business's e-tax invoices; no certificate passes through it."""
    name = rules.require_text(platform, ["input", "platform"], "플랫폼명", "platform name")
    return await call(hometax.delegate(user_id, password, name))
