"""NtsConnector against the NTS mock: batching by 100, shapes, the agency's errors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date

import httpx
import pytest

from connectors.errors import UpstreamRejectedError
from connectors.nts import BusinessStatusCode, NtsConnector, NtsValidationRequest
from mocks.nts import seed
from mocks.nts.app import create_app
from tests.conftest import asgi_client, running


@pytest.fixture
async def mock() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app()
    async with running(app), asgi_client(app, "http://nts") as client:
        yield client


def nts(mock: httpx.AsyncClient, key: str = "test-service-key") -> NtsConnector:
    return NtsConnector(mock, service_key=key)


async def calls(mock: httpx.AsyncClient, route: str) -> int:
    count: int = (await mock.get("/__admin/calls")).json()["calls"].get(route, 0)
    return count


async def test_status_of_250_numbers_takes_three_calls(mock: httpx.AsyncClient) -> None:
    found = await nts(mock).status(seed.GENERATED_NUMBERS[:250])
    assert len(found) == 250
    assert await calls(mock, "POST /api/nts-businessman/v1/status") == 3


async def test_status_maps_codes_and_dates(mock: httpx.AsyncClient) -> None:
    found = await nts(mock).status([seed.CLOSED_EXAMPLE])
    closed = found[seed.CLOSED_EXAMPLE]
    assert closed.status is BusinessStatusCode.CLOSED
    assert isinstance(closed.closed_on, date)


async def test_validate_matches_the_registered_representative(mock: httpx.AsyncClient) -> None:
    registry = await nts(mock).registry(["1208200275"])
    entry = registry["1208200275"]
    assert entry.opened_on is not None
    assert entry.representative_name is not None
    good = NtsValidationRequest("1208200275", entry.opened_on, entry.representative_name)
    bad = NtsValidationRequest("1208200275", entry.opened_on, "홍길동")
    [match, mismatch] = await nts(mock).validate([good, bad])
    assert match.valid
    assert match.status is not None
    assert not mismatch.valid
    assert mismatch.status is None
    assert mismatch.message == "확인할 수 없습니다"


async def test_unknown_service_key_is_the_gateways_key_error(mock: httpx.AsyncClient) -> None:
    with pytest.raises(UpstreamRejectedError) as caught:
        await nts(mock, key="wrong").status(["1208200275"])
    assert caught.value.code == "-4"
    assert caught.value.message == "등록되지 않은 인증키 입니다."
