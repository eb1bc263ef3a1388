"""HometaxConnector: the gateway's client of Hometax's department-user API.

Logged-in calls carry the Hometax login token as ``Authorization: Bearer``; the connector sets
it for the one call (a context variable read where the request is sent). Acting calls (apply,
log in, change a status) are sent once; reads are retried when Hometax is briefly unavailable.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from connectors.agency_errors import AgencyConnector, AgencyRejectedError
from connectors.hometax.payloads import (
    ApplicationStateBody,
    AppliedBody,
    CertificateRegisteredBody,
    DelegationBody,
    DepartmentUserBody,
    DepartmentUserListBody,
    DoneBody,
    IdCheckBody,
    LoggedInBody,
    StandingListBody,
    StatusChangedBody,
    StatusFeedBody,
    TemporaryPasswordBody,
    application_body,
)
from connectors.hometax.records import (
    Application,
    ApplicationState,
    Applied,
    Delegation,
    DepartmentUser,
    HometaxLogin,
    RegisteredCertificate,
    Standing,
    StatusChanged,
    StatusFeed,
    TemporaryPassword,
)


class HometaxRejectedError(AgencyRejectedError, agency="hometax"):
    """Hometax refused with its own code; ``field`` names its input (``user_id`` …)."""


class HometaxConnector(AgencyConnector):
    """Client of the hometax agency's API."""

    agency = "hometax"
    refusal = HometaxRejectedError

    async def check_user_id(self, user_id: str) -> str:
        """중복확인: Hometax's message when the ID is well-formed and free."""
        response = await self.request(
            "POST", "/department-users/id-check", json={"user_id": user_id}
        )
        return self.decode(response, IdCheckBody).message

    async def apply(self, application: Application) -> Applied:
        """아이디 신청: the new department user, 대기."""
        response = await self.request(
            "POST", "/department-users", json=application_body(application)
        )
        return self.decode(response, AppliedBody).to_record()

    async def application(self, application_id: str) -> ApplicationState:
        response = await self.request(
            "GET",
            f"/department-users/applications/{_segment(application_id)}",
            route="/department-users/applications/{id}",
        )
        return self.decode(response, ApplicationStateBody).to_record()

    async def certificate_login(
        self, business_number: str, proof: Mapping[str, str], user_id: str | None = None
    ) -> HometaxLogin:
        """공인인증서 로그인: the representative, or a department user (``user_id``)."""
        body: dict[str, Any] = {"business_number": business_number, "proof": dict(proof)}
        if user_id is not None:
            body["user_id"] = user_id
        response = await self.request("POST", "/auth/certificate", json=body)
        return self.decode(response, LoggedInBody).to_record()

    async def password_login(self, user_id: str, password: str) -> HometaxLogin:
        response = await self.request(
            "POST", "/auth/password", json={"user_id": user_id, "password": password}
        )
        return self.decode(response, LoggedInBody).to_record()

    async def department_users(self, token: str) -> list[DepartmentUser]:
        """부서사용자 아이디 관리 (representative login)."""
        response = await self._as(token, "GET", "/my-nts/department-users")
        body = self.decode(response, DepartmentUserListBody)
        return [user.to_record() for user in body.department_users]

    async def set_status(self, token: str, user_id: str, status: str) -> StatusChanged:
        response = await self._as(
            token,
            "PUT",
            f"/my-nts/department-users/{_segment(user_id)}/status",
            json={"status": status},
            route="/my-nts/department-users/{user_id}/status",
        )
        return self.decode(response, StatusChangedBody).to_record()

    async def send_temporary_password(self, token: str, user_id: str) -> TemporaryPassword:
        """임시 비밀번호 발송: the masked address it went to, and its validity."""
        response = await self._as(
            token,
            "POST",
            f"/my-nts/department-users/{_segment(user_id)}/temporary-password",
            route="/my-nts/department-users/{user_id}/temporary-password",
        )
        return self.decode(response, TemporaryPasswordBody).to_record()

    async def me(self, token: str) -> DepartmentUser:
        response = await self._as(token, "GET", "/department-user")
        return self.decode(response, DepartmentUserBody).to_record()

    async def change_password(self, token: str, current: str, new: str, confirmation: str) -> str:
        body = {
            "current_password": current,
            "new_password": new,
            "new_password_confirmation": confirmation,
        }
        response = await self._as(token, "POST", "/department-user/password", json=body)
        return self.decode(response, DoneBody).message

    async def register_certificate(
        self, token: str, proof: Mapping[str, str]
    ) -> RegisteredCertificate:
        response = await self._as(
            token, "POST", "/department-user/certificate", json={"proof": dict(proof)}
        )
        return self.decode(response, CertificateRegisteredBody).to_record()

    async def delegate(self, user_id: str, password: str, platform: str) -> Delegation:
        """부서사용자등록 by a third-party platform: a delegation token for the business."""
        body = {"user_id": user_id, "password": password, "platform": platform}
        response = await self.request("POST", "/delegations", json=body)
        return self.decode(response, DelegationBody).to_record()

    async def standing(self, business_numbers: list[str]) -> dict[str, Standing]:
        """Department-user standing of up to 100 businesses in one call (a pure read)."""
        response = await self.request(
            "POST",
            "/businesses/standing",
            json={"business_numbers": business_numbers},
            idempotent=True,
        )
        body = self.decode(response, StandingListBody)
        return {row.business_number: row.to_record() for row in body.businesses}

    async def status_events(self, after: int, limit: int = 100) -> StatusFeed:
        """The status feed after ``after`` (a pure read, retried)."""
        params = {"after": str(after), "limit": str(limit)}
        response = await self.request(
            "GET", "/department-users/status-events", params=params, idempotent=True
        )
        return self.decode(response, StatusFeedBody).to_record()

    async def _as(
        self, token: str, method: str, path: str, *, json: Any = None, route: str | None = None
    ) -> httpx.Response:
        """A call made as the logged-in user (the Hometax login's bearer token)."""
        headers = {"Authorization": f"Bearer {token}"}
        return await self.request(method, path, json=json, route=route, headers=headers)


def _segment(value: str) -> str:
    return quote(value, safe="")
