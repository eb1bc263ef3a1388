"""수요기관 확인: a receiving agency client verifies by 발급번호 and 성명; only the designated
submission agency sees the content; every look-up is logged and shown to the citizen."""

from __future__ import annotations

from typing import Any

from gateway.db.models import ClientKind
from tests.gateway.conftest import Stack
from tests.gateway.gov24.support import VERIFY, agency_key, issued, run
from tests.mocks.gov24.support import HUG, NPS

LOOKUPS = """
query Mine($number: String!) {
  viewer { gov24SignatureConfirmation(issuanceNumber: $number) {
    lookups { agencyCode agencyName outcome at }
  } }
}
"""


async def verify(stack: Stack, key: str, number: str, name: str = "홍길동") -> dict[str, Any]:
    payload: dict[str, Any] = await run(
        stack, VERIFY, {"issuanceNumber": number, "name": name}, **{"X-Api-Key": key}
    )
    return payload


async def test_the_designated_agency_sees_the_content(stack: Stack) -> None:
    # given 홍길동's confirmation for 국민연금공단
    confirmation, _ = await issued(stack)
    key = await agency_key(stack, NPS)
    # when 국민연금공단 enters the number and name
    seen = await verify(stack, key, confirmation["issuanceNumber"])
    # then it sees the content, the signature still valid, the number masked
    assert seen["errors"] == []
    content = seen["confirmation"]
    assert isinstance(content, dict)
    assert content["purpose"] == "부동산 매도"
    assert content["signatureValid"] is True
    assert content["residentNumberMasked"] == "801210-1******"


async def test_wrong_agency_verifying_is_refused_and_logged(stack: Stack) -> None:
    # given a confirmation for 국민연금공단
    confirmation, token = await issued(stack)
    number = confirmation["issuanceNumber"]
    # when 주택도시보증공사 tries to look it up
    refused = await verify(stack, await agency_key(stack, HUG), number)
    # then it is refused: use for another purpose is not allowed
    [error] = refused["errors"]
    assert error["code"] == "NOT_DESIGNATED_AGENCY"
    assert error["message"].startswith("지정된 제출기관만 발급내용을 열람할 수 있습니다.")
    assert refused["confirmation"] is None
    # and after the designated agency's look-up the citizen sees both
    await verify(stack, await agency_key(stack, NPS), number)
    mine = await stack.gateway.execute(LOOKUPS, {"number": number}, Authorization=f"Bearer {token}")
    lookups = mine["data"]["viewer"]["gov24SignatureConfirmation"]["lookups"]
    assert [(x["agencyCode"], x["outcome"]) for x in lookups] == [
        (HUG, "REFUSED_AGENCY"),
        (NPS, "VIEWED"),
    ]


async def test_wrong_name_is_refused(stack: Stack) -> None:
    confirmation, _ = await issued(stack)
    refused = await verify(
        stack, await agency_key(stack, NPS), confirmation["issuanceNumber"], "김철수"
    )
    assert refused["errors"][0]["code"] == "CONFIRMATION_NOT_FOUND"


async def test_only_receiving_agency_clients_may_verify(stack: Stack) -> None:
    confirmation, _ = await issued(stack)
    portal = await agency_key(stack, NPS, ClientKind.PORTAL)
    variables = {"input": {"issuanceNumber": confirmation["issuanceNumber"], "name": "홍길동"}}
    for headers in ({"X-Api-Key": portal}, {}):
        result = await stack.gateway.execute(VERIFY, variables, **headers)
        assert result["errors"][0]["extensions"]["code"] == "CLIENT_KIND_NOT_ALLOWED"
        assert result["data"]["gov24SignatureConfirmationVerify"] is None
