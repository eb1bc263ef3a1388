"""사용자 아이디: 6–20 characters, English letters (case-sensitive) or letters with digits and
the allowed specials; 중복확인 before applying."""

from __future__ import annotations

import pytest

from tests.gateway.conftest import Stack
from tests.gateway.hometax.conftest import apply, check_id, codes

ID_RULE = "영문(대소문자구분됨) 또는 영문 숫자 특수문자(.)조합, 6~20자리"  # seed 004, verbatim


async def test_case_sensitive_ids_are_two_ids(stack: Stack) -> None:
    # given abcd_1234 is taken (applied for (주)서울물류)
    assert (await apply(stack, userId="abcd_1234"))["errors"] == []
    # when ABCD_1234 is checked, and abcd_1234 again
    upper = await check_id(stack, "ABCD_1234")
    same = await check_id(stack, "abcd_1234")
    # then the upper-case ID is free and the same ID is a duplicate
    assert (upper["available"], upper["message"]) == (True, "사용 가능한 아이디입니다.")
    assert (same["available"], codes(same)) == (False, ["DUPLICATE_USER_ID"])


async def test_seeded_id_differs_only_by_case_from_a_free_one(stack: Stack) -> None:
    # EdsTax01 is seeded; edstax01 is another ID
    assert codes(await check_id(stack, "EdsTax01")) == ["DUPLICATE_USER_ID"]
    assert (await check_id(stack, "edstax01"))["available"] is True


@pytest.mark.parametrize(
    "user_id",
    ["abc12", "a" * 21, "12345678", "____....", "cargo-pay1", "카고페이사용자", "cargo pay1"],
)
async def test_malformed_ids_are_refused_with_the_manuals_rule(stack: Stack, user_id: str) -> None:
    payload = await check_id(stack, user_id)
    assert codes(payload) == ["INVALID_USER_ID"]
    assert payload["errors"][0]["message"] == ID_RULE


@pytest.mark.parametrize("user_id", ["abcdef", "a" * 20, "abcd_1234", "tax.user.01", "CargoPay"])
async def test_well_formed_ids_pass(stack: Stack, user_id: str) -> None:
    assert (await check_id(stack, user_id))["available"] is True


async def test_applying_needs_the_duplicate_check_first(stack: Stack) -> None:
    payload = await apply(stack, check=False)
    assert codes(payload) == ["ID_CHECK_REQUIRED"]
    assert payload["errors"][0]["field"] == ["input", "userId"]


async def test_applying_for_a_taken_id_is_refused(stack: Stack) -> None:
    # hanbit_test is seeded (대기) for 2208100016
    payload = await apply(stack, userId="hanbit_test", check=False)
    assert codes(payload) == ["DUPLICATE_USER_ID"]
