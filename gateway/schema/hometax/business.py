"""`Business.hometax`: the business's department-user standing at Hometax."""

from __future__ import annotations

from datetime import datetime

import strawberry

from connectors.hometax import Standing
from gateway.context import Info
from gateway.resolvers import hometax as resolvers
from gateway.schema.hometax.enums import HometaxDepartmentUserStatus
from koreakit import masking


@strawberry.type(
    description=(
        "전자세금계산서 전용 부서사용자 — the business's department user, as anyone may see it: "
        "status and dates, the ID and name masked."
    )
)
class HometaxDepartmentUserStanding:
    user_id_masked: str = strawberry.field(description="아이디, the last characters hidden.")
    name_masked: str = strawberry.field(description="담당자명, masked (`홍*동`).")
    status: HometaxDepartmentUserStatus = strawberry.field(description="상태 — status.")
    status_label: str = strawberry.field(description="상태 in Hometax's words.")
    applied_at: datetime = strawberry.field(description="신청일시.")
    changed_at: datetime = strawberry.field(description="변경일시.")
    certificate_registered: bool = strawberry.field(
        description="Whether its own e-tax-invoice certificate is registered."
    )


@strawberry.type(description="홈택스 — the business's department-user standing at Hometax.")
class HometaxBusiness:
    registered: bool = strawberry.field(
        description="Whether the business has a Hometax 사업자등록번호 아이디."
    )
    department_user: HometaxDepartmentUserStanding | None = strawberry.field(
        description="Its e-tax-invoice department user (the current one, else the last "
        "withdrawn one); null when none was ever applied for."
    )

    @classmethod
    def of(cls, standing: Standing) -> HometaxBusiness:
        user = standing.department_user
        shown = None
        if user is not None:
            shown = HometaxDepartmentUserStanding(
                user_id_masked=user.user_id[:3] + "*" * (len(user.user_id) - 3),
                name_masked=masking.mask_name(user.name),
                status=HometaxDepartmentUserStatus(user.status.value),
                status_label=user.status_label,
                applied_at=user.applied_at,
                changed_at=user.changed_at,
                certificate_registered=user.certificate_registered,
            )
        return cls(registered=standing.registered, department_user=shown)


@strawberry.type
class HometaxBusinessFields:
    """Mixed into `Business` (which holds ``number``)."""

    number: strawberry.Private[str]

    @strawberry.field(
        description=(
            "홈택스 — department-user standing: one Hometax call for every business in the "
            "query (batched); null with `AGENCY_UNAVAILABLE` when Hometax is down."
        )
    )
    async def hometax(self, info: Info) -> HometaxBusiness | None:
        return HometaxBusiness.of(await resolvers.resolve_standing(info, self.number))
