"""금융인증서 by 전화거는 ARS (seed §1.3.4.2 ③) at the Work24 mock: the CA calls the registered
phone and the user keys in the 2-digit code Work24 shows; the test control
``POST /__admin/fincert/{id}/ars`` relays that keying to the CA for a Work24 use."""

from __future__ import annotations

from typing import Any

from mocks.pki.seed import FINCERT_PIN
from tests.mocks.work24.conftest import KOREA_EDS, Mocks

EDS_PHONE = "010-3473-6973"


async def start_ars(mocks: Mocks) -> dict[str, Any]:
    body = {"business_number": KOREA_EDS["number"], "phone": EDS_PHONE, "method": "ars"}
    response = await mocks.work24.post("/fincert", json=body)
    assert response.status_code == 201, response.text
    use: dict[str, Any] = response.json()
    return use


async def test_keying_the_shown_code_into_the_call_lets_the_holder_sign(mocks: Mocks) -> None:
    # given an ARS use showing its 2-digit 확인코드
    use = await start_ars(mocks)
    assert (use["step"], use["method"]) == ("confirm", "ars")
    code = use["ars_display_code"]
    assert code is not None
    assert len(code) == 2
    # when the user keys that code into the call
    keyed = await mocks.work24.post(f"/__admin/fincert/{use['id']}/ars", json={"digits": code})
    # then the use asks for the PIN, and signing verifies it
    assert keyed.status_code == 200, keyed.text
    assert keyed.json()["step"] == "pin"
    signed = await mocks.work24.post(f"/fincert/{use['id']}/sign", json={"pin": FINCERT_PIN})
    assert signed.json()["verified"] is True, signed.text


async def test_a_wrong_keyed_code_is_the_cas_refusal(mocks: Mocks) -> None:
    use = await start_ars(mocks)
    wrong = "00" if use["ars_display_code"] != "00" else "11"
    keyed = await mocks.work24.post(f"/__admin/fincert/{use['id']}/ars", json={"digits": wrong})
    assert keyed.status_code == 422
    body = keyed.json()
    assert (body["code"], body["reason"], body["tries_left"]) == (
        "FINCERT_REFUSED",
        "WRONG_CODE",
        4,
    )
    # and the use is not verified: signing is out of order
    signed = await mocks.work24.post(f"/fincert/{use['id']}/sign", json={"pin": FINCERT_PIN})
    assert signed.json()["code"] == "FINCERT_REFUSED"


async def test_the_control_needs_an_existing_use(mocks: Mocks) -> None:
    keyed = await mocks.work24.post("/__admin/fincert/w24f_missing/ars", json={"digits": "12"})
    assert keyed.status_code == 404


async def test_the_control_is_in_the_openapi_document(mocks: Mocks) -> None:
    paths = (await mocks.work24.get("/openapi.json")).json()["paths"]
    assert "post" in paths["/__admin/fincert/{id}/ars"]
