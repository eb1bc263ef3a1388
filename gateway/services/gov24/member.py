"""정부24 접속 by ID and password (``ID, PW 입력``): the portal login a citizen may enter with
before the certificate.

It opens no 발급시스템 menu: the agency answers those ``COMPLEX_AUTH_REQUIRED`` (복합인증 로그인
안내). Held in the gateway session as a ``member`` login, it goes with the next
`gov24IssuanceStart`, where the agency requires the certificate to be that member's.
"""

from __future__ import annotations

from connectors.gov24 import Gov24Connector, MemberLogin
from gateway.errors import UserError
from gateway.messages.gov24 import Gov24ErrorCode as Code
from gateway.services.gov24.refusals import call

PRINCIPAL_KIND = "member"
"""``AgencyLogin.principal_kind`` of a login by ID and password (a certificate login: person)."""


async def log_in(gov24: Gov24Connector, user_id: str, password: str) -> MemberLogin:
    """Raises: UserError MEMBER_LOGIN_FAILED (blank, too long, or the agency's answer)."""
    user_id = user_id.strip()
    if not 0 < len(user_id) <= 20:
        raise UserError(Code.MEMBER_LOGIN_FAILED, field=["input", "userId"])
    if not 0 < len(password) <= 64:
        raise UserError(Code.MEMBER_LOGIN_FAILED, field=["input", "password"])
    return await call(gov24.member_log_in(user_id, password))


def require_complex_auth(principal_kind: str) -> None:
    """The 발급시스템's menus need the certificate login.

    Raises: UserError COMPLEX_AUTH_REQUIRED for a login by ID and password.
    """
    if principal_kind == PRINCIPAL_KIND:
        raise UserError(Code.COMPLEX_AUTH_REQUIRED)
