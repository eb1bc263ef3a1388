"""The KOTRA mock's company records over HTTP: 기업 신청 사업 내역 (seeded, recorded on a
member's application, paged), 마일리지 내역 and 서비스 마일리지 사용 (the matrix, the balance),
사명 변경신청 without 기업인증, and admin seeding of records."""

from __future__ import annotations

import httpx

from mocks.kotra import seed


async def member_headers(kotra: httpx.AsyncClient, login_id: str) -> dict[str, str]:
    login = {"login_id": login_id, "password": seed.SEED_PASSWORD}
    response = await kotra.post("/sessions", json=login)
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


async def company_headers(kotra: httpx.AsyncClient) -> dict[str, str]:
    login = {"number": seed.EDS_NUMBER, "password": seed.EDS_COMPANY_PASSWORD}
    response = await kotra.post("/company-sessions", json=login)
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


async def test_seeded_history_and_ledger_are_the_documented_ones(kotra: httpx.AsyncClient) -> None:
    # given the company admin of (주)한국이디에스
    headers = await company_headers(kotra)
    # when it reads its 기업 신청 사업 내역 and 마일리지 내역
    history = (await kotra.get("/company/service-history", headers=headers)).json()
    ledger = (await kotra.get("/company/mileage", headers=headers)).json()
    # then both are the seed, newest first, and the balance sums the ledger
    assert [a["programme"] for a in history["applications"]] == [
        "해외시장 진출 온라인 상담",
        "글로벌 디지털 수출 설명회",
        "2026 해외전시회 단체참가 지원사업",
    ]
    assert history["applications"][0]["status"] == "in_progress"
    assert [(e["earned"], e["used"], e["balance"]) for e in ledger["entries"]] == [
        (0, 3000, 4000),
        (2000, 0, 7000),
        (5000, 0, 5000),
    ]
    assert ledger["balance"] == 4000
    document = (await kotra.get("/openapi.json")).json()
    assert "balance 4,000" in document["info"]["description"]


async def test_an_affiliated_members_application_is_recorded_for_the_company(
    kotra: httpx.AsyncClient,
) -> None:
    # given 김형원 (affiliated by approval password) applies for a seminar
    member = await member_headers(kotra, seed.EDS_STAFF_LOGIN_ID)
    applied = await kotra.post("/me/services/seminar", headers=member)
    assert applied.status_code == 201, applied.text
    # when the company admin pages its history one at a time
    headers = await company_headers(kotra)
    first = (await kotra.get("/company/service-history?first=1", headers=headers)).json()
    last_id = first["applications"][0]["id"]
    second = (
        await kotra.get(f"/company/service-history?first=1&after={last_id}", headers=headers)
    ).json()
    # then the newest is that application, status applied, and paging moves on
    assert first["total"] == 4
    assert first["has_next_page"] is True
    assert first["applications"][0] | {"id": 0, "applied_at": ""} == {
        "id": 0,
        "service": "seminar",
        "programme": "설명회 신청",
        "applicant": "김형원",
        "applied_at": "",
        "status": "applied",
    }
    assert second["applications"][0]["programme"] == "해외시장 진출 온라인 상담"


async def test_a_member_token_cannot_read_the_company_history(kotra: httpx.AsyncClient) -> None:
    member = await member_headers(kotra, seed.HONG_LOGIN_ID)
    response = await kotra.get("/company/service-history", headers=member)
    assert (response.status_code, response.json()["code"]) == (401, "NOT_LOGGED_IN")


async def test_mileage_use_follows_the_matrix_and_the_balance(kotra: httpx.AsyncClient) -> None:
    # given a member affiliated by approval password, and one by the corporate certificate
    staff = await member_headers(kotra, seed.EDS_STAFF_LOGIN_ID)
    hong = await member_headers(kotra, seed.HONG_LOGIN_ID)
    use = {"points": 1000, "description": "해외시장조사 서비스"}
    # when each uses mileage, and 홍길동 then asks more than is left
    refused = await kotra.post("/me/mileage-uses", json=use, headers=staff)
    used = await kotra.post("/me/mileage-uses", json=use, headers=hong)
    too_much = await kotra.post("/me/mileage-uses", json=use | {"points": 3001}, headers=hong)
    # then the approval-password member is refused, 홍길동's use leaves 3,000
    assert (refused.status_code, refused.json()["code"]) == (403, "SERVICE_NOT_ALLOWED")
    assert used.status_code == 201
    assert used.json()["balance"] == 3000
    assert (too_much.status_code, too_much.json()["code"]) == (422, "MILEAGE_INSUFFICIENT")
    assert too_much.json()["message"] == "사용 가능한 마일리지가 부족합니다."


async def test_name_change_without_certification_is_refused(kotra: httpx.AsyncClient) -> None:
    headers = await company_headers(kotra)
    body = {"name": "(주)이디에스코리아", "name_en": "EDS Korea Co.,Ltd.", "reason": "사명 변경"}
    response = await kotra.post("/company/name-change-requests", json=body, headers=headers)
    assert (response.status_code, response.json()["code"]) == (403, "CERTIFICATION_REQUIRED")
    listed = (await kotra.get("/company/name-change-requests", headers=headers)).json()
    assert listed == {"requests": []}


async def test_admin_seeds_records_and_refuses_a_negative_balance(
    kotra: httpx.AsyncClient,
) -> None:
    # when the admin API appends an application and a mileage line, then one overdrawing
    records = {
        "service_history": [
            {
                "company_number": seed.EDS_NUMBER,
                "service": "other_services",
                "programme": "지사화 사업",
                "applicant": "홍길동",
                "status": "completed",
            }
        ],
        "mileage": [{"company_number": seed.EDS_NUMBER, "description": "적립", "earned": 500}],
    }
    added = await kotra.post("/__admin/seed", json=records)
    overdraw = {"mileage": [{"company_number": seed.EDS_NUMBER, "description": "x", "used": 9999}]}
    refused = await kotra.post("/__admin/seed", json=overdraw)
    # then the company sees them; the overdraw is refused
    assert added.json()["counts"] == {"service_history": 1, "mileage": 1}
    assert refused.status_code == 422
    headers = await company_headers(kotra)
    history = (await kotra.get("/company/service-history", headers=headers)).json()
    assert history["applications"][0]["programme"] == "지사화 사업"
    assert (await kotra.get("/company/mileage", headers=headers)).json()["balance"] == 4500
