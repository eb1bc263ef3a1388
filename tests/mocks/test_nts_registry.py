"""NTS /registry (mock extension): registration details for autofill."""

from __future__ import annotations

import httpx

from mocks.nts import seed
from tests.mocks.support import nts_post


async def test_registry_gives_the_registration_details(nts: httpx.AsyncClient) -> None:
    # when
    response = await nts_post(nts, "registry", {"b_no": [seed.KOREA_EDS_EXAMPLE]})
    # then
    body = response.json()
    assert (body["status_code"], body["request_cnt"], body["match_cnt"]) == ("OK", 1, 1)
    row = body["data"][0]
    assert row["b_nm"] == "(주)한국이디에스"
    assert row["p_nm"] == "김형원"
    assert row["corp_no"] == "1101111611056"
    assert row["b_sector"] == "기타"
    assert row["b_type"].startswith("소프트웨어 자문,개발,공급")
    assert row["b_adr"] == "서울 서초구 서초중앙로 149-5"
    assert row["b_tel"] == "02-3473-6973"
    assert row["updated_at"]


async def test_registry_row_of_unregistered_number_has_only_the_number(
    nts: httpx.AsyncClient,
) -> None:
    numbers = [seed.UNREGISTERED_VALID_EXAMPLE, seed.CONTINUING_EXAMPLE]
    response = await nts_post(nts, "registry", {"b_no": numbers})
    body = response.json()
    assert body["match_cnt"] == 1
    unregistered, kotra = body["data"]
    assert unregistered["b_no"] == seed.UNREGISTERED_VALID_EXAMPLE
    assert all(value == "" for key, value in unregistered.items() if key != "b_no")
    assert (kotra["b_nm"], kotra["b_tel"]) == ("대한무역투자진흥공사", "1600-7119")
