"""KotraConnector: the gateway's client of KOTRA 무역투자24.

Calls made as a logged-in member or company admin carry the agency's login token
(``Authorization: Bearer``), given per call. Everything that acts is sent once; lookups (GET,
and the batch company lookup) are retried.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from urllib.parse import quote

import pydantic

from connectors.agency_errors import AgencyConnector, AgencyRejectedError
from connectors.kotra import payloads as p

M = TypeVar("M", bound=pydantic.BaseModel)
Body = Mapping[str, Any]


class KotraRejectedError(AgencyRejectedError, agency="kotra"):
    """KOTRA refused with its own code; ``field`` names its input."""


def segment(value: str) -> str:
    """An id as one path segment: whatever it holds, it cannot reach another route."""
    return quote(value, safe="")


class KotraConnector(AgencyConnector):
    """Client of the kotra agency's API; verbs mirror its resources."""

    agency = "kotra"
    refusal = KotraRejectedError
    error_body = p.ErrorBody

    # --- sign-up, logins, the member ------------------------------------------------------

    async def start_signup(self, terms: Body) -> p.Flow:
        return await self._call("POST", "/signups", p.Flow, json=terms)

    async def signup(self, flow_id: str) -> p.Flow:
        return await self._call(
            "GET", f"/signups/{segment(flow_id)}", p.Flow, route="/signups/{id}"
        )

    async def verify_signup(self, flow_id: str, person: Body) -> p.Flow:
        path = f"/signups/{segment(flow_id)}/verification"
        return await self._call(
            "POST", path, p.Flow, json=person, route="/signups/{id}/verification"
        )

    async def complete_signup(self, flow_id: str, info: Body) -> p.LoggedIn:
        path = f"/signups/{segment(flow_id)}/member"
        return await self._call("POST", path, p.LoggedIn, json=info, route="/signups/{id}/member")

    async def sign_up_simple(self, body: Body) -> p.SimpleSignedUp:
        return await self._call("POST", "/simple-signups", p.SimpleSignedUp, json=body)

    async def log_in(self, body: Body) -> p.LoggedIn:
        return await self._call("POST", "/sessions", p.LoggedIn, json=body)

    async def log_in_sns(self, body: Body) -> p.LoggedIn:
        return await self._call("POST", "/sns-sessions", p.LoggedIn, json=body)

    async def me(self, token: str) -> p.Member:
        return await self._call("GET", "/me", p.Member, token=token)

    async def convert_simple_member(self, token: str, body: Body) -> p.Member:
        return await self._call("POST", "/me/conversion", p.Member, token=token, json=body)

    async def apply_service(self, token: str, service: str) -> p.ServiceApplied:
        path = f"/me/services/{segment(service)}"
        return await self._call(
            "POST", path, p.ServiceApplied, token=token, route="/me/services/{service}"
        )

    async def affiliate(self, token: str, body: Body) -> p.Member:
        return await self._call("POST", "/me/affiliation", p.Member, token=token, json=body)

    async def find_login_id(self, body: Body) -> p.IdFound:
        return await self._call("POST", "/id-lookups", p.IdFound, json=body)

    async def find_sns(self, body: Body) -> p.SnsAccounts:
        return await self._call("POST", "/sns-lookups", p.SnsAccounts, json=body)

    async def reset_password(self, body: Body) -> p.PasswordWasReset:
        return await self._call("POST", "/password-resets", p.PasswordWasReset, json=body)

    async def log_in_legacy(self, body: Body) -> p.LegacyAccounts:
        return await self._call("POST", "/legacy/sessions", p.LegacyAccounts, json=body)

    async def convert_legacy(self, flow_id: str, body: Body) -> p.LoggedIn:
        path = f"/legacy/sessions/{segment(flow_id)}/conversion"
        return await self._call(
            "POST", path, p.LoggedIn, json=body, route="/legacy/sessions/{id}/conversion"
        )

    # --- companies -----------------------------------------------------------------------

    async def company(self, number: str) -> p.CompanySummary:
        """소속기업 조회 of a registered company."""
        path = f"/companies/{segment(number)}"
        return await self._call("GET", path, p.CompanySummary, route="/companies/{number}")

    async def companies(self, numbers: list[str]) -> dict[str, p.Company]:
        """Companies KOTRA knows among ``numbers`` (at most 100), by number."""
        found = await self._call(
            "POST", "/companies/batch", p.CompanyBatch, json={"numbers": numbers}, idempotent=True
        )
        return {company.number: company for company in found.companies}

    async def start_registration(self, token: str, terms: Body, number: str) -> p.Flow:
        body = {"terms": terms, "number": number}
        return await self._call("POST", "/company-registrations", p.Flow, token=token, json=body)

    async def registration(self, token: str, flow_id: str) -> p.Flow:
        path = f"/company-registrations/{segment(flow_id)}"
        return await self._call(
            "GET", path, p.Flow, token=token, route="/company-registrations/{id}"
        )

    async def register_company(self, token: str, flow_id: str, body: Body) -> p.CompanyRegistered:
        path = f"/company-registrations/{segment(flow_id)}"
        return await self._call(
            "POST",
            path,
            p.CompanyRegistered,
            token=token,
            json=body,
            route="/company-registrations/{id}",
        )

    async def log_in_company(self, body: Body) -> p.LoggedIn:
        return await self._call("POST", "/company-sessions", p.LoggedIn, json=body)

    async def own_company(self, token: str) -> p.Company:
        return await self._call("GET", "/company", p.Company, token=token)

    async def employees(self, token: str, first: int, after: str | None) -> p.EmployeePage:
        params = {"first": str(first)} | ({"after": after} if after else {})
        return await self._call(
            "GET", "/company/employees", p.EmployeePage, token=token, params=params
        )

    async def remove_employee(self, token: str, member_id: int) -> p.EmployeeRemoved:
        path = f"/company/employees/{member_id}"
        return await self._call(
            "DELETE", path, p.EmployeeRemoved, token=token, route="/company/employees/{id}"
        )

    async def certify_company(self, token: str, proof: Body) -> p.Certified:
        body = {"proof": proof}
        return await self._call(
            "POST", "/company/certification", p.Certified, token=token, json=body
        )

    async def update_company(self, token: str, fields: Body) -> p.Company:
        return await self._call("PUT", "/company", p.Company, token=token, json=fields)

    async def change_approval_password(self, token: str, body: Body) -> p.Changed:
        return await self._call(
            "PUT", "/company/approval-password", p.Changed, token=token, json=body
        )

    async def service_history(
        self, token: str, first: int, after: str | None
    ) -> p.ServiceHistoryPage:
        """기업 신청 사업 내역, newest first (``after``: the last id of the previous page)."""
        params = {"first": str(first)} | ({"after": after} if after else {})
        return await self._call(
            "GET", "/company/service-history", p.ServiceHistoryPage, token=token, params=params
        )

    async def mileage(self, token: str, first: int, after: str | None) -> p.MileagePage:
        """마일리지 내역, newest first, with the company's balance."""
        params = {"first": str(first)} | ({"after": after} if after else {})
        return await self._call(
            "GET", "/company/mileage", p.MileagePage, token=token, params=params
        )

    async def use_mileage(self, token: str, body: Body) -> p.MileageEntry:
        """서비스 마일리지 사용, as the logged-in member."""
        return await self._call("POST", "/me/mileage-uses", p.MileageEntry, token=token, json=body)

    async def request_name_change(self, token: str, body: Body) -> p.NameChangeRequest:
        """사명 변경신청 (only after 기업인증)."""
        return await self._call(
            "POST", "/company/name-change-requests", p.NameChangeRequest, token=token, json=body
        )

    async def name_change_requests(self, token: str) -> p.NameChangeRequests:
        return await self._call(
            "GET", "/company/name-change-requests", p.NameChangeRequests, token=token
        )

    # --- reference data ------------------------------------------------------------------

    async def hs_codes(self, term: str, first: int, after: str | None) -> p.HsPage:
        params = {"q": term, "first": str(first)} | ({"after": after} if after else {})
        return await self._call("GET", "/hs-codes", p.HsPage, params=params)

    async def countries(self) -> p.CountryList:
        return await self._call("GET", "/countries", p.CountryList)

    # --- plumbing ------------------------------------------------------------------------

    async def _call(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        token: str | None = None,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        idempotent: bool = False,
        route: str | None = None,
    ) -> M:
        """One call, as the login ``token`` when given (``Authorization: Bearer``); the answer
        decoded into ``model``."""
        headers = {"Authorization": f"Bearer {token}"} if token is not None else None
        response = await self.request(
            method,
            path,
            json=json,
            params=params,
            idempotent=idempotent,
            route=route,
            headers=headers,
        )
        return self.decode(response, model)
