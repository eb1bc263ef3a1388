"""Work24Connector: 고용24 corporate sign-up, 금융인증서 relay, login, members, MDM feed.

Reads (a sign-up, members, the industry list, the MDM feed, the member lookup, a POST that
changes nothing) are retried when Work24 is briefly unavailable; every step that acts is sent
once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

import httpx

from connectors.agency_errors import AgencyConnector, AgencyRejectedError
from connectors.work24.payloads import (
    ErrorBody,
    FincertBody,
    IndustryListBody,
    LoginBody,
    MdmFeedBody,
    MemberBody,
    MemberListBody,
    SignupBody,
    confirmation_body,
    information_body,
)
from connectors.work24.records import (
    CertificateConfirmation,
    FincertState,
    Industry,
    InformationEntry,
    Login,
    MdmFeed,
    Member,
    SignupState,
)

MAX_LOOKUP = 100
"""Numbers per member lookup call."""


class Work24RejectedError(AgencyRejectedError, agency="work24"):
    """Work24 refused with its own code; ``field`` names its input, ``reason`` the CA's code
    behind a certificate refusal."""

    def __init__(
        self, status: int, code: str, message: str, *, reason: str | None = None, **details: Any
    ) -> None:
        super().__init__(status, code, message, **details)
        self.reason = reason


def _segment(value: str) -> str:
    return quote(value, safe="")


class Work24Connector(AgencyConnector):
    """Client of the work24 agency's API."""

    agency = "work24"
    refusal = Work24RejectedError
    error_body = ErrorBody

    async def _post(self, path: str, body: Any = None, route: str | None = None) -> httpx.Response:
        return await self.request("POST", path, json=body, route=route)

    # --- sign-up -------------------------------------------------------------------------------

    async def start_signup(self, member_type: str, business_number: str) -> SignupState:
        body = {"member_type": member_type, "business_number": business_number}
        return self.decode(await self._post("/signups", body), SignupBody).record()

    async def signup(self, signup_id: str) -> SignupState:
        response = await self.request(
            "GET", f"/signups/{_segment(signup_id)}", route="/signups/{id}"
        )
        return self.decode(response, SignupBody).record()

    async def authenticate_signup(
        self,
        signup_id: str,
        representative_name: str,
        opening_date: str,
        confirmation: CertificateConfirmation,
    ) -> SignupState:
        body = {
            "representative_name": representative_name,
            "opening_date": opening_date,
            **confirmation_body(confirmation),
        }
        path = f"/signups/{_segment(signup_id)}/authenticate"
        response = await self._post(path, body, "/signups/{id}/authenticate")
        return self.decode(response, SignupBody).record()

    async def agree_terms(self, signup_id: str, agreed: Iterable[str]) -> SignupState:
        path = f"/signups/{_segment(signup_id)}/terms"
        response = await self._post(path, {"agreed": list(agreed)}, "/signups/{id}/terms")
        return self.decode(response, SignupBody).record()

    async def enter_information(self, signup_id: str, entry: InformationEntry) -> SignupState:
        path = f"/signups/{_segment(signup_id)}/information"
        response = await self._post(path, information_body(entry), "/signups/{id}/information")
        return self.decode(response, SignupBody).record()

    async def industries(self, keyword: str) -> list[Industry]:
        response = await self.request("GET", "/industries", params={"q": keyword})
        return [
            Industry(i.code, i.name) for i in self.decode(response, IndustryListBody).industries
        ]

    # --- 금융인증서 ------------------------------------------------------------------------------

    async def start_fincert(self, business_number: str, phone: str, method: str) -> FincertState:
        body = {"business_number": business_number, "phone": phone, "method": method}
        return self.decode(await self._post("/fincert", body), FincertBody).record()

    async def fincert_step(
        self, fincert_id: str, action: str, body: dict[str, Any] | None = None
    ) -> FincertState:
        """``signup`` (terms, PIN), ``confirm`` (code), ``resend`` or ``sign`` (PIN)."""
        path = f"/fincert/{_segment(fincert_id)}/{action}"
        response = await self._post(path, body, f"/fincert/{{id}}/{action}")
        return self.decode(response, FincertBody).record()

    # --- members, login ----------------------------------------------------------------------

    async def members(self, numbers: list[str]) -> dict[str, Member]:
        """The members among ``numbers`` (⌈N/100⌉ calls), by number."""
        found: dict[str, Member] = {}
        for start in range(0, len(numbers), MAX_LOOKUP):
            chunk = numbers[start : start + MAX_LOOKUP]
            response = await self.request(
                "POST", "/members/lookup", json={"business_numbers": chunk}, idempotent=True
            )
            for member in self.decode(response, MemberListBody).members:
                found[member.business_number] = member.record()
        return found

    async def log_in(
        self, member_type: str, business_number: str, confirmation: CertificateConfirmation
    ) -> Login:
        body = {
            "member_type": member_type,
            "business_number": business_number,
            **confirmation_body(confirmation),
        }
        return self.decode(await self._post("/logins", body), LoginBody).record()

    async def me(self, token: str) -> Login:
        """The logged-in member of ``token`` (401 LOGIN_REQUIRED once it has expired).

        The token travels in the Authorization header, never in the URL (nor in the call's
        observed route); being a read, the call is retried like every GET."""
        headers = {"Authorization": f"Bearer {token}"}
        response = await self.request("GET", "/me", headers=headers, route="/me")
        return self.decode(response, LoginBody).record()

    async def register_certificate(
        self,
        business_number: str,
        representative_name: str,
        opening_date: str,
        confirmation: CertificateConfirmation,
    ) -> Member:
        body = {
            "representative_name": representative_name,
            "opening_date": opening_date,
            **confirmation_body(confirmation),
        }
        path = f"/members/{_segment(business_number)}/certificates"
        response = await self._post(path, body, "/members/{number}/certificates")
        return self.decode(response, MemberBody).record()

    # --- MDM sync feed -----------------------------------------------------------------------

    async def mdm_events(self, after: int, limit: int = 100) -> MdmFeed:
        params = {"after": str(after), "limit": str(limit)}
        response = await self.request("GET", "/mdm/events", params=params)
        return self.decode(response, MdmFeedBody).record()
