"""What the platform asks the identity provider, as its relying party ``kosme``: SNS and
Digital OnePass code exchanges, phone verifications, the 외국인 실명확인. The provider
unreachable or failing is 503 PEER_UNAVAILABLE (`KosmeError.of_peer_unavailable`)."""

from __future__ import annotations

from typing import Any, Final

from mocks.framework import MockContext
from mocks.framework.peer_calls import identity_sns_profile, identity_verification, peer_call
from mocks.kosme.errors import KosmeError
from mocks.kosme.messages import KosmeErrorCode

SITE_CODE: Final = "kosme"


async def ask_identity(
    ctx: MockContext, method: str, path: str, json: dict[str, Any] | None = None
) -> tuple[int, dict[str, Any]]:
    """(status, body) of one call to the identity provider.

    Raises:
        PeerUnavailableError: when the provider cannot be reached or fails.
    """
    response = await peer_call(ctx, "identity", method, path, json=json)
    body: dict[str, Any] = response.json()
    return response.status_code, body


async def sns_profile(ctx: MockContext, provider: str, code: str) -> dict[str, Any]:
    """The SNS profile behind ``code`` (the code is used up).

    Raises:
        KosmeError: 400 SNS_LOGIN_FAILED for a code the SNS does not honour.
    """
    profile = await identity_sns_profile(ctx, provider, code, site_code=SITE_CODE)
    if profile is None:
        raise KosmeError(400, KosmeErrorCode.SNS_LOGIN_FAILED, field="code")
    return profile


async def onepass_identity(ctx: MockContext, code: str) -> dict[str, Any]:
    """The verified person behind a Digital OnePass ``code`` (with CI).

    Raises:
        KosmeError: 400 ONEPASS_LOGIN_FAILED for a code the provider does not honour.
    """
    status, body = await ask_identity(
        ctx, "POST", "/onepass/token", {"site_code": SITE_CODE, "code": code}
    )
    if status != 200:
        raise KosmeError(400, KosmeErrorCode.ONEPASS_LOGIN_FAILED, field="code")
    result: dict[str, Any] = body["result"]
    return result


async def verified_phone_identity(ctx: MockContext, verification_id: str) -> dict[str, Any]:
    """The person of a finished phone verification made for this site (PASS or SMS).

    Raises:
        KosmeError: 400 IDENTITY_VERIFICATION_REQUIRED otherwise.
    """
    refused = KosmeError(
        400, KosmeErrorCode.IDENTITY_VERIFICATION_REQUIRED, field="verification_id"
    )
    if not verification_id or "/" in verification_id:
        raise refused
    verification = await identity_verification(ctx, verification_id)
    if verification is None or not verification.verified_for(SITE_CODE, kinds=("phone",)):
        raise refused
    return dict(verification.result)


async def real_name(ctx: MockContext, name_en: str, number: str) -> dict[str, Any]:
    """외국인 실명확인 of ``name_en`` and ``number``: ``{"result", "message", …}``.

    Raises:
        KosmeError: 400 INVALID_FOREIGNER_NUMBER for a number the provider cannot read.
    """
    status, body = await ask_identity(
        ctx,
        "POST",
        "/foreigner/real-name",
        {"site_code": SITE_CODE, "name": name_en, "foreigner_number": number},
    )
    if status != 200:
        raise KosmeError(400, KosmeErrorCode.INVALID_FOREIGNER_NUMBER, field="foreigner_number")
    return body
