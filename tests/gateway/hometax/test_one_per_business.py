"""사업자등록번호 아이디에 부서사용자 아이디를 단 1개만: a second application for one business is
refused while the first is not withdrawn."""

from __future__ import annotations

from tests.gateway.conftest import Stack
from tests.gateway.hometax.conftest import (
    APPLY,
    USER_ID,
    application,
    apply,
    check_id,
    codes,
    representative,
    set_status,
    verified,
)


async def test_second_application_for_one_business_is_refused(stack: Stack) -> None:
    # given a pending department user of (주)서울물류
    assert (await apply(stack))["errors"] == []
    # when another ID is applied for the same business
    payload = await apply(stack, userId="cargo_pay2")
    # then the manual's 단 1개만 refuses it
    assert codes(payload) == ["ALREADY_HAS_DEPARTMENT_USER"]
    assert "단 1개만" in payload["errors"][0]["message"]


async def test_active_department_user_blocks_another(stack: Stack) -> None:
    # 6638501035 has the seeded active EdsTax01 (its representative born 1972-04-15)
    payload = await apply(
        stack, businessNumber="6638501035", representativeBirthDate="19720415", userId="eds_two"
    )
    assert codes(payload) == ["ALREADY_HAS_DEPARTMENT_USER"]


async def test_after_withdrawal_the_business_may_apply_again(stack: Stack) -> None:
    await apply(stack)
    await set_status(stack, await representative(stack), "WITHDRAWN")
    assert (await apply(stack, userId="cargo_pay2"))["errors"] == []


async def test_a_withdrawn_id_stays_taken(stack: Stack) -> None:
    await apply(stack)
    await set_status(stack, await representative(stack), "WITHDRAWN")
    assert codes(await apply(stack, check=False)) == ["DUPLICATE_USER_ID"]


async def test_a_retried_application_acts_once(stack: Stack) -> None:
    # given one application sent twice with the same Idempotency-Key (a flaky network)
    await check_id(stack, USER_ID)
    body = {"input": application(await verified(stack))}
    headers = {"Idempotency-Key": "apply-cargo-pay1"}
    first = await stack.gateway.post(APPLY, body, **headers)
    again = await stack.gateway.post(APPLY, body, **headers)
    # then the second answer is the first one, not 단 1개만
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert again.json() == first.json()
    assert first.json()["data"]["hometaxDepartmentUserApply"]["errors"] == []
