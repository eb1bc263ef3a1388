"""The usage approval (발급시스템 이용 승인) through GraphQL: none or expired refuses issuance,
valid 2 years, renewal only in the 30 days before expiry, and a minor's approval needs the legal
representative's consent (given in person; the mock's admin API records it)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from mocks.gov24.seed import HONG_GILDONG_NUMBER
from tests.gateway.conftest import Stack
from tests.gateway.gov24.support import logged_in, run, start
from tests.mocks.gov24.support import HONG, SEOJUN, YOUNGHEE, holder

RENEW = """
mutation Renew($input: Gov24UsageApprovalRenewInput!) {
  gov24UsageApprovalRenew(input: $input) {
    approval { id expiresAt renewedAt renewable status }
    errors { code field message }
  }
}
"""
APPROVAL = "{ viewer { gov24UsageApproval { id expiresAt renewable renewableFrom status } } }"
NEW_MINOR = "1403154123452"
"""A child born 2014-03-15 (a minor on any clock of this decade)."""


async def renew(stack: Stack, token: str, approval_id: str) -> Any:
    auth = {"Authorization": f"Bearer {token}"}
    return await run(stack, RENEW, {"approvalId": approval_id}, **auth)


async def test_expired_approval_refuses_issuance(stack: Stack) -> None:
    # given 이서준, whose approval expired 5 days ago
    who = await holder(stack.pki, SEOJUN)
    # when he logs in to issue
    started = await start(stack, who, SEOJUN[1])
    # then he is sent back to the office
    [error] = started["errors"]
    assert error["code"] == "APPROVAL_EXPIRED"
    assert "유효기간(2년)" in error["message"]
    assert started["issuance"] is None


async def test_approval_lapses_two_years_after_it_was_granted(stack: Stack) -> None:
    # given 홍길동's approval (granted 100 days ago), valid when he logs in
    who = await holder(stack.pki, HONG)
    assert (await start(stack, who, HONG[1]))["errors"] == []
    # when the agency's clock passes its expiry
    _, issuance, _ = await logged_in(stack)
    expires = datetime.fromisoformat(issuance["approval"]["expiresAt"])
    now = datetime.fromisoformat((await stack.mocks["gov24"].get("/__admin/clock")).json()["now"])
    assert timedelta(days=365 * 2 - 101) < expires - now < timedelta(days=365 * 2 - 99)
    await stack.mocks["gov24"].post("/__admin/clock", json={"now": expires.isoformat()})
    # then a new login is refused
    again = await start(stack, await holder(stack.pki, HONG), HONG[1])
    assert again["errors"][0]["code"] == "APPROVAL_EXPIRED"


async def test_no_approval_refuses_issuance(stack: Stack) -> None:
    who = await holder(stack.pki, ("박지훈", "8306301456781"))
    started = await start(stack, who, "8306301456781")
    assert started["errors"][0]["code"] == "APPROVAL_NOT_FOUND"


async def test_renewal_is_refused_before_the_last_30_days(stack: Stack) -> None:
    # given 홍길동, whose approval has about 630 days left
    _, issuance, token = await logged_in(stack)
    approval = issuance["approval"]
    assert approval["renewable"] is False
    # when he asks to renew
    renewed = await renew(stack, token, approval["id"])
    # then it is refused and the expiry unchanged
    [error] = renewed["errors"]
    assert error["code"] == "RENEWAL_NOT_YET"
    assert (
        error["message"]
        == "발급시스템 이용 승인은 유효기간 만료 전 30일 이내에만 갱신할 수 있습니다."
    )
    viewer = await stack.gateway.execute(APPROVAL, Authorization=f"Bearer {token}")
    assert viewer["data"]["viewer"]["gov24UsageApproval"]["expiresAt"] == approval["expiresAt"]


async def test_renewal_within_the_last_30_days_extends_by_two_years(stack: Stack) -> None:
    # given 김영희, 10 days before her approval expires
    _, issuance, token = await logged_in(stack, YOUNGHEE, to="0221001234")
    approval = issuance["approval"]
    assert approval["renewable"] is True
    # when she renews
    renewed = await renew(stack, token, approval["id"])
    # then the approval runs two more years from its old expiry
    assert renewed["errors"] == []
    old = datetime.fromisoformat(approval["expiresAt"])
    new = datetime.fromisoformat(renewed["approval"]["expiresAt"])
    assert new.replace(year=new.year - 2) == old
    assert renewed["approval"]["renewable"] is False
    # and a second renewal is outside the window again
    assert (await renew(stack, token, approval["id"]))["errors"][0]["code"] == "RENEWAL_NOT_YET"


async def test_renewal_opens_30_days_before_expiry(stack: Stack) -> None:
    # given 홍길동 logged in, and the agency's clock moved to 30 days before his expiry
    _, issuance, token = await logged_in(stack)
    expires = datetime.fromisoformat(issuance["approval"]["expiresAt"])
    opens = expires - timedelta(days=30)
    await stack.mocks["gov24"].post("/__admin/clock", json={"now": opens.isoformat()})
    # a login lasts 30 minutes: log in again at the new time
    _, again, token = await logged_in(stack)
    # when he renews, then it works
    renewed = await renew(stack, token, again["approval"]["id"])
    assert renewed["errors"] == []


async def test_renewal_names_the_citizens_own_approval(stack: Stack) -> None:
    _, _, token = await logged_in(stack)
    renewed = await renew(stack, token, "apv_someone_else")
    assert renewed["errors"][0]["code"] == "APPROVAL_MISMATCH"


async def test_renewal_needs_a_gov24_login(stack: Stack) -> None:
    renewed = await run(stack, RENEW, {"approvalId": "apv_x"})
    [error] = renewed["errors"]
    assert error["code"] == "NOT_LOGGED_IN"
    assert "정부24" in error["message"]


async def test_minor_without_consent_gets_no_approval_and_cannot_issue(stack: Stack) -> None:
    # given the office tries to approve a minor without the legal representative's consent
    refused = await stack.mocks["gov24"].post(
        "/__admin/approvals",
        json={
            "name": "김민수",
            "resident_number": NEW_MINOR,
            "method": "mobile",
            "phone": "010-5555-0002",
        },
    )
    # then the approval is refused with the seed's rule
    assert refused.status_code == 422
    assert refused.json()["code"] == "CONSENT_REQUIRED"
    # and the minor cannot log in to issue
    who = await holder(stack.pki, ("김민수", NEW_MINOR))
    started = await start(stack, who, NEW_MINOR)
    assert started["errors"][0]["code"] == "APPROVAL_NOT_FOUND"


async def test_minor_with_unsigned_consent_is_refused(stack: Stack) -> None:
    guardian = {
        "role": "legal_representative",
        "name": "홍길동",
        "resident_number": HONG_GILDONG_NUMBER,
        "id_document": "resident_card",
        "document": "가족관계증명서",
        "consent_signed": False,
    }
    refused = await stack.mocks["gov24"].post(
        "/__admin/approvals",
        json={
            "name": "김민수",
            "resident_number": NEW_MINOR,
            "method": "mobile",
            "phone": "010-5555-0002",
            "guardian": guardian,
        },
    )
    assert (refused.status_code, refused.json()["field"]) == (422, "guardian.consent_signed")
