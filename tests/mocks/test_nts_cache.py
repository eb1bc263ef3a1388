"""The in-memory NTS mock's read cache answers exactly what the database holds."""

from __future__ import annotations

import httpx
from starlette.applications import Starlette

from mocks.nts import seed
from mocks.nts.models import Business
from tests.mocks.support import nts_post

KOTRA = seed.CONTINUING_EXAMPLE
NEW = seed.UNREGISTERED_VALID_EXAMPLE


async def status_codes(nts: httpx.AsyncClient, *numbers: str) -> list[str]:
    rows = (await nts_post(nts, "status", {"b_no": list(numbers)})).json()["data"]
    return [row["b_stt_cd"] for row in rows]


async def test_an_admin_upsert_is_seen_by_the_next_lookup(nts: httpx.AsyncClient) -> None:
    assert await status_codes(nts, KOTRA, NEW) == ["01", ""]  # both now cached
    close = {"b_no": KOTRA, "b_stt_cd": "03", "end_dt": "20250101"}
    new = {"b_no": NEW, "b_nm": "새가게", "p_nm": "홍길동", "start_dt": "20250101"}
    await nts.post("/__admin/seed", json={"businesses": [close, new]})
    assert await status_codes(nts, KOTRA, NEW) == ["03", "01"]


async def test_a_reset_is_seen_by_the_next_lookup(nts: httpx.AsyncClient) -> None:
    await nts.post("/__admin/seed", json={"businesses": [{"b_no": KOTRA, "b_stt_cd": "02"}]})
    assert await status_codes(nts, KOTRA) == ["02"]
    await nts.post("/__admin/reset")
    assert await status_codes(nts, KOTRA) == ["01"]


async def test_a_write_through_the_database_is_seen_by_the_next_lookup(
    nts_app: Starlette, nts: httpx.AsyncClient
) -> None:
    assert await status_codes(nts, KOTRA) == ["01"]
    async with nts_app.state.mock.db.unit_of_work() as session:
        business = await session.get(Business, KOTRA)
        assert business is not None
        business.b_stt_cd = "02"
    assert await status_codes(nts, KOTRA) == ["02"]
