"""Root query fields of the business view."""

from __future__ import annotations

from typing import Annotated

import strawberry

from gateway.context import Info
from gateway.resolvers.business import check_list_size
from gateway.schema.business.types import Business
from gateway.schema.scalars import BusinessNumber


@strawberry.type
class BusinessQueries:
    @strawberry.field(
        description=(
            "One business by its 사업자등록번호. Always answers (a number the NTS does not know "
            "still yields a Business, with `nts.registered = false`); a malformed number or a "
            "wrong check digit is refused before any agency is asked."
        )
    )
    def business(
        self,
        registration_number: Annotated[
            BusinessNumber,
            strawberry.argument(description="사업자등록번호, with or without hyphens."),
        ],
    ) -> Business:
        return Business(number=registration_number)

    @strawberry.field(
        description=(
            "Several businesses at once, in the order given (duplicates allowed). However many are "
            "asked, each agency is called once per its batch limit (NTS: 100 numbers a call). "
            "At most `GATEWAY_MAX_LIST_SIZE` (default 100) numbers."
        )
    )
    def businesses(
        self,
        info: Info,
        registration_numbers: Annotated[
            list[BusinessNumber],
            strawberry.argument(description="사업자등록번호 list, with or without hyphens."),
        ],
    ) -> list[Business]:
        check_list_size("registrationNumbers", registration_numbers, info)
        return [Business(number=n) for n in registration_numbers]
