"""Gov24's fields under `viewer` (the logged-in session)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from gateway.context import Info
from gateway.resolvers import gov24
from gateway.schema.gov24.connections import Gov24SignatureConfirmationConnection
from gateway.schema.gov24.types import Gov24SignatureConfirmation, Gov24UsageApproval


@strawberry.type
class Gov24ViewerFields:
    """Mixed into `Viewer`."""

    @strawberry.field(
        description="발급시스템 이용 승인 of the session's Gov24 login; null without one."
    )
    async def gov24_usage_approval(self, info: Info) -> Gov24UsageApproval | None:
        return await gov24.resolve_viewer_approval(info)

    @strawberry.field(
        description=(
            "발급 내역 — the session's Gov24 citizen's confirmations, newest first, each with "
            "its receiving agencies' look-ups; null without a Gov24 login."
        )
    )
    async def gov24_signature_confirmations(
        self,
        info: Info,
        first: Annotated[
            int | None, strawberry.argument(description="Page size (default 20, ≤ 100).")
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="The cursor to continue after.")
        ] = None,
    ) -> Gov24SignatureConfirmationConnection | None:
        return await gov24.resolve_viewer_confirmations(info, first, after)

    @strawberry.field(description="One of the citizen's confirmations by 발급번호, or null.")
    async def gov24_signature_confirmation(
        self,
        info: Info,
        issuance_number: Annotated[str, strawberry.argument(description="발급번호.")],
    ) -> Gov24SignatureConfirmation | None:
        return await gov24.resolve_viewer_confirmation(info, issuance_number)
