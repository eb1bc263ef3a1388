"""When an agency is down or slow, the rest of the answer still arrives, quickly."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import httpx
import pytest

from gateway.app import create_app
from mocks.nts.app import create_app as create_nts_mock
from tests.conftest import asgi_client, running
from tests.gateway.conftest import GraphQLClient, Stack, make_settings

BUSINESS = """
query { business(registrationNumber: "1208200275") {
  registrationNumber formattedRegistrationNumber nts { status } } }
"""


async def test_nts_outage_leaves_data_for_everything_else(stack: Stack) -> None:
    # given
    await stack.nts.post("/__admin/faults", json={"outage": True})
    # when
    result = await stack.gateway.execute(BUSINESS)
    # then
    assert result["data"]["business"] == {
        "registrationNumber": "1208200275",
        "formattedRegistrationNumber": "120-82-00275",
        "nts": None,
    }
    [error] = result["errors"]
    assert error["path"] == ["business", "nts"]
    assert error["extensions"]["code"] == "AGENCY_UNAVAILABLE"
    assert error["extensions"]["agency"] == "nts"
    assert "국세청" in error["message"]


async def test_unavailable_agency_is_named_in_english_on_request(stack: Stack) -> None:
    await stack.nts.post("/__admin/faults", json={"outage": True})
    result = await stack.gateway.execute(BUSINESS, **{"Accept-Language": "en"})
    assert "National Tax Service" in result["errors"][0]["message"]


async def test_a_transient_nts_failure_is_retried(stack: Stack) -> None:
    # given one failure in two for the status route (seeded, repeatable)
    await stack.nts.post(
        "/__admin/faults",
        json={"route": "/api/nts-businessman/v1/status", "error_rate": 0.5, "status": 503},
    )
    # when asking ten times
    outcomes = [await stack.gateway.execute(BUSINESS) for _ in range(10)]
    # then retries hide most failures: more answers than one in two
    answered = sum(1 for r in outcomes if r["data"]["business"]["nts"] is not None)
    assert answered >= 8


@pytest.fixture
async def impatient_gateway() -> AsyncIterator[tuple[GraphQLClient, httpx.AsyncClient]]:
    settings = make_settings(nts={"timeout": 0.2, "retries": 2})
    nts_app = create_nts_mock()
    async with running(nts_app):
        app = create_app(settings, transports={"nts": httpx.ASGITransport(app=nts_app)})
        async with (
            running(app),
            asgi_client(app, "http://gw") as gw,
            asgi_client(nts_app, "http://nts") as nts,
        ):
            yield GraphQLClient(gw), nts


async def test_slow_nts_does_not_hold_the_answer_past_its_timeout(
    impatient_gateway: tuple[GraphQLClient, httpx.AsyncClient],
) -> None:
    gateway, nts = impatient_gateway
    await nts.post("/__admin/faults", json={"latency_ms": 3000})
    started = time.perf_counter()
    result = await gateway.execute(BUSINESS)
    elapsed = time.perf_counter() - started
    assert result["errors"][0]["extensions"]["code"] == "AGENCY_UNAVAILABLE"
    assert elapsed < 1.5  # two attempts of 0.2 s plus backoff, far below the 3 s latency


async def test_repeated_failures_open_the_breaker_and_spare_the_agency(
    impatient_gateway: tuple[GraphQLClient, httpx.AsyncClient],
) -> None:
    gateway, nts = impatient_gateway
    await nts.post("/__admin/faults", json={"outage": True})
    for _ in range(5):
        await gateway.execute(BUSINESS)
    await nts.delete("/__admin/calls")
    # when the breaker is open, the next query does not reach the agency at all
    result = await gateway.execute(BUSINESS)
    assert result["errors"][0]["extensions"]["code"] == "AGENCY_UNAVAILABLE"
    assert (await nts.get("/__admin/calls")).json()["total"] == 0
