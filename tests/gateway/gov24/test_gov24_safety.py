"""Personal data: the resident number is masked in every answer and sealed at the agency; a
flow resumes by its id; a forged id is refused."""

from __future__ import annotations

import json
import logging

import pytest
from sqlalchemy import select

from mocks.gov24.models import Approval, Confirmation
from tests.gateway.conftest import Stack
from tests.gateway.gov24.support import CHECK, issued, run
from tests.mocks.gov24.support import HONG


async def test_resident_number_is_masked_in_answers_and_sealed_at_rest(stack: Stack) -> None:
    confirmation, token = await issued(stack)
    mine = await stack.gateway.execute(
        "{ viewer { gov24SignatureConfirmations { edges { node { residentNumberMasked content "
        "slip { issuanceNumber } } } } gov24UsageApproval { residentNumberMasked } } }",
        Authorization=f"Bearer {token}",
    )
    text = json.dumps(mine, ensure_ascii=False)
    assert HONG[1] not in text
    assert HONG[1][:6] + "-" + HONG[1][6:] not in text
    assert "801210-1******" in text
    # and the agency keeps it sealed
    runtime = stack.mocks["gov24"]._transport.app.state.mock  # type: ignore[attr-defined]
    async with runtime.db.unit_of_work() as session:
        approval = await session.scalar(select(Approval).where(Approval.name == "홍길동"))
        stored = await session.get(Confirmation, confirmation["issuanceNumber"])
    assert approval is not None
    assert stored is not None
    assert HONG[1] not in approval.number_sealed
    assert HONG[1] not in stored.number_sealed
    assert HONG[1] not in stored.content


async def test_a_forged_flow_id_is_refused(stack: Stack) -> None:
    checked = await run(stack, CHECK, {"id": "v1.AAAAAAAAAAAAAAAAAAAAAAAAAAAA", "code": "123456"})
    [error] = checked["errors"]
    assert (error["code"], error["field"]) == ("FLOW_NOT_FOUND", ["input", "id"])
    resumed = await stack.gateway.execute('{ gov24Issuance(id: "v1.AAAA") { step } }')
    assert resumed["data"]["gov24Issuance"] is None


async def test_the_resident_number_is_never_logged(
    stack: Stack, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        await issued(stack)
    assert caplog.records
    assert HONG[1] not in caplog.text
