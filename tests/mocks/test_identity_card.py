"""Identity mock, 카드본인확인: personal cards verify their holder; corporate cards never do."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from mocks.identity import people
from mocks.identity.app import create_app

NOW = "2025-06-02T10:00:00+09:00"
CONSENTS = {"personal_info": True, "unique_id": True, "service_terms": True}
HONG_CARD = people.HONG_GILDONG.cards[0]
HONG_BY_CARD = {
    "site_code": "kotra",
    "issuer": HONG_CARD.issuer,
    "card_number": HONG_CARD.number,
    "expiry": people.CARD_EXPIRY,
    "password_2": people.CARD_PASSWORD_2,
    "name": "홍길동",
    "birth_date": "801210",
    "sex_digit": "1",
    "consents": CONSENTS,
}
KOTRA_CORPORATE_CARD = next(c for c in people.YU_JEONGYEOL.cards if c.kind == "corporate")


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


async def verify(identity: httpx.AsyncClient, **changes: Any) -> httpx.Response:
    return await identity.post("/card/verifications", json={**HONG_BY_CARD, **changes})


async def test_personal_credit_card_verifies_its_holder(identity: httpx.AsyncClient) -> None:
    response = await verify(identity)
    assert response.status_code == 200
    result = response.json()["result"]
    assert (result["kind"], result["provider"], result["name"]) == ("card", "SHINHAN", "홍길동")
    assert (len(result["ci"]), len(result["di"])) == (88, 64)
    assert HONG_CARD.number not in response.text


async def test_corporate_card_is_refused(identity: httpx.AsyncClient) -> None:
    # given KOTRA's 법인카드, held by its representative 유정열, with his own details
    response = await verify(
        identity,
        issuer="KB",
        card_number=KOTRA_CORPORATE_CARD.number,
        name="유정열",
        birth_date="650827",
    )
    # then the KOTRA manual's message
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "CORPORATE_CARD"
    assert body["message"] == "법인카드, 가짜카드, 신분카드 등은 본인확인이 불가능합니다."


async def test_check_card_in_ones_own_name_verifies(identity: httpx.AsyncClient) -> None:
    card = next(c for c in people.KIM_HYEONGWON.cards if c.kind == "personal_check")
    response = await verify(
        identity, issuer="SAMSUNG", card_number=card.number, name="김형원", birth_date="720415"
    )
    assert response.status_code == 200


@pytest.mark.parametrize(
    "changes",
    [
        {"password_2": "99"},
        {"expiry": "1129"},
        {"issuer": "KB"},
        {"name": "김철수"},
        {"birth_date": "801211"},
    ],
)
async def test_card_details_must_all_match(
    identity: httpx.AsyncClient, changes: dict[str, str]
) -> None:
    response = await verify(identity, **changes)
    assert (response.status_code, response.json()["code"]) == (422, "CARD_MISMATCH")


async def test_card_number_with_a_bad_check_digit_is_refused(identity: httpx.AsyncClient) -> None:
    bad = HONG_CARD.number[:-1] + str((int(HONG_CARD.number[-1]) + 1) % 10)
    response = await verify(identity, card_number=bad)
    assert (response.status_code, response.json()["code"]) == (400, "INVALID_CARD_NUMBER")


async def test_card_past_its_validity_is_refused(identity: httpx.AsyncClient) -> None:
    await identity.post("/__admin/clock", json={"now": "2031-01-05T10:00:00+09:00"})
    response = await verify(identity)
    assert (response.status_code, response.json()["code"]) == (422, "CARD_EXPIRED")


async def test_card_verification_needs_the_consents(identity: httpx.AsyncClient) -> None:
    response = await verify(identity, consents={**CONSENTS, "unique_id": False})
    assert (response.status_code, response.json()["code"]) == (400, "CONSENT_REQUIRED")
