"""Types of Hometax department users: the user, the application flow, logins, delegations."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import strawberry
from strawberry import relay

from connectors.hometax import (
    ApplicationState,
    Delegation,
    DepartmentUser,
    HometaxLogin,
    RegisteredCertificate,
)
from gateway.errors import UserError
from gateway.resolvers import hometax as resolvers
from gateway.schema.hometax.enums import (
    HometaxDepartmentUserStatus,
    HometaxLoginMethod,
    HometaxLoginRole,
)


@strawberry.type(
    description=(
        "부서사용자 아이디 — a department user ID for e-tax invoices (전자세금계산서전용), as the "
        "representative's 부서사용자 아이디 관리 lists it."
    )
)
class HometaxDepartmentUser(relay.Node):
    key: relay.NodeID[str]
    """The user ID, as the global id's key (the `id` field)."""
    user_id: str = strawberry.field(description="아이디 — the user ID (case-sensitive).")
    name: str = strawberry.field(description="담당자명(신청자) — the applicant's verified name.")
    department: str | None = strawberry.field(description="부서명 — department, if given.")
    phone: str | None = strawberry.field(description="전화번호 — landline, `02-1234-4567`.")
    mobile: str = strawberry.field(description="휴대폰번호 — mobile, `010-1234-1234`.")
    email: str = strawberry.field(description="이메일주소 — e-mail (temporary passwords go here).")
    status: HometaxDepartmentUserStatus = strawberry.field(description="상태 — status.")
    status_label: str = strawberry.field(description="상태 in Hometax's words: 대기, 사용 …")
    user_type: str = strawberry.field(description="부서사용자유형 — `전자세금계산서전용`.")
    applied_at: datetime = strawberry.field(description="신청일시 — when applied.")
    changed_at: datetime = strawberry.field(description="변경일시 — last status change.")
    certificate_registered: bool = strawberry.field(
        description="Whether the user registered its own e-tax-invoice certificate."
    )
    application_id: strawberry.ID = strawberry.field(
        description="The application flow's `id` (what `flowUpdated` takes)."
    )

    @classmethod
    def of(cls, user: DepartmentUser) -> HometaxDepartmentUser:
        return cls(
            key=user.user_id,
            user_id=user.user_id,
            name=user.name,
            department=user.department,
            phone=user.phone,
            mobile=user.mobile,
            email=user.email,
            status=HometaxDepartmentUserStatus(user.status.value),
            status_label=user.status_label,
            user_type=user.user_type,
            applied_at=user.applied_at,
            changed_at=user.changed_at,
            certificate_registered=user.certificate_registered,
            application_id=strawberry.ID(user.id),
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]  # one signature serves every overload
        cls, *, info: strawberry.Info, node_ids: Iterable[str], required: bool = False
    ) -> list[HometaxDepartmentUser | None]:
        """Refetch by global id: the representative's department users, or the logged-in
        department user itself; null for anyone else's."""
        users = []
        for resolve in (resolvers.resolve_department_users, resolvers.resolve_me_as_list):
            try:
                users = await resolve(info)
                break
            except UserError:
                continue
        by_id = {user.user_id: user for user in users}
        return [cls.of(by_id[n]) if n in by_id else None for n in node_ids]

    @classmethod
    def resolve_id(cls, root: Any, *, info: strawberry.Info) -> str:
        key: str = root.key
        return key


@strawberry.type(
    description=(
        "부서사용자 아이디 신청 — the application flow. Its `id` is what the applicant subscribes "
        "to with `flowUpdated`: the representative's 사용 / 미승인 / 탈퇴 arrives at once when "
        "saved through the gateway, within about a second when saved on Hometax's own site "
        "(the gateway watches Hometax's status feed while applications are undecided)."
    )
)
class HometaxDepartmentUserApplication:
    id: strawberry.ID = strawberry.field(description="The flow's id (Hometax's application id).")
    step: HometaxDepartmentUserStatus = strawberry.field(
        description="Where it stands: `PENDING` (대기) until the representative decides."
    )
    expires_at: datetime | None = strawberry.field(
        description="Null: an application waits for the representative without a time limit."
    )
    user_id: str = strawberry.field(description="아이디 — the applied-for user ID.")
    status_label: str = strawberry.field(description="상태 in Hometax's words.")
    changed_at: datetime = strawberry.field(description="변경일시 — last status change.")

    @classmethod
    def of(cls, state: ApplicationState) -> HometaxDepartmentUserApplication:
        return cls(
            id=strawberry.ID(state.id),
            step=HometaxDepartmentUserStatus(state.status.value),
            expires_at=None,
            user_id=state.user_id,
            status_label=state.status_label,
            changed_at=state.changed_at,
        )

    @classmethod
    def of_user(cls, user: DepartmentUser) -> HometaxDepartmentUserApplication:
        return cls.of(
            ApplicationState(user.id, user.user_id, user.status, user.status_label, user.changed_at)
        )


@strawberry.type(description="A Hometax login, now held in the caller's gateway session.")
class HometaxLoginResult:
    role: HometaxLoginRole = strawberry.field(description="Who logged in.")
    method: HometaxLoginMethod = strawberry.field(description="How.")
    business_number: str = strawberry.field(description="사업자등록번호 — the business.")
    company_name: str = strawberry.field(description="상호 — the business's name.")
    name: str = strawberry.field(description="The representative's or the user's name.")
    user_id: str | None = strawberry.field(description="The department user's ID, if one.")
    expires_at: datetime = strawberry.field(description="When the Hometax login ends.")
    password_change_required: bool = strawberry.field(
        description=(
            "Logged in with a temporary password: `hometaxDepartmentUserPasswordChange` first; "
            "everything else is refused until then."
        )
    )

    @classmethod
    def of(cls, login: HometaxLogin) -> HometaxLoginResult:
        return cls(
            role=HometaxLoginRole(login.role),
            method=HometaxLoginMethod(login.method),
            business_number=login.business_number,
            company_name=login.company_name,
            name=login.name,
            user_id=login.user_id,
            expires_at=login.expires_at,
            password_change_required=login.password_change_required,
        )


@strawberry.type(description="공인인증서 등록 — the department user's registered certificate.")
class HometaxRegisteredCertificate:
    serial: str = strawberry.field(description="The certificate's serial number (hex).")
    kind: str = strawberry.field(description="Its kind (`e-tax-invoice`, `corporate`).")
    holder_name: str = strawberry.field(description="The holder, as the certificate names it.")
    registered_at: datetime = strawberry.field(description="When it was registered.")
    message: str = strawberry.field(description="Hometax's message (log in with it next).")

    @classmethod
    def of(cls, registered: RegisteredCertificate) -> HometaxRegisteredCertificate:
        return cls(
            serial=registered.serial,
            kind=registered.kind,
            holder_name=registered.holder_name,
            registered_at=registered.registered_at,
            message=registered.message,
        )


@strawberry.type(
    description=(
        "부서사용자등록 at a third-party platform: a delegation to act for the business's "
        "e-tax invoices, made from an active department user's ID and password. No certificate "
        "of the representative is involved."
    )
)
class HometaxDelegation:
    id: strawberry.ID = strawberry.field(description="The delegation's id at Hometax.")
    token: str = strawberry.field(
        description="The platform's delegation token: shown once, keep it secret."
    )
    business_number: str = strawberry.field(description="사업자등록번호 acted for.")
    company_name: str = strawberry.field(description="상호 — the business.")
    user_id: str = strawberry.field(description="The department user registered.")
    name: str = strawberry.field(description="담당자명 — the department user's name.")
    platform: str = strawberry.field(description="The platform, as it named itself.")
    scopes: list[str] = strawberry.field(
        description="What it may do: `etax-invoice:issue`, `etax-invoice:list`."
    )
    expires_at: datetime = strawberry.field(description="When the delegation ends.")

    @classmethod
    def of(cls, delegation: Delegation) -> HometaxDelegation:
        return cls(
            id=strawberry.ID(delegation.id),
            token=delegation.token,
            business_number=delegation.business_number,
            company_name=delegation.company_name,
            user_id=delegation.user_id,
            name=delegation.name,
            platform=delegation.platform,
            scopes=list(delegation.scopes),
            expires_at=delegation.expires_at,
        )
