"""Resolvers of the business view. Failures propagate as typed exceptions; the schema's error
extension turns them into GraphQL errors with a code, the agency and the client's language."""

from __future__ import annotations

from collections.abc import Sequence

from connectors.nts import NtsRegistration, NtsStatus
from gateway.context import Info
from gateway.errors import ErrorCode, GatewayError


def check_list_size(argument: str, items: Sequence[str], info: Info) -> None:
    limit = info.context.settings.max_list_size
    if len(items) > limit:
        raise GatewayError(
            ErrorCode.LIST_TOO_LONG, argument=argument, limit=limit, count=len(items)
        )


async def resolve_nts_status(number: str, info: Info) -> NtsStatus:
    status: NtsStatus = await info.context.loaders.nts_status_by_number.load(number)
    return status


async def resolve_nts_registry(number: str, info: Info) -> NtsRegistration:
    registration: NtsRegistration = await info.context.loaders.nts_registration_by_number.load(
        number
    )
    return registration
