"""Identity verifications redeemed for KOTRA (site code ``kotra``): what the agency is told."""

from __future__ import annotations

from typing import Any

from gateway.context import Info
from gateway.services import identity
from gateway.store import utcnow

SITE_CODE = "kotra"
_METHODS = {"pass": "pass", "sms": "sms", "card": "card", "simple_auth": "simple_auth"}


async def verified_person(info: Info, verification_id: str, field: list[str]) -> dict[str, Any]:
    """The verified person (name, birth date, CI, DI, method) as KOTRA's API takes it.

    Raises:
        UserError: VERIFICATION_NOT_FOUND, VERIFIED_FOR_ANOTHER_AGENCY, VERIFICATION_EXPIRED.
    """
    store, _ = info.context.require_store()
    redeemed = await identity.redeem(
        info.context.upstreams.identity,
        store.sealer,
        verification_id,
        site_code=SITE_CODE,
        now=utcnow(),
        field=field,
    )
    return {
        "name": redeemed.person.name,
        "birth_date": redeemed.person.birth_date.isoformat(),
        "ci": redeemed.ci,
        "di": redeemed.di,
        "method": _METHODS[redeemed.method.value],
        "foreigner": redeemed.person.foreigner,
    }
