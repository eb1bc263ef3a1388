"""Identity mock: CI is one per person everywhere, DI one per person and site; numbers are
never kept or answered in clear."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from starlette.applications import Starlette

from mocks.framework import AgencyRuntime
from mocks.identity import people
from mocks.identity.app import create_app
from mocks.identity.models import IdentityBase
from mocks.identity.sealing import ci_of, di_of

CONSENTS = {"personal_info": True, "unique_id": True, "service_terms": True, "carrier_terms": True}


def phone_body(person: people.PersonRecord, site_code: str) -> dict[str, Any]:
    number = person.number
    return {
        "site_code": site_code,
        "carrier": person.phones[0].carrier,
        "method": "sms",
        "name": person.name,
        "birth_date": number.number[:6],
        "sex_digit": number.number[6],
        "phone": person.phones[0].phone,
        "consents": CONSENTS,
    }


@pytest.fixture
async def identity_app() -> AsyncIterator[Starlette]:
    app = create_app()
    async with app.router.lifespan_context(app):
        yield app


@pytest.fixture
async def identity(identity_app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=identity_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://identity.mock") as client:
        yield client


async def verify_by_phone(
    identity: httpx.AsyncClient, person: people.PersonRecord, site_code: str
) -> dict[str, Any]:
    started = (
        await identity.post("/phone/verifications", json=phone_body(person, site_code))
    ).json()
    code = (await identity.get("/__admin/outbox")).json()["messages"][-1]["code"]
    response = await identity.post(
        f"/phone/verifications/{started['id']}/confirm", json={"code": code}
    )
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["result"]
    return result


async def test_ci_is_identical_across_sites_while_di_differs(identity: httpx.AsyncClient) -> None:
    at_kotra = await verify_by_phone(identity, people.HONG_GILDONG, "kotra")
    at_kosme = await verify_by_phone(identity, people.HONG_GILDONG, "kosme")
    assert at_kotra["ci"] == at_kosme["ci"]
    assert at_kotra["di"] != at_kosme["di"]
    assert (len(at_kotra["ci"]), len(at_kotra["di"])) == (88, 64)


async def test_ci_is_the_same_whichever_method_verified_the_person(
    identity: httpx.AsyncClient,
) -> None:
    by_phone = await verify_by_phone(identity, people.HONG_GILDONG, "kotra")
    card = people.HONG_GILDONG.cards[0]
    by_card = await identity.post(
        "/card/verifications",
        json={
            "site_code": "kotra",
            "issuer": card.issuer,
            "card_number": card.number,
            "expiry": card.expiry,
            "password_2": card.password_2,
            "name": "홍길동",
            "birth_date": "801210",
            "sex_digit": "1",
            "consents": {"personal_info": True, "unique_id": True, "service_terms": True},
        },
    )
    assert by_card.json()["result"]["ci"] == by_phone["ci"]
    assert by_card.json()["result"]["di"] == by_phone["di"]


async def test_two_people_have_different_ci(identity: httpx.AsyncClient) -> None:
    hong = await verify_by_phone(identity, people.HONG_GILDONG, "kotra")
    kim = await verify_by_phone(identity, people.KIM_HYEONGWON, "kotra")
    assert hong["ci"] != kim["ci"]


async def test_ci_and_di_helpers_agree_with_the_provider(identity: httpx.AsyncClient) -> None:
    # other mocks compute a seed person's CI and DI with these helpers
    result = await verify_by_phone(identity, people.HONG_GILDONG, "work24")
    assert result["ci"] == ci_of(people.HONG_GILDONG.resident_number)
    assert result["di"] == di_of(people.HONG_GILDONG.resident_number, "work24")


async def test_foreigner_is_verified_as_a_foreigner(identity: httpx.AsyncClient) -> None:
    result = await verify_by_phone(identity, people.JOHN_SMITH, "kosme")
    assert (result["nationality"], result["foreigner"], result["nationality_code"]) == (
        "외국인",
        True,
        "US",
    )
    assert result["resident_number_masked"] == "750620-5******"


async def test_number_issued_after_2020_without_check_digit_verifies(
    identity: httpx.AsyncClient,
) -> None:
    assert not people.KIM_MINJUN.number.checksum_ok
    result = await verify_by_phone(identity, people.KIM_MINJUN, "gov24")
    assert result["birth_date"] == "2000-01-01"


async def test_no_number_or_secret_is_stored_in_clear(
    identity_app: Starlette, identity: httpx.AsyncClient
) -> None:
    # given a finished verification, so codes were handled too
    await verify_by_phone(identity, people.HONG_GILDONG, "kotra")
    runtime: AgencyRuntime = identity_app.state.mock
    # when every row of the provider's tables is read
    async with runtime.db.unit_of_work() as session:
        rows = [
            str(row)
            for table in IdentityBase.metadata.sorted_tables
            for row in (await session.execute(select(table))).all()
        ]
    dump = "\n".join(rows)
    # then
    for person in people.PEOPLE:
        assert person.resident_number not in dump
        assert all(card.number not in dump for card in person.cards)
    assert people.SEED_PASSWORD not in dump
    assert "801210-1******" in dump
