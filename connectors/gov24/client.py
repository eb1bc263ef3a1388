"""Gov24Connector: the gateway's client of the 전자본인서명확인서 발급시스템.

Logging in, the identity check, writing, signing, consenting, renewing, saving to the wallet and
a receiving agency's verification act (a code is sent, a try counted, a look-up logged), so they
are sent once; reads are GETs and retried when the agency is briefly unavailable.
"""

from __future__ import annotations

from urllib.parse import quote

from connectors.agency_errors import AgencyConnector, AgencyRejectedError
from connectors.gov24 import payloads as p
from connectors.gov24.records import (
    Address,
    AgencyPage,
    ApplicationForm,
    Confirmation,
    ConfirmationPage,
    Draft,
    LoginState,
    MemberLogin,
    Slip,
    UsageApproval,
    Verified,
)


class Gov24RejectedError(AgencyRejectedError, agency="gov24"):
    """The agency refused with its own code (or a KoreaKit certificate code); ``field`` names
    its input and ``tries_left`` the wrong codes still allowed."""


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _segment(value: str) -> str:
    return quote(value, safe="")


class Gov24Connector(AgencyConnector):
    """Client of the gov24 agency's API."""

    agency = "gov24"
    refusal = Gov24RejectedError

    async def member_log_in(self, user_id: str, password: str) -> MemberLogin:
        """정부24 접속 by ID and password: a portal login only (the issuance menus need the
        certificate login)."""
        body = {"user_id": user_id, "password": password}
        response = await self.request("POST", "/members/login", json=body)
        return self.decode(response, p.MemberLoginBody).record()

    async def log_in(
        self, proof: dict[str, str], resident_number: str, member_token: str | None = None
    ) -> LoginState:
        """인증서 로그인: the proof over a pki challenge and the typed 주민등록번호; with
        ``member_token`` (entered by ID/PW first) the certificate must be that member's."""
        body = {"proof": proof, "resident_number": resident_number}
        headers = _bearer(member_token) if member_token else None
        response = await self.request("POST", "/login", json=body, headers=headers)
        return self.decode(response, p.LoginBody).record()

    async def login_state(self, token: str) -> LoginState:
        response = await self.request("GET", "/login", headers=_bearer(token))
        return self.decode(response, p.LoginBody).record()

    async def identity_check(self, token: str, code: str) -> LoginState:
        """추가 신분확인 with the code of the security token or the phone call."""
        response = await self.request(
            "POST", "/login/identity-check", headers=_bearer(token), json={"code": code}
        )
        return self.decode(response, p.LoginBody).record()

    async def approval(self, token: str) -> UsageApproval:
        response = await self.request("GET", "/approval", headers=_bearer(token))
        return self.decode(response, p.ApprovalBody).record()

    async def renew_approval(self, token: str) -> UsageApproval:
        response = await self.request("POST", "/approval/renew", headers=_bearer(token))
        return self.decode(response, p.ApprovalBody).record()

    async def addresses(self, token: str, query: str) -> tuple[Address, ...]:
        """주민등록 주소지 검색."""
        response = await self.request(
            "GET", "/addresses", headers=_bearer(token), params={"query": query}
        )
        return tuple(self.decode(response, p.AddressPageBody).addresses)

    async def agencies(
        self, query: str, category: str | None, offset: int, limit: int
    ) -> AgencyPage:
        """수요기관 검색 among eligible agencies."""
        params = {"query": query, "offset": str(offset), "limit": str(limit)}
        if category is not None:
            params["category"] = category
        response = await self.request("GET", "/agencies", params=params)
        return self.decode(response, p.AgencyPageBody).record()

    async def write(self, token: str, form: ApplicationForm) -> Draft:
        """전자본인서명확인서 작성: the content to sign."""
        body = {
            "name": form.name,
            "resident_number": form.resident_number,
            "address_id": form.address_id,
            "address_detail": form.address_detail,
            "purpose": form.purpose,
            "counterparty": form.counterparty,
            "delegate": form.delegate,
            "agency_code": form.agency_code,
        }
        response = await self.request("POST", "/applications", headers=_bearer(token), json=body)
        return self.decode(response, p.DraftBody).record()

    async def sign(self, token: str, draft_id: str, certificate: str, signature: str) -> Draft:
        response = await self.request(
            "POST",
            f"/applications/{_segment(draft_id)}/signature",
            headers=_bearer(token),
            json={"certificate": certificate, "signature": signature},
            route="/applications/{id}/signature",
        )
        return self.decode(response, p.DraftBody).record()

    async def guardian_consent(
        self, token: str, draft_id: str, certificate: str, signature: str, random_num: str
    ) -> Draft:
        body = {"certificate": certificate, "signature": signature, "random_num": random_num}
        response = await self.request(
            "POST",
            f"/applications/{_segment(draft_id)}/guardian-consent",
            headers=_bearer(token),
            json=body,
            route="/applications/{id}/guardian-consent",
        )
        return self.decode(response, p.DraftBody).record()

    async def confirmations(self, token: str, offset: int, limit: int) -> ConfirmationPage:
        params = {"offset": str(offset), "limit": str(limit)}
        response = await self.request(
            "GET", "/confirmations", headers=_bearer(token), params=params
        )
        return self.decode(response, p.ConfirmationPageBody).record()

    async def confirmation(self, token: str, number: str) -> Confirmation:
        response = await self.request(
            "GET",
            f"/confirmations/{_segment(number)}",
            headers=_bearer(token),
            route="/confirmations/{n}",
        )
        return self.decode(response, p.ConfirmationBody).record()

    async def slip(self, token: str, number: str) -> Slip:
        response = await self.request(
            "GET",
            f"/confirmations/{_segment(number)}/slip",
            headers=_bearer(token),
            route="/confirmations/{n}/slip",
        )
        return Slip(**self.decode(response, p.SlipBody).model_dump())

    async def slip_pdf(self, token: str, number: str) -> bytes:
        """발급증 as a PDF file."""
        response = await self.request(
            "GET",
            f"/confirmations/{_segment(number)}/slip.pdf",
            headers=_bearer(token),
            route="/confirmations/{n}/slip.pdf",
        )
        if response.status_code >= 400:
            raise self.rejected(response)
        return response.content

    async def save_to_wallet(self, token: str, number: str) -> Confirmation:
        """전자문서지갑에 저장; answers the confirmation as it is now."""
        response = await self.request(
            "POST",
            f"/confirmations/{_segment(number)}/wallet",
            headers=_bearer(token),
            route="/confirmations/{n}/wallet",
        )
        self.decode(response, p.WalletBody)
        return await self.confirmation(token, number)

    async def verify(self, agency_code: str, number: str, name: str) -> Verified:
        """수요기관 확인: only the designated agency sees the content; every look-up is logged."""
        body = {"agency_code": agency_code, "issuance_number": number, "name": name}
        response = await self.request("POST", "/verifications", json=body)
        decoded = self.decode(response, p.VerifiedBody)
        return Verified(decoded.confirmation.record(), decoded.signature_valid)
