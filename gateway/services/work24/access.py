"""Login, certificate registration and the 금융인증서 steps at Work24."""

from __future__ import annotations

from connectors.work24 import (
    CertificateConfirmation,
    FincertState,
    Login,
    Member,
    Work24Connector,
    Work24RejectedError,
)
from gateway.errors import UserError
from gateway.messages.work24 import Work24ErrorCode as Code
from gateway.services import sessions
from gateway.services.sessions import AgencyLogin
from gateway.services.work24.refusals import call

LOGIN_TYPES = ("general", "agency", "proxy")
FINCERT_ACTIONS = ("signup", "confirm", "resend", "sign")
PRINCIPAL_KIND = "corporate_member"


async def log_in(
    connector: Work24Connector,
    member_type: str,
    number: str,
    confirmation: CertificateConfirmation,
) -> Login:
    """기업회원 로그인; the login holds Work24's token (to seal into the gateway session)."""
    if member_type not in LOGIN_TYPES:
        raise UserError(Code.MEMBER_TYPE_MISMATCH, field=["input", "memberType"])
    return await call(connector.log_in(member_type, number, confirmation))


def agency_login(login: Login) -> AgencyLogin:
    """What the gateway session keeps of a Work24 login (the token sealed at rest)."""
    assert login.token is not None, "a login answer carries its token"
    number = login.member.business_number
    label = f"{login.member.company.company_name} ({number[:3]}-{number[3:5]}-*****)"
    return AgencyLogin(
        agency="work24",
        principal_kind=PRINCIPAL_KIND,
        principal_label=f"{label} · {login.login_type_label}",
        upstream_token=login.token,
        expires_at=login.expires_at,
    )


async def current(connector: Work24Connector, login: sessions.AgencyLogin) -> Login | None:
    """The member logged in with the session's token; None once Work24 ended the login."""
    try:
        return await connector.me(login.upstream_token)
    except Work24RejectedError as error:
        if error.code == "LOGIN_REQUIRED":
            return None
        raise


async def register_certificate(
    connector: Work24Connector,
    number: str,
    representative_name: str,
    opening_date: str,
    confirmation: CertificateConfirmation,
) -> Member:
    """기업회원 인증서 등록 (대표자 성명 + 개업일 + the new certificate)."""
    return await call(
        connector.register_certificate(number, representative_name, opening_date, confirmation)
    )


async def start_fincert(
    connector: Work24Connector, number: str, phone: str, method: str
) -> FincertState:
    return await call(connector.start_fincert(number, phone, method))


async def fincert_step(
    connector: Work24Connector, fincert_id: str, action: str, body: dict[str, object] | None
) -> FincertState:
    assert action in FINCERT_ACTIONS
    return await call(connector.fincert_step(fincert_id, action, dict(body or {})))
