"""Admin API: injected latency, error rates and outages, and the call counter."""

from __future__ import annotations

import time

import httpx
import pytest

from mocks.nts import seed
from tests.mocks.support import NTS_BASE, nts_post

STATUS_PATH = f"{NTS_BASE}/status"
NUMBERS = {"b_no": [seed.CONTINUING_EXAMPLE]}


async def test_latency_fault_delays_the_answer(nts: httpx.AsyncClient) -> None:
    # given
    await nts.post("/__admin/faults", json={"route": STATUS_PATH, "latency_ms": 200})
    # when
    started = time.perf_counter()
    response = await nts_post(nts, "status", NUMBERS)
    elapsed = time.perf_counter() - started
    # then
    assert response.status_code == 200
    assert elapsed >= 0.2


async def test_error_rate_one_always_fails_with_the_chosen_status(nts: httpx.AsyncClient) -> None:
    await nts.post("/__admin/faults", json={"error_rate": 1.0, "status": 500})
    responses = [await nts_post(nts, "status", NUMBERS) for _ in range(5)]
    assert {(r.status_code, r.json()["error"]) for r in responses} == {(500, "injected_fault")}


async def test_error_rate_fails_about_that_fraction_repeatably(nts: httpx.AsyncClient) -> None:
    # given
    await nts.post("/__admin/faults", json={"error_rate": 0.5})

    async def failures() -> list[int]:
        return [(await nts.get("/healthz")).status_code for _ in range(40)]

    # when the same sequence is run twice, faults cleared (and the random source reset) between
    first = await failures()
    await nts.delete("/__admin/faults")
    await nts.post("/__admin/faults", json={"error_rate": 0.5})
    second = await failures()
    # then
    assert first == second
    assert 8 <= first.count(503) <= 32


async def test_outage_makes_healthz_report_503(nts: httpx.AsyncClient) -> None:
    await nts.post("/__admin/faults", json={"outage": True})
    response = await nts.get("/healthz")
    assert (response.status_code, response.json()) == (503, {"error": "outage"})


async def test_outage_spares_the_admin_api_and_the_openapi_document(
    nts: httpx.AsyncClient,
) -> None:
    await nts.post("/__admin/faults", json={"outage": True})
    assert (await nts.get("/openapi.json")).status_code == 200
    assert (await nts.get("/__admin/faults")).status_code == 200


async def test_fault_scoped_by_route_pattern_does_not_hit_other_routes(
    nts: httpx.AsyncClient,
) -> None:
    # given an outage of /validate only
    await nts.post("/__admin/faults", json={"route": "*/validate", "outage": True})
    # when / then
    assert (await nts_post(nts, "validate", {"businesses": []})).status_code == 503
    assert (await nts_post(nts, "status", NUMBERS)).status_code == 200
    assert (await nts.get("/healthz")).status_code == 200


async def test_fault_scoped_by_method_does_not_hit_other_methods(nts: httpx.AsyncClient) -> None:
    await nts.post("/__admin/faults", json={"method": "post", "outage": True})
    assert (await nts.get("/healthz")).status_code == 200
    assert (await nts_post(nts, "status", NUMBERS)).status_code == 503


async def test_faults_are_listed_and_removed_by_id(nts: httpx.AsyncClient) -> None:
    # given
    created = (await nts.post("/__admin/faults", json={"route": "/healthz", "outage": True})).json()
    listed = (await nts.get("/__admin/faults")).json()["faults"]
    assert [fault["id"] for fault in listed] == [created["id"]]
    assert listed[0]["route"] == "/healthz"
    # when
    removed = await nts.delete(f"/__admin/faults/{created['id']}")
    # then
    assert removed.status_code == 200
    assert (await nts.get("/healthz")).status_code == 200
    assert (await nts.delete(f"/__admin/faults/{created['id']}")).status_code == 404


async def test_reset_clears_faults(nts: httpx.AsyncClient) -> None:
    await nts.post("/__admin/faults", json={"outage": True})
    await nts.post("/__admin/reset")
    assert (await nts.get("/healthz")).status_code == 200
    assert (await nts.get("/__admin/faults")).json() == {"faults": []}


@pytest.mark.parametrize(
    "body",
    [{"error_rate": 1.5}, {"latency_ms": -1}, {"status": 200}, {"method": "PO ST"}, {"x": 1}],
)
async def test_invalid_fault_is_refused_with_422(nts: httpx.AsyncClient, body: object) -> None:
    response = await nts.post("/__admin/faults", json=body)
    assert (response.status_code, response.json()["error"]) == (422, "invalid_input")


async def test_calls_are_counted_per_route_including_faulted_ones(nts: httpx.AsyncClient) -> None:
    # given two answered calls and one answered by a fault
    await nts_post(nts, "status", NUMBERS)
    await nts_post(nts, "status", NUMBERS)
    await nts.post("/__admin/faults", json={"route": "*/registry", "outage": True})
    await nts_post(nts, "registry", NUMBERS)
    # when
    calls = (await nts.get("/__admin/calls")).json()
    # then admin requests are not counted
    assert calls == {
        "total": 3,
        "calls": {f"POST {NTS_BASE}/registry": 1, f"POST {STATUS_PATH}": 2},
    }


async def test_deleting_calls_resets_the_counter(nts: httpx.AsyncClient) -> None:
    await nts.get("/healthz")
    await nts.delete("/__admin/calls")
    assert (await nts.get("/__admin/calls")).json() == {"total": 0, "calls": {}}
