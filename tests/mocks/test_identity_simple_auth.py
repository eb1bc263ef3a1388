"""Identity mock, 간편인증: requested → pending (app push) → approved | rejected | expired."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from mocks.identity import messages
from mocks.identity.app import create_app

NOW = "2025-06-02T10:00:00+09:00"
CONSENTS = {"personal_info": True, "unique_id": True, "service_terms": True}
HONG_BY_KAKAO = {
    "site_code": "hometax",
    "provider": "kakao",
    "name": "홍길동",
    "birth_date": "19801210",
    "phone": "01012345678",
    "consents": CONSENTS,
}


@pytest.fixture
async def identity() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app()
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://identity.mock"
        ) as client:
            await client.post("/__admin/clock", json={"now": NOW})
            yield client


async def request(identity: httpx.AsyncClient, **changes: Any) -> dict[str, Any]:
    response = await identity.post("/simple-auth/requests", json={**HONG_BY_KAKAO, **changes})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def state(identity: httpx.AsyncClient, request_id: str) -> dict[str, Any]:
    body: dict[str, Any] = (await identity.get(f"/verifications/{request_id}")).json()
    return body


async def test_request_is_pushed_to_the_app_and_pending(identity: httpx.AsyncClient) -> None:
    requested = await request(identity)
    assert (requested["status"], requested["provider_label"]) == ("pending", "카카오톡 인증")
    [push] = (await identity.get("/__admin/outbox")).json()["messages"]
    assert (push["to"], push["code"]) == ("01012345678", None)
    assert (await state(identity, requested["id"]))["result"] is None


async def test_approved_request_yields_the_verified_identity(identity: httpx.AsyncClient) -> None:
    # given
    requested = await request(identity)
    # when the user approves in the app
    approved = await identity.post(f"/__admin/simple-auth/{requested['id']}/approve")
    # then the relying party's poll gets the identity
    assert approved.json() == {"id": requested["id"], "status": "approved"}
    polled = await state(identity, requested["id"])
    assert polled["status"] == "approved"
    result = polled["result"]
    assert (result["kind"], result["method"], result["name"]) == ("simple_auth", "kakao", "홍길동")
    assert (result["site_code"], len(result["ci"]), len(result["di"])) == ("hometax", 88, 64)


async def test_rejected_request_yields_nothing(identity: httpx.AsyncClient) -> None:
    requested = await request(identity)
    await identity.post(f"/__admin/simple-auth/{requested['id']}/reject")
    polled = await state(identity, requested["id"])
    assert (polled["status"], polled["result"]) == ("rejected", None)


async def test_unconfirmed_request_expires(identity: httpx.AsyncClient) -> None:
    # given a request the user never confirms
    requested = await request(identity)
    await identity.post(
        "/__admin/clock", json={"advance_seconds": messages.SIMPLE_AUTH_TTL.total_seconds() + 1}
    )
    # when / then
    assert (await state(identity, requested["id"]))["status"] == "expired"
    late = await identity.post(f"/__admin/simple-auth/{requested['id']}/approve")
    assert (late.status_code, late.json()["code"]) == (409, "REQUEST_EXPIRED")


async def test_decided_request_cannot_be_decided_again(identity: httpx.AsyncClient) -> None:
    requested = await request(identity)
    await identity.post(f"/__admin/simple-auth/{requested['id']}/reject")
    again = await identity.post(f"/__admin/simple-auth/{requested['id']}/approve")
    assert (again.status_code, again.json()["code"]) == (409, "ALREADY_COMPLETED")


@pytest.mark.parametrize(
    "provider",
    ["kakao", "naver", "pass", "toss", "samsungpass", "payco", "kb", "shinhan", "fincert"],
)
async def test_every_provider_of_the_kotra_manual_is_offered(
    identity: httpx.AsyncClient, provider: str
) -> None:
    assert (await request(identity, provider=provider))["status"] == "pending"


async def test_provider_the_person_has_no_certificate_with_is_refused(
    identity: httpx.AsyncClient,
) -> None:
    # 김형원 has PASS, 카카오 and 토스, not 네이버
    body = {**HONG_BY_KAKAO, "name": "김형원", "birth_date": "19720415", "phone": "01034736973"}
    response = await identity.post("/simple-auth/requests", json={**body, "provider": "naver"})
    assert (response.status_code, response.json()["code"]) == (422, "NOT_ENROLLED")
    assert (await identity.get("/__admin/outbox")).json()["messages"] == []


async def test_details_of_someone_else_are_refused(identity: httpx.AsyncClient) -> None:
    response = await identity.post(
        "/simple-auth/requests", json={**HONG_BY_KAKAO, "birth_date": "19801211"}
    )
    assert (response.status_code, response.json()["code"]) == (422, "NOT_ENROLLED")


async def test_unknown_request_is_not_found(identity: httpx.AsyncClient) -> None:
    response = await identity.post("/__admin/simple-auth/sau_nothing/approve")
    assert (response.status_code, response.json()["code"]) == (404, "VERIFICATION_NOT_FOUND")
