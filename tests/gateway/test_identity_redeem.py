"""Redeeming a verification id, as agency flows will: CI and the agency's own DI, inside the
gateway; refused for another agency, after its window, or when not issued here."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from gateway.app import GatewayState
from gateway.errors import UserError
from gateway.messages.identity import IdentityErrorCode
from gateway.services import identity
from gateway.store import utcnow
from mocks.identity import people
from mocks.identity.sealing import ci_of, di_of
from tests.gateway.conftest import Stack
from tests.gateway.test_identity_card import HONG_CARD
from tests.gateway.test_identity_phone import START


async def verified_for(stack: Stack, agency: str) -> str:
    result = await stack.gateway.execute(START, {"input": {"agency": agency, "card": HONG_CARD}})
    verification_id: str = result["data"]["identityVerificationStart"]["verification"][
        "verificationId"
    ]
    return verification_id


async def redeem(stack: Stack, verification_id: str, site: str, **later: Any) -> identity.Redeemed:
    state: GatewayState = stack.app.state.gateway
    now = utcnow() + timedelta(**later)
    return await identity.redeem(
        state.upstreams.identity, state.store.sealer, verification_id, site_code=site, now=now
    )


async def test_agency_flow_redeems_ci_and_its_own_di(stack: Stack) -> None:
    verification_id = await verified_for(stack, "KOTRA")
    redeemed = await redeem(stack, verification_id, "kotra")
    number = people.HONG_GILDONG.resident_number
    assert (redeemed.ci, redeemed.di) == (ci_of(number), di_of(number, "kotra"))
    assert (redeemed.person.name, redeemed.method) == ("홍길동", identity.Method.CARD)
    assert redeemed.ci not in repr(redeemed)


async def test_verification_for_another_agency_is_refused(stack: Stack) -> None:
    verification_id = await verified_for(stack, "KOTRA")
    with pytest.raises(UserError) as refused:
        await redeem(stack, verification_id, "work24")
    assert refused.value.code is IdentityErrorCode.VERIFIED_FOR_ANOTHER_AGENCY


async def test_verification_id_expires(stack: Stack) -> None:
    verification_id = await verified_for(stack, "KOTRA")
    with pytest.raises(UserError) as refused:
        await redeem(stack, verification_id, "kotra", minutes=31)
    assert refused.value.code is IdentityErrorCode.VERIFICATION_EXPIRED


async def test_a_flow_id_is_not_a_verification_id(stack: Stack) -> None:
    result = await stack.gateway.execute(START, {"input": {"agency": "KOTRA", "card": HONG_CARD}})
    flow_id = result["data"]["identityVerificationStart"]["verification"]["id"]
    with pytest.raises(UserError) as refused:
        await redeem(stack, flow_id, "kotra")
    assert refused.value.code is IdentityErrorCode.VERIFICATION_NOT_FOUND
