"""KosmeConnector: the gateway's client of the KOSME job-matching platform.

Member calls carry the member's login token as ``Authorization: Bearer``; the connector sets it
for the one call (a context variable read where the request is sent).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from connectors.agency_errors import AgencyConnector, AgencyRejectedError
from connectors.kosme.payloads import (
    LoggedInBody,
    MemberBody,
    RealNameBody,
    ResumeBody,
    ResumeListBody,
    member_data_body,
    resume_draft_body,
    to_login,
    to_member,
    to_real_name,
    to_resume,
)
from connectors.kosme.records import (
    GeneralSignup,
    Login,
    Member,
    RealNameResult,
    Resume,
    ResumeDraft,
    SnsSignup,
)


class KosmeRejectedError(AgencyRejectedError, agency="kosme"):
    """The platform refused with its own code; ``field`` names its input (``notices.email``)."""


class KosmeConnector(AgencyConnector):
    """Client of the platform's API. Sign-ups, logins and résumé saves act, so they are sent
    once; reads are GETs and retried when the platform is briefly unavailable. Calls made for
    a member carry the member's login token."""

    agency = "kosme"
    refusal = KosmeRejectedError

    async def sign_up_sns(self, request: SnsSignup) -> Login:
        """SNS 회원가입: the platform exchanges the SNS code itself."""
        body = {"provider": request.provider, "code": request.code}
        body |= member_data_body(request.data)
        response = await self.request("POST", "/members/sns", json=body)
        return to_login(self.decode(response, LoggedInBody))

    async def sign_up_general(self, request: GeneralSignup) -> Login:
        """일반 회원가입 with a phone verification the platform reads back from the provider."""
        body = {
            "verification_id": request.verification_id,
            "login_id": request.login_id,
            "password": request.password,
        } | member_data_body(request.data)
        response = await self.request("POST", "/members", json=body)
        return to_login(self.decode(response, LoggedInBody))

    async def log_in(self, login_id: str, password: str, name: str) -> Login:
        body = {"login_id": login_id, "password": password, "name": name}
        return to_login(self.decode(await self.request("POST", "/login", json=body), LoggedInBody))

    async def log_in_sns(self, provider: str, code: str) -> Login:
        body = {"provider": provider, "code": code}
        response = await self.request("POST", "/login/sns", json=body)
        return to_login(self.decode(response, LoggedInBody))

    async def log_in_onepass(self, code: str) -> Login:
        response = await self.request("POST", "/login/onepass", json={"code": code})
        return to_login(self.decode(response, LoggedInBody))

    async def me(self, token: str) -> Member:
        response = await self._as(token, "GET", "/me")
        return to_member(self.decode(response, MemberBody))

    async def resumes(self, token: str) -> list[Resume]:
        """The member's résumés, newest first."""
        response = await self._as(token, "GET", "/resumes")
        return [to_resume(r) for r in self.decode(response, ResumeListBody).resumes]

    async def resume(self, token: str, resume_id: str) -> Resume:
        path = f"/resumes/{quote(resume_id, safe='')}"
        response = await self._as(token, "GET", path, route="/resumes/{id}")
        return to_resume(self.decode(response, ResumeBody))

    async def create_resume(self, token: str, draft: ResumeDraft) -> Resume:
        response = await self._as(token, "POST", "/resumes", json=resume_draft_body(draft))
        return to_resume(self.decode(response, ResumeBody))

    async def update_resume(self, token: str, resume_id: str, draft: ResumeDraft) -> Resume:
        path = f"/resumes/{quote(resume_id, safe='')}"
        body = resume_draft_body(draft)
        # PUT replaces the résumé with the same content however often it is sent, but a
        # retry would repeat the real-name check: sent once like the other writes.
        response = await self._as(token, "PUT", path, json=body, route="/resumes/{id}")
        return to_resume(self.decode(response, ResumeBody))

    async def check_real_name(self, token: str, name_en: str, number: str) -> RealNameResult:
        """외국인 실명확인 through the platform (it asks NICE's stand-in, the identity mock)."""
        body = {"name_en": name_en, "foreigner_number": number}
        response = await self._as(token, "POST", "/foreigners/real-name", json=body)
        return to_real_name(self.decode(response, RealNameBody))

    async def _as(
        self,
        token: str,
        method: str,
        path: str,
        *,
        json: Any = None,
        route: str | None = None,
    ) -> httpx.Response:
        """One call with the member's token (``Authorization: Bearer``)."""
        headers = {"Authorization": f"Bearer {token}"}
        return await self.request(method, path, json=json, route=route, headers=headers)
