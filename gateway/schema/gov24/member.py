"""정부24 접속 by ID and password: its input, the member login and the payload."""

from __future__ import annotations

from datetime import datetime

import strawberry

from connectors.gov24 import MemberLogin
from gateway.schema.gov24.errors import Gov24Error


@strawberry.input(description="정부24 접속 — ID, PW 입력 (정부24 회원의 아이디와 비밀번호).")
class Gov24MemberLoginInput:
    user_id: str = strawberry.field(description="아이디 (≤ 20 chars).")
    password: str = strawberry.field(
        description="비밀번호 (≤ 64 chars). Sent to the agency only; never stored or logged."
    )


@strawberry.type(
    description=(
        "정부24 회원 로그인 — the portal login by ID and password. It opens no 발급시스템 menu: "
        "issuance needs the 복합인증 로그인 (`gov24IssuanceStart` with the member's own "
        "certificate, then the extra identity check), which this login then requires to be "
        "the same person."
    )
)
class Gov24MemberLogin:
    user_id: str = strawberry.field(description="아이디.")
    name: str = strawberry.field(description="성명 of the member.")
    expires_at: datetime = strawberry.field(description="When the portal login lapses.")
    complex_auth_required: bool = strawberry.field(
        description="복합인증 로그인 안내 — always true: issuing needs the certificate login."
    )
    notice: str = strawberry.field(description="The agency's notice, in Korean.")

    @classmethod
    def of(cls, record: MemberLogin) -> Gov24MemberLogin:
        return cls(
            user_id=record.user_id,
            name=record.name,
            expires_at=record.expires_at,
            complex_auth_required=record.complex_auth_required,
            notice=record.message,
        )


@strawberry.type(description="Result of `gov24MemberLogin`.")
class Gov24MemberLoginPayload:
    member: Gov24MemberLogin | None = strawberry.field(
        description="The portal login; null on failure."
    )
    session_token: str | None = strawberry.field(
        description="A new gateway session's bearer token, when the caller had none."
    )
    errors: list[Gov24Error] = strawberry.field(description="Why it failed, if it did.")
