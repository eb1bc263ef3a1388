"""IdentityConnector: phone (PASS / SMS), card and 간편인증 verification at the provider."""

from __future__ import annotations

from urllib.parse import quote

from connectors.agency_errors import AgencyConnector, AgencyRejectedError
from connectors.identity.payloads import (
    CompletedBody,
    PhoneStartedBody,
    SimpleAuthRequestedBody,
    VerificationBody,
    card_body,
    phone_start_body,
    simple_auth_body,
    to_code_sent,
    to_identity,
    to_pending,
    to_state,
)
from connectors.identity.records import (
    CardCheck,
    PhoneCodeSent,
    PhoneStart,
    SimpleAuthPending,
    SimpleAuthStart,
    VerificationState,
    VerifiedIdentity,
)


class IdentityRejectedError(AgencyRejectedError, agency="identity"):
    """The provider refused with its own code; ``field`` names its input (``card_number``,
    ``consents.unique_id``) and ``tries_left`` the wrong codes still allowed."""


class IdentityConnector(AgencyConnector):
    """Client of the provider's relying-party API.

    Starting, confirming and resending act (a code is sent, a wrong try is counted), so they
    are sent once; reading a verification back is a GET and retried when the provider is
    briefly unavailable.
    """

    agency = "identity"
    refusal = IdentityRejectedError

    async def start_phone_verification(self, request: PhoneStart) -> PhoneCodeSent:
        """휴대폰 본인확인: a 6-digit code by PASS or SMS (none when the data matches no line)."""
        response = await self.request(
            "POST", "/phone/verifications", json=phone_start_body(request)
        )
        return to_code_sent(self.decode(response, PhoneStartedBody))

    async def confirm_phone_verification(self, verification_id: str, code: str) -> VerifiedIdentity:
        """인증번호 확인: the verified person, with CI and DI."""
        response = await self.request(
            "POST",
            f"/phone/verifications/{_segment(verification_id)}/confirm",
            json={"code": code},
            route="/phone/verifications/{id}/confirm",
        )
        return to_identity(self.decode(response, CompletedBody).result)

    async def resend_phone_code(self, verification_id: str) -> PhoneCodeSent:
        """재전송: a new code; the previous one stops working."""
        response = await self.request(
            "POST",
            f"/phone/verifications/{_segment(verification_id)}/resend",
            route="/phone/verifications/{id}/resend",
        )
        return to_code_sent(self.decode(response, PhoneStartedBody))

    async def verify_card(self, request: CardCheck) -> VerifiedIdentity:
        """카드본인확인 with a personal credit or check card in one's own name."""
        response = await self.request("POST", "/card/verifications", json=card_body(request))
        return to_identity(self.decode(response, CompletedBody).result)

    async def request_simple_auth(self, request: SimpleAuthStart) -> SimpleAuthPending:
        """간편인증: push a request to the provider's app; poll `verification` for the answer."""
        response = await self.request(
            "POST", "/simple-auth/requests", json=simple_auth_body(request)
        )
        return to_pending(self.decode(response, SimpleAuthRequestedBody))

    async def verification(self, verification_id: str) -> VerificationState:
        """Any verification's state; the verified person once verified or approved."""
        response = await self.request(
            "GET", f"/verifications/{_segment(verification_id)}", route="/verifications/{id}"
        )
        return to_state(self.decode(response, VerificationBody))


def _segment(value: str) -> str:
    """An id as one path segment: whatever it holds, it cannot reach another route."""
    return quote(value, safe="")
