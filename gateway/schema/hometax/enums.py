"""Enums of Hometax department users."""

from __future__ import annotations

import enum

import strawberry


@strawberry.enum(
    description=(
        "상태 — a department user ID's status on 부서사용자 아이디 관리; also the `step` of the "
        "application flow. Only `ACTIVE` logs in."
    )
)
class HometaxDepartmentUserStatus(enum.Enum):
    PENDING = strawberry.enum_value(
        "pending", description="대기 — applied; waits for the representative to accept."
    )
    ACTIVE = strawberry.enum_value("active", description="사용 — accepted: the ID logs in.")
    NOT_APPROVED = strawberry.enum_value(
        "not_approved", description="미승인 — not accepted (may still be set to 사용)."
    )
    WITHDRAWN = strawberry.enum_value(
        "withdrawn", description="탈퇴 — no longer needed; final, the business may apply again."
    )


@strawberry.enum(description="What the representative sets on 부서사용자 아이디 관리.")
class HometaxStatusChange(enum.Enum):
    ACTIVE = strawberry.enum_value("active", description="사용 — let the ID log in.")
    WITHDRAWN = strawberry.enum_value(
        "withdrawn", description="탈퇴 — the user is no longer needed (final)."
    )
    NOT_APPROVED = strawberry.enum_value("not_approved", description="미승인 — refuse the ID.")


@strawberry.enum(description="Who a Hometax login is.")
class HometaxLoginRole(enum.Enum):
    REPRESENTATIVE = strawberry.enum_value(
        "representative",
        description="사업자등록번호 아이디 — the business's representative (certificate, My NTS).",
    )
    DEPARTMENT_USER = strawberry.enum_value(
        "department_user", description="부서사용자 — the e-tax-invoice department user."
    )


@strawberry.enum(description="How a Hometax login was made.")
class HometaxLoginMethod(enum.Enum):
    CERTIFICATE = strawberry.enum_value("certificate", description="공인인증서 로그인.")
    PASSWORD = strawberry.enum_value("password", description="아이디/비밀번호 로그인.")
