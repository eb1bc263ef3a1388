"""The gov24 mock's issuance API: login, the extra check, the form, the signature, the slip."""

from __future__ import annotations

from typing import Any

from tests.mocks.gov24.conftest import Mocks
from tests.mocks.gov24.support import HONG, NPS, Holder, holder, last_code, nonce


async def logged_in(mocks: Mocks, who: Holder, number: str) -> dict[str, str]:
    proof = who.proof(await nonce(mocks.pki))
    response = await mocks.gov24.post("/login", json={"proof": proof, "resident_number": number})
    assert response.status_code == 201, response.text
    auth = {"Authorization": f"Bearer {response.json()['token']}"}
    code = await last_code(mocks.gov24, "01012345678")
    checked = await mocks.gov24.post("/login/identity-check", json={"code": code}, headers=auth)
    assert checked.status_code == 200, checked.text
    return auth


def form(**changes: Any) -> dict[str, Any]:
    return {
        "name": HONG[0],
        "resident_number": HONG[1],
        "address_id": "ADR-0001",
        "address_detail": "101동 1001호",
        "purpose": "부동산 매도",
        "counterparty": "김철수 (서울특별시 강남구)",
        "delegate": "박대리",
        "agency_code": NPS,
    } | changes


async def test_issuance_from_login_to_slip(mocks: Mocks) -> None:
    # given 홍길동 (seeded approval, mobile) logged in with his certificate and the phone code
    hong = await holder(mocks.pki, HONG)
    auth = await logged_in(mocks, hong, HONG[1])
    # when he writes the form and signs its content
    written = await mocks.gov24.post("/applications", json=form(), headers=auth)
    assert written.status_code == 201, written.text
    application = written.json()
    signed = await mocks.gov24.post(
        f"/applications/{application['id']}/signature",
        json={"certificate": hong.certificate, "signature": hong.sign(application["content"])},
        headers=auth,
    )
    # then the confirmation is issued and stored
    assert signed.status_code == 200, signed.text
    issued = signed.json()
    assert issued["step"] == "issued"
    confirmation = issued["confirmation"]
    assert confirmation["number_masked"] == "801210-1******"
    assert HONG[1] not in signed.text
    # and the slip is a PDF
    pdf = await mocks.gov24.get(f"/confirmations/{confirmation['number']}/slip.pdf", headers=auth)
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-1.4")
    assert pdf.content.rstrip().endswith(b"%%EOF")


async def test_tampered_signature_is_refused(mocks: Mocks) -> None:
    hong = await holder(mocks.pki, HONG)
    auth = await logged_in(mocks, hong, HONG[1])
    application = (await mocks.gov24.post("/applications", json=form(), headers=auth)).json()
    signed = await mocks.gov24.post(
        f"/applications/{application['id']}/signature",
        json={"certificate": hong.certificate, "signature": hong.sign("용도: 다른 용도")},
        headers=auth,
    )
    assert signed.status_code == 422
    assert signed.json()["code"] == "BAD_SIGNATURE"
