"""The Hometax mock's HTTP API: application, approval, logins, certificates, delegation."""

from __future__ import annotations

from typing import Any

from tests.mocks.hometax.conftest import HometaxMocks
from tests.mocks.hometax.support import (
    BUSINESS,
    PASSWORD,
    application,
    bearer,
    issue,
    prove,
)


async def _apply(mocks: HometaxMocks, **changes: Any) -> Any:
    user_id = changes.get("user_id", "cargo_pay1")
    await mocks.hometax.post("/department-users/id-check", json={"user_id": user_id})
    body = application(await mocks.verified(), **changes)
    return await mocks.hometax.post("/department-users", json=body)


async def _representative(mocks: HometaxMocks) -> str:
    issued = await issue(mocks.pki, "corporate")
    body = {"business_number": BUSINESS, "proof": await prove(mocks.pki, issued)}
    response = await mocks.hometax.post("/auth/certificate", json=body)
    assert response.status_code == 200, response.text
    token: str = response.json()["token"]
    return token


async def test_application_waits_for_the_representative(mocks: HometaxMocks) -> None:
    # when 홍길동 applies for (주)서울물류
    response = await _apply(mocks)
    # then the ID is 대기 and the alert says the representative must accept
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["department_user"]["status_label"] == "대기"
    assert "대표자가 수락하면" in body["message"]
    login = await mocks.hometax.post(
        "/auth/password", json={"user_id": "cargo_pay1", "password": PASSWORD}
    )
    assert login.status_code == 403
    assert login.json()["code"] == "NOT_APPROVED"


async def test_id_check_is_needed_before_applying(mocks: HometaxMocks) -> None:
    body = application(await mocks.verified())
    response = await mocks.hometax.post("/department-users", json=body)
    assert response.json()["code"] == "ID_CHECK_REQUIRED"


async def test_representative_approves_and_the_user_logs_in(mocks: HometaxMocks) -> None:
    # given an application and the representative's certificate login
    await _apply(mocks)
    token = await _representative(mocks)
    listed = (await mocks.hometax.get("/my-nts/department-users", headers=bearer(token))).json()
    assert [u["user_id"] for u in listed["department_users"]] == ["cargo_pay1"]
    # when the representative sets 사용
    saved = await mocks.hometax.put(
        "/my-nts/department-users/cargo_pay1/status",
        json={"status": "active"},
        headers=bearer(token),
    )
    assert saved.json()["department_user"]["status_label"] == "사용"
    # then the user logs in and registers its own e-tax-invoice certificate
    login = await mocks.hometax.post(
        "/auth/password", json={"user_id": "cargo_pay1", "password": PASSWORD}
    )
    assert login.status_code == 200, login.text
    user_token = login.json()["token"]
    etax = await issue(mocks.pki, "e-tax-invoice")
    registered = await mocks.hometax.post(
        "/department-user/certificate",
        json={"proof": await prove(mocks.pki, etax)},
        headers=bearer(user_token),
    )
    assert registered.status_code == 200, registered.text
    cert_login = await mocks.hometax.post(
        "/auth/certificate",
        json={
            "business_number": BUSINESS,
            "user_id": "cargo_pay1",
            "proof": await prove(mocks.pki, etax),
        },
    )
    assert cert_login.json()["role"] == "department_user"


async def test_platform_gets_a_delegation_for_an_active_user(mocks: HometaxMocks) -> None:
    # given the seeded active department user EdsTax01
    response = await mocks.hometax.post(
        "/delegations",
        json={"user_id": "EdsTax01", "password": "Etax2024!ok", "platform": "카고페이"},
    )
    assert response.status_code == 201, response.text
    issued = response.json()
    # then the token acts for (주)한국이디에스
    seen = await mocks.hometax.post("/delegations/introspect", json={"token": issued["token"]})
    assert seen.json()["business_number"] == "6638501035"
    assert seen.json()["active"] is True


async def test_status_feed_lists_every_change_in_order(mocks: HometaxMocks) -> None:
    # given the feed's tail before anything happens
    tail = (await mocks.hometax.get("/department-users/status-events?limit=0")).json()
    assert tail["undecided"] == 1  # the seeded hanbit_test, 대기
    # when 홍길동 applies and the representative saves 미승인, 미승인 again, then 사용
    application_id = (await _apply(mocks)).json()["department_user"]["id"]
    token = await _representative(mocks)
    for status in ("not_approved", "not_approved", "active"):
        await mocks.hometax.put(
            "/my-nts/department-users/cargo_pay1/status",
            json={"status": status},
            headers=bearer(token),
        )
    # then the feed after the tail holds each change once, in order
    feed = (
        await mocks.hometax.get(f"/department-users/status-events?after={tail['last_seq']}")
    ).json()
    assert [(e["id"], e["status_label"]) for e in feed["events"]] == [
        (application_id, "대기"),
        (application_id, "미승인"),
        (application_id, "사용"),
    ]
    assert feed["last_seq"] == feed["events"][-1]["seq"]
    assert feed["undecided"] == 1
    # and a bad cursor is refused
    bad = await mocks.hometax.get("/department-users/status-events?after=-1")
    assert bad.status_code == 400
