"""The in-memory KOTRA mock's company read cache answers exactly what the database holds."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from mocks.kotra import seed
from mocks.kotra.app import create_app
from mocks.kotra.models import Company
from tests.conftest import asgi_client, running

EDS = seed.EDS_NUMBER  # registered
KOTRA = seed.KOTRA_NUMBER  # known to KOTRA, not registered in the integrated membership


@pytest.fixture
async def app() -> AsyncIterator[Starlette]:
    app = create_app()
    async with running(app):
        yield app


@pytest.fixture
async def kotra(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    async with asgi_client(app, "http://kotra") as client:
        yield client


async def batch(kotra: httpx.AsyncClient, *numbers: str) -> list[dict[str, Any]]:
    response = await kotra.post("/companies/batch", json={"numbers": list(numbers)})
    assert response.status_code == 200, response.text
    companies: list[dict[str, Any]] = response.json()["companies"]
    return companies


async def test_a_renamed_company_is_seen_by_the_next_lookups(
    app: Starlette, kotra: httpx.AsyncClient
) -> None:
    # given: both look-ups answered once (and cached)
    assert [c["name"] for c in await batch(kotra, EDS, KOTRA)] == [
        "(주)한국이디에스",
        "대한무역투자진흥공사",
    ]
    assert (await kotra.get(f"/companies/{EDS}")).json()["name"] == "(주)한국이디에스"

    # when: the company is renamed in the database
    async with app.state.mock.db.unit_of_work() as session:
        company = await session.get(Company, EDS)
        assert company is not None
        company.name = "(주)한국이디에스솔루션"

    # then
    assert (await batch(kotra, EDS))[0]["name"] == "(주)한국이디에스솔루션"
    assert (await kotra.get(f"/companies/{EDS}")).json()["name"] == "(주)한국이디에스솔루션"


async def test_a_company_registered_after_a_lookup_is_found(
    app: Starlette, kotra: httpx.AsyncClient
) -> None:
    # given: not registered, so the single look-up finds nothing (and that is cached)
    assert (await kotra.get(f"/companies/{KOTRA}")).status_code == 404
    assert (await batch(kotra, KOTRA))[0]["registered"] is False

    # when: its information is registered
    async with app.state.mock.db.unit_of_work() as session:
        company = await session.get(Company, KOTRA)
        assert company is not None
        company.login_password_hash = "registered"

    # then
    found = await kotra.get(f"/companies/{KOTRA}")
    assert found.status_code == 200
    assert found.json()["registered"] is True
    assert (await batch(kotra, KOTRA))[0]["registered"] is True


async def test_an_unknown_number_is_not_found_until_it_exists(
    app: Starlette, kotra: httpx.AsyncClient
) -> None:
    # given: a number KOTRA does not know, looked up once
    number = "2208162517"
    assert await batch(kotra, number) == []

    # when: a company with it is added
    async with app.state.mock.db.unit_of_work() as session:
        template = await session.get(Company, EDS)
        assert template is not None
        columns = {c.key: getattr(template, c.key) for c in Company.__table__.columns}
        session.add(Company(**{**columns, "number": number, "name": "새회사"}))

    # then
    assert [c["name"] for c in await batch(kotra, number)] == ["새회사"]
