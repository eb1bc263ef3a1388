"""Admin API: reset, seed (reload and upsert) and clock control."""

from __future__ import annotations

import httpx
import pytest

from mocks.nts import seed
from tests.mocks.support import nts_post

CLOSE_KOTRA = {
    "businesses": [{"b_no": seed.CONTINUING_EXAMPLE, "b_stt_cd": "03", "end_dt": "20250101"}]
}
NEW_BUSINESS = {
    "businesses": [
        {
            "b_no": seed.UNREGISTERED_VALID_EXAMPLE,
            "b_nm": "새가게",
            "p_nm": "홍길동",
            "start_dt": "20250101",
        }
    ]
}


async def status_code_of(nts: httpx.AsyncClient, b_no: str) -> str:
    row: dict[str, str] = (await nts_post(nts, "status", {"b_no": [b_no]})).json()["data"][0]
    return row["b_stt_cd"]


async def updated_at_of(nts: httpx.AsyncClient, b_no: str) -> str:
    row: dict[str, str] = (await nts_post(nts, "registry", {"b_no": [b_no]})).json()["data"][0]
    return row["updated_at"]


async def test_seed_upsert_updates_only_the_given_fields(nts: httpx.AsyncClient) -> None:
    # when
    response = await nts.post("/__admin/seed", json=CLOSE_KOTRA)
    # then
    assert response.json() == {"ok": True, "counts": {"businesses": 1}}
    row = (await nts_post(nts, "status", {"b_no": [seed.CONTINUING_EXAMPLE]})).json()["data"][0]
    assert (row["b_stt_cd"], row["end_dt"], row["tax_type_cd"]) == ("03", "20250101", "01")


async def test_seed_upsert_adds_a_new_business(nts: httpx.AsyncClient) -> None:
    await nts.post("/__admin/seed", json=NEW_BUSINESS)
    assert await status_code_of(nts, seed.UNREGISTERED_VALID_EXAMPLE) == "01"


async def test_new_business_without_representative_is_refused(nts: httpx.AsyncClient) -> None:
    body = {"businesses": [{"b_no": seed.UNREGISTERED_VALID_EXAMPLE, "b_nm": "새가게"}]}
    response = await nts.post("/__admin/seed", json=body)
    assert response.status_code == 422
    assert "p_nm" in response.json()["detail"]
    assert await status_code_of(nts, seed.UNREGISTERED_VALID_EXAMPLE) == ""


@pytest.mark.parametrize(
    "body",
    [
        {"businesses": [{"b_no": "12345"}]},
        {"businesses": [{"b_no": seed.CONTINUING_EXAMPLE, "b_stt_cd": "09"}]},
        {"companies": []},
    ],
)
async def test_invalid_seed_records_are_refused_with_422(
    nts: httpx.AsyncClient, body: object
) -> None:
    response = await nts.post("/__admin/seed", json=body)
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_input"


async def test_empty_seed_request_reloads_the_default_seed(nts: httpx.AsyncClient) -> None:
    # given KOTRA closed by an upsert
    await nts.post("/__admin/seed", json=CLOSE_KOTRA)
    # when
    response = await nts.post("/__admin/seed")
    # then
    assert response.json() == {"ok": True, "counts": {"businesses": len(seed.SEEDED_NUMBERS)}}
    assert await status_code_of(nts, seed.CONTINUING_EXAMPLE) == "01"


async def test_reset_restores_the_seed_after_an_upsert(nts: httpx.AsyncClient) -> None:
    # given
    await nts.post("/__admin/seed", json=CLOSE_KOTRA)
    await nts.post("/__admin/seed", json=NEW_BUSINESS)
    # when
    response = await nts.post("/__admin/reset")
    # then
    assert response.json() == {"ok": True}
    assert await status_code_of(nts, seed.CONTINUING_EXAMPLE) == "01"
    assert await status_code_of(nts, seed.UNREGISTERED_VALID_EXAMPLE) == ""


async def test_clock_runs_in_seoul_time_by_default(nts: httpx.AsyncClient) -> None:
    clock = (await nts.get("/__admin/clock")).json()
    assert clock["frozen"] is False
    assert clock["now"].endswith("+09:00")


async def test_frozen_clock_dates_an_upserted_business(nts: httpx.AsyncClient) -> None:
    # given
    frozen = await nts.post("/__admin/clock", json={"now": "2025-03-01T09:00:00+09:00"})
    assert frozen.json() == {"now": "2025-03-01T09:00:00+09:00", "frozen": True}
    # when
    await nts.post("/__admin/seed", json=NEW_BUSINESS)
    # then
    assert await updated_at_of(nts, seed.UNREGISTERED_VALID_EXAMPLE) == "2025-03-01T09:00:00+09:00"


async def test_advancing_the_clock_moves_the_next_update(nts: httpx.AsyncClient) -> None:
    # given a frozen clock moved on by one day
    await nts.post("/__admin/clock", json={"now": "2025-03-01T00:00:00Z"})
    advanced = await nts.post("/__admin/clock", json={"advance_seconds": 86400})
    assert advanced.json()["now"] == "2025-03-02T09:00:00+09:00"
    # when
    await nts.post("/__admin/seed", json=CLOSE_KOTRA)
    # then
    assert await updated_at_of(nts, seed.CONTINUING_EXAMPLE) == "2025-03-02T09:00:00+09:00"


async def test_seed_rows_are_dated_thirty_days_before_seeding(nts: httpx.AsyncClient) -> None:
    await nts.post("/__admin/clock", json={"now": "2025-03-31T12:00:00+09:00"})
    await nts.post("/__admin/seed")
    assert await updated_at_of(nts, seed.CONTINUING_EXAMPLE) == "2025-03-01T12:00:00+09:00"


async def test_advancing_a_running_clock_adds_an_offset(nts: httpx.AsyncClient) -> None:
    before = (await nts.get("/__admin/clock")).json()["now"]
    after = (await nts.post("/__admin/clock", json={"advance_seconds": 3 * 86400})).json()
    assert after["frozen"] is False
    assert after["now"][:10] > before[:10]


async def test_deleting_the_clock_returns_to_real_time(nts: httpx.AsyncClient) -> None:
    await nts.post("/__admin/clock", json={"now": "2000-01-01T00:00:00+09:00"})
    response = await nts.delete("/__admin/clock")
    assert response.json()["frozen"] is False
    assert not response.json()["now"].startswith("2000")


@pytest.mark.parametrize(
    "body",
    [{}, {"now": "2025-01-01T00:00:00", "advance_seconds": 1}, {"now": "yesterday"}, {"x": 1}],
)
async def test_invalid_clock_change_is_refused_with_422(
    nts: httpx.AsyncClient, body: object
) -> None:
    response = await nts.post("/__admin/clock", json=body)
    assert (response.status_code, response.json()["error"]) == (422, "invalid_input")


async def test_bad_json_to_admin_is_refused_with_400(nts: httpx.AsyncClient) -> None:
    response = await nts.post("/__admin/clock", content=b"{")
    assert (response.status_code, response.json()["error"]) == (400, "bad_json")
