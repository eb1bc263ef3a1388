"""Joining and logging in to the platform; a login is held in the caller's gateway session.

SNS 회원가입 and SNS 로그인 take the SNS authorization code the user got by logging in at the
SNS (the identity provider's ``/sns/{provider}/authorize`` for site ``kosme``): the platform
exchanges it itself. 일반 회원가입 takes the gateway's ``verificationId`` of a phone
verification (PASS or SMS) made for ``kosme``: the gateway redeems it (it must be this agency's
and fresh) and hands the platform the provider's own verification, which the platform reads
back from the provider.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from connectors.identity import IdentityConnector
from connectors.kosme import GeneralSignup, KosmeConnector, Login, SnsSignup
from gateway.crypto import Sealer
from gateway.errors import UserError
from gateway.messages.kosme import KosmeErrorCode as Code
from gateway.services import identity
from gateway.services.identity.flows import Method
from gateway.services.kosme.refusals import call

AGENCY = "kosme"


@dataclass(frozen=True)
class PasswordCredentials:
    login_id: str
    password: str
    name: str


@dataclass(frozen=True)
class LoginRequest:
    """Exactly one of the three ways the manual gives to log in."""

    password: PasswordCredentials | None = None
    sns: tuple[str, str] | None = None
    """(provider, authorization code)."""
    onepass_code: str | None = None


async def sign_up_sns(kosme: KosmeConnector, request: SnsSignup) -> Login:
    """SNS 회원가입; the new member is logged in."""
    return await call(kosme.sign_up_sns(request), ["input"])


async def sign_up_general(
    kosme: KosmeConnector,
    provider: IdentityConnector,
    sealer: Sealer,
    request: GeneralSignup,
    now: datetime,
) -> Login:
    """일반 회원가입 after a phone verification (PASS or SMS) for this agency.

    Raises:
        UserError: VERIFICATION_* (not the gateway's, another agency's, expired),
            IDENTITY_VERIFICATION_REQUIRED (not a phone verification), the platform's refusals.
    """
    field = ["input", "verificationId"]
    redeemed = await identity.redeem(
        provider, sealer, request.verification_id, site_code=AGENCY, now=now, field=field
    )
    if redeemed.method not in (Method.PASS, Method.SMS):
        raise UserError(Code.IDENTITY_VERIFICATION_REQUIRED, field=field)
    signup = GeneralSignup(
        redeemed.upstream_id, request.login_id, request.password, data=request.data
    )
    return await call(kosme.sign_up_general(signup), ["input"])


async def log_in(kosme: KosmeConnector, request: LoginRequest) -> Login:
    """개인회원 로그인 by ID/password/name, SNS or Digital OnePass."""
    chosen = [m for m in (request.password, request.sns, request.onepass_code) if m is not None]
    if len(chosen) != 1:
        raise UserError(Code.ONE_LOGIN_METHOD_REQUIRED, field=["input"])
    if request.password is not None:
        creds = request.password
        path = ["input", "password"]
        return await call(kosme.log_in(creds.login_id, creds.password, creds.name), path)
    if request.sns is not None:
        return await call(kosme.log_in_sns(*request.sns), ["input", "sns"])
    assert request.onepass_code is not None
    onepass = kosme.log_in_onepass(request.onepass_code)
    return await call(onepass, ["input"], renamed={"code": "onepassCode"})
