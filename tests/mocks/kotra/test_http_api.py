"""The KOTRA mock's HTTP API: its OpenAPI document, seed, stored secrets, error shape, peers and
fault injection."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import text

from mocks.identity import people
from mocks.identity.sealing import ci_of, di_of
from mocks.kotra import seed

TERMS = {"terms_of_use": True, "privacy_required": True}


async def signup(kotra: httpx.AsyncClient, **info: Any) -> httpx.Response:
    flow = (await kotra.post("/signups", json=TERMS)).json()
    number = people.KIM_YOUNGHEE.resident_number
    person = {
        "name": "김영희",
        "birth_date": "1978-09-05",
        "ci": ci_of(number),
        "di": di_of(number, "kotra"),
        "method": "card",
    }
    verified = await kotra.post(f"/signups/{flow['id']}/verification", json=person)
    assert verified.status_code == 200, verified.text
    body = {
        "login_id": "younghee78",
        "password": "New-pass-2024!",
        "password_confirm": "New-pass-2024!",
        "email": "younghee@example.com",
        "mobile": "01022223333",
    } | info
    return await kotra.post(f"/signups/{flow['id']}/member", json=body)


async def test_openapi_documents_every_operation_and_the_seed(kotra: httpx.AsyncClient) -> None:
    document = (await kotra.get("/openapi.json")).json()
    assert "/signups/{id}/member" in document["paths"]
    assert "/company-registrations/{id}" in document["paths"]
    assert seed.HONG_LOGIN_ID in document["info"]["description"]


async def test_signup_over_http_stores_only_hashes(kotra: httpx.AsyncClient) -> None:
    # when 김영희 signs up
    response = await signup(kotra)
    # then the answer has no secret, and the table holds the password only hashed
    assert response.status_code == 201, response.text
    body = response.json()
    assert "password" not in str(body["member"])
    assert "ci" not in body["member"]
    app = kotra._transport.app  # type: ignore[attr-defined]
    async with app.state.mock.db.unit_of_work() as session:
        row = (
            (await session.execute(text("SELECT * FROM kotra_members WHERE login_id='younghee78'")))
            .mappings()
            .one()
        )
    assert "New-pass-2024!" not in str(dict(row))
    assert ci_of(people.KIM_YOUNGHEE.resident_number) not in str(dict(row))


async def test_errors_carry_the_manuals_korean_and_an_english_message(
    kotra: httpx.AsyncClient,
) -> None:
    response = await signup(kotra, login_id="x1")
    assert response.status_code == 422
    assert response.json() == {
        "code": "INVALID_LOGIN_ID",
        "message": "아이디(6~20자 이내, 영어, 숫자 혼합)",
        "message_en": "The ID must be 6 to 20 characters mixing English letters and digits.",
        "field": "login_id",
    }


async def test_login_token_reads_the_member(kotra: httpx.AsyncClient) -> None:
    login = {"login_id": seed.HONG_LOGIN_ID, "password": seed.SEED_PASSWORD}
    token = (await kotra.post("/sessions", json=login)).json()["token"]
    me = await kotra.get("/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json()["member_class"] == "general_certificate"
    assert (await kotra.get("/me")).json()["code"] == "NOT_LOGGED_IN"


async def test_login_token_expires_on_the_mock_clock(kotra: httpx.AsyncClient) -> None:
    login = {"login_id": seed.HONG_LOGIN_ID, "password": seed.SEED_PASSWORD}
    token = (await kotra.post("/sessions", json=login)).json()["token"]
    await kotra.post("/__admin/clock", json={"advance_seconds": 3601})
    me = await kotra.get("/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 401


async def test_closed_business_is_asked_of_the_nts(
    peers: dict[str, httpx.AsyncClient], kotra: httpx.AsyncClient
) -> None:
    login = {"login_id": seed.HONG_LOGIN_ID, "password": seed.SEED_PASSWORD}
    token = (await kotra.post("/sessions", json=login)).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    response = await kotra.post(
        "/company-registrations", json={"terms": TERMS, "number": "1312200228"}, headers=headers
    )
    assert response.json()["code"] == "COMPANY_CLOSED"
    calls = (await peers["nts"].get("/__admin/calls")).json()["calls"]
    assert calls["POST /api/nts-businessman/v1/status"] == 1


async def test_nts_outage_is_answered_as_agency_unavailable(
    peers: dict[str, httpx.AsyncClient], kotra: httpx.AsyncClient
) -> None:
    await peers["nts"].post("/__admin/faults", json={"outage": True})
    login = {"login_id": seed.HONG_LOGIN_ID, "password": seed.SEED_PASSWORD}
    token = (await kotra.post("/sessions", json=login)).json()["token"]
    response = await kotra.post(
        "/company-registrations",
        json={"terms": TERMS, "number": "2208100016"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert (response.status_code, response.json()["code"]) == (503, "AGENCY_UNAVAILABLE")


async def test_fault_injection_works_on_kotra_routes(kotra: httpx.AsyncClient) -> None:
    await kotra.post("/__admin/faults", json={"route": "/hs-codes", "error_rate": 1.0})
    assert (await kotra.get("/hs-codes?q=01")).status_code == 503
    assert (await kotra.get("/countries")).status_code == 200


async def test_hs_codes_are_the_full_hs2022_nomenclature(kotra: httpx.AsyncClient) -> None:
    page = (await kotra.get("/hs-codes", params={"first": "1"})).json()
    assert page["total"] == 97 + 1229 + 5613
    chapters = (await kotra.get("/hs-codes", params={"q": "cocoa", "first": "100"})).json()
    assert "1806" in [item["code"] for item in chapters["items"]]


async def test_reset_restores_the_seed(kotra: httpx.AsyncClient) -> None:
    await signup(kotra)
    await kotra.post("/__admin/reset")
    login = {"login_id": "younghee78", "password": "New-pass-2024!"}
    assert (await kotra.post("/sessions", json=login)).status_code == 401
