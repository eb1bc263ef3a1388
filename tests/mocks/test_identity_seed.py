"""Identity mock: seed people, the admin upsert, sites and the OpenAPI document."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from mocks.identity import people
from mocks.identity.app import create_app
from mocks.nts import handmade

CONSENTS = {"personal_info": True, "unique_id": True, "service_terms": True, "carrier_terms": True}
NEW_PERSON = {
    "name": "김하나",
    "resident_number": "9503152345674",
    "phones": [{"phone": "010-4321-8765", "carrier": "KT"}],
}


@pytest.fixture
async def identity() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app()
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://identity.mock"
        ) as client:
            yield client


def test_seed_has_the_representatives_of_the_nts_seed() -> None:
    names = {person.name for person in people.PEOPLE}
    representatives = {business.b_no: business.p_nm for business in handmade.HANDMADE}
    for b_no, person in (
        ("1208200275", people.YU_JEONGYEOL),
        ("6638501035", people.KIM_HYEONGWON),
        ("2208100016", people.LEE_SEOJUN),
        ("1058410026", people.JOHN_SMITH),
    ):
        assert representatives[b_no] == person.name
        assert person.name in names


def test_seed_numbers_phones_and_cards_are_distinct() -> None:
    numbers = [person.resident_number for person in people.PEOPLE]
    phones = [line.phone for person in people.PEOPLE for line in person.phones]
    cards = [card.number for person in people.PEOPLE for card in person.cards]
    assert len(set(numbers)) == len(numbers)
    assert len(set(phones)) == len(phones)
    assert len(set(cards)) == len(cards)


async def test_upserted_person_can_be_verified(identity: httpx.AsyncClient) -> None:
    # given
    seeded = await identity.post("/__admin/seed", json={"people": [NEW_PERSON]})
    assert seeded.json() == {"ok": True, "counts": {"people": 1}}
    # when
    started = await identity.post(
        "/phone/verifications",
        json={
            "site_code": "gateway",
            "carrier": "KT",
            "method": "sms",
            "name": "김하나",
            "birth_date": "950315",
            "sex_digit": "2",
            "phone": "01043218765",
            "consents": CONSENTS,
        },
    )
    # then
    [message] = (await identity.get("/__admin/outbox")).json()["messages"]
    confirmed = await identity.post(
        f"/phone/verifications/{started.json()['id']}/confirm", json={"code": message["code"]}
    )
    assert confirmed.json()["result"]["name"] == "김하나"


async def test_upsert_moves_a_phone_line_to_its_new_subscriber(
    identity: httpx.AsyncClient,
) -> None:
    # given 홍길동's number now belongs to 김하나
    moved = {**NEW_PERSON, "phones": [{"phone": "010-1234-5678", "carrier": "SKT"}]}
    await identity.post("/__admin/seed", json={"people": [moved]})
    # when 홍길동 asks for a code on it
    await identity.post(
        "/phone/verifications",
        json={
            "site_code": "kotra",
            "carrier": "SKT",
            "method": "sms",
            "name": "홍길동",
            "birth_date": "801210",
            "sex_digit": "1",
            "phone": "01012345678",
            "consents": CONSENTS,
        },
    )
    # then nothing is sent
    assert (await identity.get("/__admin/outbox")).json()["messages"] == []


async def test_person_with_an_invalid_number_is_refused(identity: httpx.AsyncClient) -> None:
    bad = {**NEW_PERSON, "resident_number": "9513152345674"}
    response = await identity.post("/__admin/seed", json={"people": [bad]})
    assert response.status_code == 422


async def test_sites_list_the_relying_parties(identity: httpx.AsyncClient) -> None:
    sites = {site["site_code"] for site in (await identity.get("/sites")).json()["sites"]}
    assert {"kotra", "kosme", "work24", "gov24", "hometax"} <= sites


async def test_openapi_documents_every_operation(identity: httpx.AsyncClient) -> None:
    document = (await identity.get("/openapi.json")).json()
    assert {
        "/phone/verifications",
        "/phone/verifications/{id}/confirm",
        "/phone/verifications/{id}/resend",
        "/card/verifications",
        "/simple-auth/requests",
        "/__admin/simple-auth/{id}/approve",
        "/__admin/simple-auth/{id}/reject",
        "/verifications/{id}",
        "/sns/{provider}/authorize",
        "/sns/{provider}/token",
        "/onepass/authorize",
        "/onepass/token",
        "/foreigner/real-name",
        "/sites",
    } <= set(document["paths"])
    confirm = document["paths"]["/phone/verifications/{id}/confirm"]["post"]
    assert [(p["name"], p["in"]) for p in confirm["parameters"]] == [("id", "path")]
    error = document["components"]["schemas"]["ErrorBody"]
    assert "CORPORATE_CARD" in document["components"]["schemas"]["IdentityErrorCode"]["enum"]
    assert set(error["properties"]) >= {"code", "message", "message_en"}


async def test_healthz_names_the_agency(identity: httpx.AsyncClient) -> None:
    assert (await identity.get("/healthz")).json() == {"status": "ok", "agency": "identity"}


async def test_reset_brings_back_the_seed(identity: httpx.AsyncClient) -> None:
    await identity.post("/__admin/seed", json={"people": [NEW_PERSON]})
    await identity.post("/__admin/reset")
    response = await identity.post(
        "/foreigner/real-name",
        json={
            "site_code": "kosme",
            "name": "WANG FANG",
            "foreigner_number": people.WANG_FANG.resident_number,
        },
    )
    assert response.json()["result"] == "MATCH"
