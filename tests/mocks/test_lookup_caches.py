"""The Work24 and Hometax mocks' batch look-ups answer from the framework's read cache, and
answer exactly what the database holds after any write."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import delete, update
from starlette.applications import Starlette

from mocks.hometax.app import create_app as create_hometax
from mocks.hometax.models import DepartmentUser
from mocks.work24.app import create_app as create_work24
from mocks.work24.models import Member
from tests.conftest import asgi_client, running

KOTRA = "1208200275"  # a Work24 member; a Hometax taxpayer without a department user
EDS = "6638501035"  # a Hometax taxpayer with a department user


@pytest.fixture
async def work24() -> AsyncIterator[tuple[Starlette, Any]]:
    app = create_work24()
    async with running(app), asgi_client(app, "http://work24") as client:
        yield app, client


@pytest.fixture
async def hometax() -> AsyncIterator[tuple[Starlette, Any]]:
    app = create_hometax()
    async with running(app), asgi_client(app, "http://hometax") as client:
        yield app, client


async def test_a_changed_member_is_seen_by_the_next_lookup(work24: tuple[Starlette, Any]) -> None:
    app, client = work24

    async def contact() -> list[str]:
        body = {"business_numbers": [KOTRA, "2208100016"]}
        response = await client.post("/members/lookup", json=body)
        assert response.status_code == 200, response.text
        return [m["contact_name"] for m in response.json()["members"]]

    before = await contact()
    assert before == await contact()  # the second from the cache
    async with app.state.mock.db.unit_of_work() as session:
        await session.execute(
            update(Member).where(Member.business_number == KOTRA).values(contact_name="새담당")
        )
    assert await contact() == ["새담당"]


async def test_a_withdrawn_user_is_seen_by_the_next_standing(
    hometax: tuple[Starlette, Any],
) -> None:
    app, client = hometax

    async def standing() -> list[tuple[bool, bool]]:
        body = {"business_numbers": [EDS, KOTRA, EDS]}
        response = await client.post("/businesses/standing", json=body)
        assert response.status_code == 200, response.text
        rows = response.json()["businesses"]
        return [(row["registered"], row["department_user"] is not None) for row in rows]

    assert await standing() == [(True, True), (True, False), (True, True)]
    assert await standing() == [(True, True), (True, False), (True, True)]  # cached
    async with app.state.mock.db.unit_of_work() as session:
        await session.execute(delete(DepartmentUser).where(DepartmentUser.business_number == EDS))
    assert await standing() == [(True, False), (True, False), (True, False)]
