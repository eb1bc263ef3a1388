"""Identity mock, 외국인 실명확인: name against foreigner registration number."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from mocks.identity import people
from mocks.identity.app import create_app


@pytest.fixture
async def identity() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app()
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://identity.mock"
        ) as client:
            yield client


async def check(identity: httpx.AsyncClient, name: str, number: str) -> httpx.Response:
    return await identity.post(
        "/foreigner/real-name",
        json={"site_code": "kosme", "name": name, "foreigner_number": number},
    )


@pytest.mark.parametrize("name", ["NGUYEN VAN AN", "Nguyen Van An", "nguyenvanan"])
async def test_matching_name_and_number_match(identity: httpx.AsyncClient, name: str) -> None:
    response = await check(identity, name, people.NGUYEN_VAN_AN.resident_number)
    assert response.status_code == 200
    body = response.json()
    assert (body["result"], body["message"]) == ("MATCH", "실명확인이 완료되었습니다.")
    assert body["foreigner_number_masked"] == "010915-7******"
    assert people.NGUYEN_VAN_AN.resident_number not in response.text


async def test_someone_elses_name_does_not_match(identity: httpx.AsyncClient) -> None:
    response = await check(identity, "WANG FANG", people.NGUYEN_VAN_AN.resident_number)
    assert response.json()["result"] == "MISMATCH"


async def test_unregistered_number_is_not_found(identity: httpx.AsyncClient) -> None:
    response = await check(identity, "JANE DOE", "9901016123456")
    assert response.json()["result"] == "NOT_FOUND"


async def test_citizen_number_is_refused(identity: httpx.AsyncClient) -> None:
    response = await check(identity, "홍길동", people.HONG_GILDONG.resident_number)
    assert response.status_code == 400
    body = response.json()
    assert (body["code"], body["field"]) == ("INVALID_FOREIGNER_NUMBER", "foreigner_number")
    assert "외국인등록번호가 아닙니다" in body["message"]
