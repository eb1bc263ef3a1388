"""NTS /status: one row per number, in request order, for every kind of business."""

from __future__ import annotations

import httpx
import pytest

from mocks.nts import seed
from tests.mocks.support import nts_post

UNREGISTERED_TEXT = "국세청에 등록되지 않은 사업자등록번호입니다."


async def status_of(nts: httpx.AsyncClient, b_no: str) -> dict[str, str]:
    response = await nts_post(nts, "status", {"b_no": [b_no]})
    assert response.status_code == 200
    row: dict[str, str] = response.json()["data"][0]
    return row


async def test_continuing_business_is_reported_as_continuing(nts: httpx.AsyncClient) -> None:
    # given KOTRA's number from the manual
    # when
    response = await nts_post(nts, "status", {"b_no": [seed.CONTINUING_EXAMPLE]})
    # then
    assert response.status_code == 200
    assert response.json() == {
        "status_code": "OK",
        "request_cnt": 1,
        "match_cnt": 1,
        "data": [
            {
                "b_no": "1208200275",
                "b_stt": "계속사업자",
                "b_stt_cd": "01",
                "tax_type": "부가가치세 일반과세자",
                "tax_type_cd": "01",
                "end_dt": "",
                "utcc_yn": "N",
                "tax_type_change_dt": "",
                "invoice_apply_dt": "",
                "rbf_tax_type": "해당없음",
                "rbf_tax_type_cd": "99",
            }
        ],
    }


async def test_suspended_business_is_reported_as_suspended(nts: httpx.AsyncClient) -> None:
    row = await status_of(nts, seed.SUSPENDED_EXAMPLE)
    assert (row["b_stt"], row["b_stt_cd"], row["end_dt"]) == ("휴업자", "02", "")


async def test_closed_business_is_reported_with_its_closing_date(nts: httpx.AsyncClient) -> None:
    row = await status_of(nts, seed.CLOSED_EXAMPLE)
    assert (row["b_stt"], row["b_stt_cd"], row["end_dt"]) == ("폐업자", "03", "20231231")


@pytest.mark.parametrize(
    ("b_no", "tax_type_cd", "tax_type"),
    [
        (seed.SIMPLIFIED_TAX_EXAMPLE, "02", "부가가치세 간이과세자"),
        (seed.TAX_EXEMPT_EXAMPLE, "04", "부가가치세 면세사업자"),
        (seed.INVOICE_SIMPLIFIED_EXAMPLE, "07", "부가가치세 간이과세자(세금계산서 발급사업자)"),
        (
            seed.NON_PROFIT_EXAMPLE,
            "05",
            "수익사업을 영위하지 않는 비영리법인이거나 고유번호가 부여된 단체,국가기관 등",
        ),
    ],
)
async def test_tax_type_is_labelled_with_the_nts_text(
    nts: httpx.AsyncClient, b_no: str, tax_type_cd: str, tax_type: str
) -> None:
    row = await status_of(nts, b_no)
    assert (row["tax_type_cd"], row["tax_type"]) == (tax_type_cd, tax_type)


async def test_tax_type_change_reports_the_previous_tax_type(nts: httpx.AsyncClient) -> None:
    row = await status_of(nts, seed.SIMPLIFIED_TAX_EXAMPLE)
    assert row["tax_type_change_dt"] == "20210701"
    assert (row["rbf_tax_type_cd"], row["rbf_tax_type"]) == ("01", "부가가치세 일반과세자")


async def test_unregistered_number_gets_a_row_with_the_unregistered_text(
    nts: httpx.AsyncClient,
) -> None:
    # given a number with a valid check digit that the NTS does not know
    # when
    response = await nts_post(nts, "status", {"b_no": [seed.UNREGISTERED_VALID_EXAMPLE]})
    # then the call still succeeds, and the row is empty but for the text
    body = response.json()
    assert response.status_code == 200
    assert (body["status_code"], body["request_cnt"], body["match_cnt"]) == ("OK", 1, 0)
    row = body["data"][0]
    assert row["b_no"] == seed.UNREGISTERED_VALID_EXAMPLE
    assert row["tax_type"] == UNREGISTERED_TEXT
    assert {k: v for k, v in row.items() if k not in ("b_no", "tax_type")} == {
        k: "" for k in row if k not in ("b_no", "tax_type")
    }


@pytest.mark.parametrize("b_no", ["120-82-00275", "12082002", "abcdefghij", ""])
async def test_malformed_number_is_treated_as_unregistered(
    nts: httpx.AsyncClient, b_no: str
) -> None:
    row = await status_of(nts, b_no)
    assert (row["b_no"], row["b_stt"], row["tax_type"]) == (b_no, "", UNREGISTERED_TEXT)


async def test_rows_follow_request_order_and_match_cnt_excludes_unregistered(
    nts: httpx.AsyncClient,
) -> None:
    numbers = [seed.CLOSED_EXAMPLE, seed.UNREGISTERED_VALID_EXAMPLE, seed.CONTINUING_EXAMPLE]
    response = await nts_post(nts, "status", {"b_no": numbers})
    body = response.json()
    assert [row["b_no"] for row in body["data"]] == numbers
    assert (body["request_cnt"], body["match_cnt"]) == (3, 2)


async def test_one_hundred_generated_numbers_are_all_registered(nts: httpx.AsyncClient) -> None:
    numbers = list(seed.GENERATED_NUMBERS[:100])
    response = await nts_post(nts, "status", {"b_no": numbers})
    assert response.status_code == 200
    assert (response.json()["request_cnt"], response.json()["match_cnt"]) == (100, 100)
