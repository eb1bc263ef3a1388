"""NTS /validate: number, opening date and representative checked against the register."""

from __future__ import annotations

import httpx

from mocks.nts import seed
from tests.mocks.support import business, nts_post

KOTRA = business(seed.CONTINUING_EXAMPLE, "19620621", "유정열")


async def validate_one(nts: httpx.AsyncClient, item: dict[str, str]) -> dict[str, object]:
    response = await nts_post(nts, "validate", {"businesses": [item]})
    assert response.status_code == 200
    row: dict[str, object] = response.json()["data"][0]
    return row


async def test_matching_business_is_valid_with_its_status(nts: httpx.AsyncClient) -> None:
    # when
    response = await nts_post(nts, "validate", {"businesses": [KOTRA]})
    # then
    body = response.json()
    assert (body["status_code"], body["request_cnt"], body["valid_cnt"]) == ("OK", 1, 1)
    row = body["data"][0]
    assert (row["b_no"], row["valid"], row["valid_msg"]) == (seed.CONTINUING_EXAMPLE, "01", "")
    assert row["status"]["b_stt_cd"] == "01"
    assert row["request_param"] == {
        **KOTRA,
        **dict.fromkeys(("p_nm2", "b_nm", "corp_no", "b_sector", "b_type", "b_adr"), ""),
    }


async def test_wrong_representative_is_not_valid_and_has_no_status(
    nts: httpx.AsyncClient,
) -> None:
    row = await validate_one(nts, {**KOTRA, "p_nm": "홍길동"})
    assert (row["valid"], row["valid_msg"]) == ("02", "확인할 수 없습니다")
    assert "status" not in row


async def test_wrong_opening_date_is_not_valid(nts: httpx.AsyncClient) -> None:
    row = await validate_one(nts, {**KOTRA, "start_dt": "19620622"})
    assert row["valid"] == "02"


async def test_unregistered_number_is_not_valid(nts: httpx.AsyncClient) -> None:
    row = await validate_one(nts, {**KOTRA, "b_no": seed.UNREGISTERED_VALID_EXAMPLE})
    assert row["valid"] == "02"


async def test_blank_optional_fields_are_ignored(nts: httpx.AsyncClient) -> None:
    # given optional fields sent as "" or null, as different clients do
    item = {**KOTRA, "b_nm": "", "corp_no": None, "b_sector": " ", "b_adr": ""}
    # when
    row = await validate_one(nts, item)  # type: ignore[arg-type]
    # then
    assert row["valid"] == "01"


async def test_filled_optional_fields_must_match(nts: httpx.AsyncClient) -> None:
    matching = {**KOTRA, "b_nm": "대한무역투자진흥공사", "corp_no": "114671-0004418"}
    assert (await validate_one(nts, matching))["valid"] == "01"
    assert (await validate_one(nts, {**KOTRA, "b_nm": "코트라"}))["valid"] == "02"


async def test_names_are_compared_ignoring_spaces(nts: httpx.AsyncClient) -> None:
    # given the representative typed as in the KOTRA manual's form, with a space
    row = await validate_one(nts, {**KOTRA, "p_nm": "유정 열", "b_nm": "대한무역 투자진흥공사"})
    assert row["valid"] == "01"


async def test_foreign_representative_is_checked_by_korean_name_too(
    nts: httpx.AsyncClient,
) -> None:
    given = business(seed.FOREIGN_REPRESENTATIVE_EXAMPLE, "20190101", "John Smith")
    assert (await validate_one(nts, {**given, "p_nm2": "존스미스"}))["valid"] == "01"
    assert (await validate_one(nts, {**given, "p_nm2": "존스미쓰"}))["valid"] == "02"


async def test_valid_cnt_counts_only_matching_rows(nts: httpx.AsyncClient) -> None:
    items = [KOTRA, {**KOTRA, "p_nm": "홍길동"}, KOTRA]
    response = await nts_post(nts, "validate", {"businesses": items})
    body = response.json()
    assert (body["request_cnt"], body["valid_cnt"]) == (3, 2)
    assert [row["valid"] for row in body["data"]] == ["01", "02", "01"]
