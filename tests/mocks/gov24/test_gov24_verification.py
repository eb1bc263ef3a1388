"""The gov24 mock's searches and its verification by receiving agencies over HTTP."""

from __future__ import annotations

import re

from tests.mocks.gov24.conftest import Mocks
from tests.mocks.gov24.support import BROKER, HONG, HUG, NPS, holder
from tests.mocks.gov24.test_gov24_issuance import form, logged_in


async def issue(mocks: Mocks) -> tuple[str, dict[str, str]]:
    hong = await holder(mocks.pki, HONG)
    auth = await logged_in(mocks, hong, HONG[1])
    draft = (await mocks.gov24.post("/applications", json=form(), headers=auth)).json()
    signed = await mocks.gov24.post(
        f"/applications/{draft['id']}/signature",
        json={"certificate": hong.certificate, "signature": hong.sign(draft["content"])},
        headers=auth,
    )
    number: str = signed.json()["confirmation"]["number"]
    return number, auth


async def test_issuance_numbers_have_the_documented_synthetic_format(mocks: Mocks) -> None:
    number, _ = await issue(mocks)
    assert re.fullmatch(r"\d{4}-\d{4}-\d{4}-\d{4}", number)


async def test_only_the_designated_agency_sees_it_and_each_look_up_is_logged(
    mocks: Mocks,
) -> None:
    number, auth = await issue(mocks)
    body = {"issuance_number": number, "name": "홍길동"}
    other = await mocks.gov24.post("/verifications", json=body | {"agency_code": HUG})
    assert (other.status_code, other.json()["code"]) == (403, "NOT_DESIGNATED_AGENCY")
    ineligible = await mocks.gov24.post("/verifications", json=body | {"agency_code": BROKER})
    assert ineligible.json()["code"] == "AGENCY_NOT_ELIGIBLE"
    seen = await mocks.gov24.post("/verifications", json=body | {"agency_code": NPS})
    assert seen.status_code == 200
    assert seen.json()["signature_valid"] is True
    mine = (await mocks.gov24.get(f"/confirmations/{number}", headers=auth)).json()
    assert [v["outcome"] for v in mine["verifications"]] == ["refused_agency", "viewed"]


async def test_agency_search_leaves_out_ineligible_agencies(mocks: Mocks) -> None:
    page = (await mocks.gov24.get("/agencies", params={"query": "은행"})).json()
    assert {a["name"] for a in page["agencies"]} == {"한국은행", "한국산업은행"}
    everything = (
        await mocks.gov24.get("/agencies", params={"query": "은행", "eligible_only": "false"})
    ).json()
    assert everything["total"] == 3


async def test_address_search_needs_a_checked_login(mocks: Mocks) -> None:
    refused = await mocks.gov24.get("/addresses", params={"query": "강남"})
    assert (refused.status_code, refused.json()["code"]) == (401, "LOGIN_REQUIRED")


async def test_the_slip_pdf_has_a_correct_cross_reference_table(mocks: Mocks) -> None:
    number, auth = await issue(mocks)
    pdf = (await mocks.gov24.get(f"/confirmations/{number}/slip.pdf", headers=auth)).content
    startxref = int(pdf.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert pdf[startxref:].startswith(b"xref")
    entries = pdf[startxref:].split(b"\n")[3:11]
    for index, entry in enumerate(entries, start=1):
        offset = int(entry[:10])
        assert pdf[offset:].startswith(f"{index} 0 obj".encode())
    slip = (await mocks.gov24.get(f"/confirmations/{number}/slip", headers=auth)).json()
    assert slip["notice"].endswith("법적 효력 없음")
