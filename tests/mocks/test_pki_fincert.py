"""Pki mock, 금융인증서: sign-up with terms, SMS / OTP / ARS confirmation, the PIN, and the
signed assertion agencies verify with the yessign CA certificate."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.twofactor.totp import TOTP
from sqlalchemy import select
from starlette.applications import Starlette

from koreakit.npki import keys
from mocks.framework import AgencyRuntime
from mocks.identity import people
from mocks.pki import messages, seed
from mocks.pki.app import create_app
from mocks.pki.assertion import InvalidAssertionError, subject_hash, thumbprint, verify_assertion
from mocks.pki.authority import MockPki
from mocks.pki.models import PkiBase

NOW = "2025-06-02T10:00:00+09:00"
NOW_AT = dt.datetime.fromisoformat(NOW)
NONCE = "work24-nonce-0001"
KOREA_EDS = {
    "site_code": "work24",
    "nonce": NONCE,
    "subject_type": "business",
    "number": "663-85-01035",
    "phone": "010-3473-6973",
}
HANBIT = {**KOREA_EDS, "number": seed.SIGNUP_EXAMPLE.number, "phone": seed.SIGNUP_EXAMPLE.phone}
HONG = {
    **KOREA_EDS,
    "subject_type": "person",
    "number": people.HONG_GILDONG.resident_number,
    "phone": "01012345678",
}
SIGNUP = {
    "name": "(주)한빛소프트웨어",
    "agreed_terms": ["service", "privacy"],
    "pin": "246813",
    "pin_confirm": "246813",
}


@pytest.fixture(scope="module")
def pki() -> MockPki:
    ca_key = keys.generate_key()
    return MockPki.ephemeral(key_factory=lambda: ca_key)


@pytest.fixture
async def pki_app(pki: MockPki) -> AsyncIterator[Starlette]:
    app = create_app(pki=pki)
    async with app.router.lifespan_context(app):
        yield app


@pytest.fixture
async def client(pki_app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=pki_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://pki.mock") as http:
        await http.post("/__admin/clock", json={"now": NOW})
        yield http


async def start(client: httpx.AsyncClient, body: dict[str, str], **changes: str) -> dict[str, Any]:
    response = await client.post("/fincert/sessions", json={**body, **changes})
    assert response.status_code == 201, response.text
    session: dict[str, Any] = response.json()
    return session


async def last_code(client: httpx.AsyncClient) -> str:
    code: str = (await client.get("/__admin/outbox")).json()["messages"][-1]["code"]
    return code


async def step(
    client: httpx.AsyncClient, session_id: str, action: str, **body: Any
) -> httpx.Response:
    return await client.post(f"/fincert/sessions/{session_id}/{action}", json=body)


async def confirmed(client: httpx.AsyncClient, body: dict[str, str]) -> str:
    """A session past the SMS code, at the PIN step."""
    session = await start(client, body)
    response = await step(client, session["id"], "confirm", code=await last_code(client))
    assert response.json()["step"] == "pin", response.text
    session_id: str = session["id"]
    return session_id


async def yessign_certificate(client: httpx.AsyncClient) -> x509.Certificate:
    cas = (await client.get("/ca/certificates")).json()["intermediates"]
    pem = next(ca["pem"] for ca in cas if ca["id"] == "yessign")
    return x509.load_pem_x509_certificate(pem.encode())


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


async def test_first_use_asks_to_sign_up_with_the_terms(client: httpx.AsyncClient) -> None:
    session = await start(client, HANBIT)
    assert session["step"] == "signup"
    assert session["message"] == (
        "클라우드 계정이 없습니다. 금융인증서비스에 가입하고 클라우드 계정을 생성합니다."
    )
    assert [(t["code"], t["required"]) for t in session["terms"]] == [
        ("service", True),
        ("privacy", True),
        ("marketing", False),
    ]
    assert (await client.get("/__admin/outbox")).json()["messages"] == []
    terms = (await client.get("/fincert/terms")).json()
    assert terms["notice"].startswith("금융인증서비스 최초 가입 시 약관")


async def test_sign_up_needs_every_required_term(client: httpx.AsyncClient) -> None:
    session = await start(client, HANBIT)
    response = await step(
        client, session["id"], "signup", **{**SIGNUP, "agreed_terms": ["service"]}
    )
    assert (response.status_code, response.json()["code"]) == (400, "TERMS_REQUIRED")


@pytest.mark.parametrize("pin", ["123456", "111111", "987654"])
async def test_sign_up_refuses_a_weak_pin(client: httpx.AsyncClient, pin: str) -> None:
    session = await start(client, HANBIT)
    response = await step(
        client, session["id"], "signup", **{**SIGNUP, "pin": pin, "pin_confirm": pin}
    )
    assert (response.status_code, response.json()["code"]) == (400, "WEAK_PIN")


async def test_sign_up_refuses_a_pin_confirmation_that_differs(client: httpx.AsyncClient) -> None:
    session = await start(client, HANBIT)
    response = await step(client, session["id"], "signup", **{**SIGNUP, "pin_confirm": "246814"})
    assert response.json()["code"] == "PIN_CONFIRM_MISMATCH"


async def test_sign_up_creates_the_account_once_the_phone_is_confirmed(
    client: httpx.AsyncClient,
) -> None:
    # given a first use, signed up
    session = await start(client, HANBIT)
    signed_up = await step(client, session["id"], "signup", **SIGNUP)
    assert signed_up.json()["step"] == "confirm"
    # when the SMS code and then the new PIN are given
    await step(client, session["id"], "confirm", code=await last_code(client))
    signed = await step(client, session["id"], "sign", pin=SIGNUP["pin"])
    # then the assertion names the new holder, and the next use needs no sign-up
    assert signed.json()["claims"]["name"] == "(주)한빛소프트웨어"
    assert (await start(client, HANBIT))["step"] == "confirm"


async def test_abandoned_sign_up_creates_no_account(client: httpx.AsyncClient) -> None:
    session = await start(client, HANBIT)
    await step(client, session["id"], "signup", **SIGNUP)
    assert (await start(client, HANBIT))["step"] == "signup"


async def test_assertion_verifies_with_the_yessign_ca_certificate(
    client: httpx.AsyncClient,
) -> None:
    # given
    session_id = await confirmed(client, KOREA_EDS)
    # when
    response = await step(client, session_id, "sign", pin=seed.FINCERT_PIN)
    # then
    assert response.status_code == 200
    body = response.json()
    yessign = await yessign_certificate(client)
    claims = verify_assertion(
        body["assertion"], yessign, audience="work24", nonce=NONCE, now=NOW_AT
    )
    assert claims == body["claims"]
    assert (claims["name"], claims["sub_type"], claims["sub_masked"]) == (
        "(주)한국이디에스",
        "business",
        "663-85-*****",
    )
    assert claims["sub_hash"] == subject_hash("work24", NONCE, "6638501035")
    assert (claims["auth_method"], claims["phone_masked"]) == ("sms", "010-3473-****")
    assert claims["exp"] - claims["iat"] == messages.ASSERTION_TTL.total_seconds()
    assert body["header"] == {
        "alg": "RS256",
        "typ": "JWT",
        "kid": thumbprint(yessign),
        "x5t#S256": thumbprint(yessign),
    }


async def test_assertion_is_refused_for_another_audience_nonce_or_ca(
    client: httpx.AsyncClient,
) -> None:
    session_id = await confirmed(client, KOREA_EDS)
    token = (await step(client, session_id, "sign", pin=seed.FINCERT_PIN)).json()["assertion"]
    yessign = await yessign_certificate(client)
    with pytest.raises(InvalidAssertionError, match="audience"):
        verify_assertion(token, yessign, audience="kotra", nonce=NONCE, now=NOW_AT)
    with pytest.raises(InvalidAssertionError, match="nonce"):
        verify_assertion(token, yessign, audience="work24", nonce="other", now=NOW_AT)
    later = NOW_AT + messages.ASSERTION_TTL + dt.timedelta(seconds=1)
    with pytest.raises(InvalidAssertionError, match="expired"):
        verify_assertion(token, yessign, audience="work24", nonce=NONCE, now=later)
    header, payload, signature = token.split(".")
    forged = f"{header}.{payload[:-2]}AA.{signature}"
    with pytest.raises(InvalidAssertionError):
        verify_assertion(forged, yessign, audience="work24", nonce=NONCE, now=NOW_AT)


async def test_wrong_pin_is_refused_with_the_tries_left(client: httpx.AsyncClient) -> None:
    session_id = await confirmed(client, KOREA_EDS)
    response = await step(client, session_id, "sign", pin="135791")
    assert (response.status_code, response.json()["code"]) == (422, "WRONG_PIN")
    assert response.json()["tries_left"] == messages.FINCERT_MAX_WRONG_PINS - 1
    assert (await step(client, session_id, "sign", pin=seed.FINCERT_PIN)).status_code == 200


async def test_too_many_wrong_pins_lock_the_certificate(client: httpx.AsyncClient) -> None:
    # given four wrong PINs in earlier uses
    for _ in range(messages.FINCERT_MAX_WRONG_PINS - 1):
        session_id = await confirmed(client, KOREA_EDS)
        await step(client, session_id, "sign", pin="135791")
    # when the fifth is wrong too
    session_id = await confirmed(client, KOREA_EDS)
    fifth = await step(client, session_id, "sign", pin="135791")
    # then the certificate is locked, for later uses too
    assert (fifth.status_code, fifth.json()["code"]) == (423, "ACCOUNT_LOCKED")
    later = await client.post("/fincert/sessions", json=KOREA_EDS)
    assert (later.status_code, later.json()["code"]) == (423, "ACCOUNT_LOCKED")


async def test_right_pin_resets_the_wrong_pin_count(client: httpx.AsyncClient) -> None:
    for _ in range(messages.FINCERT_MAX_WRONG_PINS - 1):
        session_id = await confirmed(client, KOREA_EDS)
        await step(client, session_id, "sign", pin="135791")
    await step(client, await confirmed(client, KOREA_EDS), "sign", pin=seed.FINCERT_PIN)
    response = await step(client, await confirmed(client, KOREA_EDS), "sign", pin="135791")
    assert response.json()["tries_left"] == messages.FINCERT_MAX_WRONG_PINS - 1


async def test_wrong_code_is_refused_with_the_tries_left(client: httpx.AsyncClient) -> None:
    session = await start(client, KOREA_EDS)
    response = await step(client, session["id"], "confirm", code=wrong(await last_code(client)))
    assert (response.status_code, response.json()["code"]) == (422, "WRONG_CODE")
    assert response.json()["tries_left"] == messages.FINCERT_MAX_WRONG_CODES - 1


async def test_expired_code_is_refused(client: httpx.AsyncClient) -> None:
    session = await start(client, KOREA_EDS)
    code = await last_code(client)
    seconds = messages.FINCERT_CODE_TTL.total_seconds() + 1
    await client.post("/__admin/clock", json={"advance_seconds": seconds})
    response = await step(client, session["id"], "confirm", code=code)
    assert (response.status_code, response.json()["code"]) == (410, "CODE_EXPIRED")


async def test_too_many_wrong_codes_lock_the_session(client: httpx.AsyncClient) -> None:
    session = await start(client, KOREA_EDS)
    code = await last_code(client)
    for _ in range(messages.FINCERT_MAX_WRONG_CODES - 1):
        await step(client, session["id"], "confirm", code=wrong(code))
    fifth = await step(client, session["id"], "confirm", code=wrong(code))
    assert (fifth.status_code, fifth.json()["code"]) == (423, "TOO_MANY_TRIES")
    right = await step(client, session["id"], "confirm", code=code)
    assert right.json()["code"] == "TOO_MANY_TRIES"
    view = (await client.get(f"/fincert/sessions/{session['id']}")).json()
    assert view["step"] == "locked"


async def test_resend_invalidates_the_previous_code(client: httpx.AsyncClient) -> None:
    session = await start(client, KOREA_EDS)
    old = await last_code(client)
    await step(client, session["id"], "resend")
    new = await last_code(client)
    if old != new:  # one chance in a million that both are the same code
        assert (await step(client, session["id"], "confirm", code=old)).json()["code"] == (
            "WRONG_CODE"
        )
    assert (await step(client, session["id"], "confirm", code=new)).json()["step"] == "pin"


async def test_registered_otp_confirms_the_use(client: httpx.AsyncClient) -> None:
    # given 홍길동, whose account has an OTP device
    session = await start(client, HONG, method="otp")
    assert session["step"] == "confirm"
    assert (await client.get("/__admin/outbox")).json()["messages"] == []
    # when the device's current code is entered
    totp = TOTP(seed.FINCERT_OTP_SECRET, 6, hashes.SHA1(), 30)
    code = totp.generate(int(NOW_AT.timestamp())).decode()
    response = await step(client, session["id"], "confirm", code=code)
    # then
    assert response.json()["step"] == "pin"
    signed = await step(client, session["id"], "sign", pin=seed.FINCERT_PIN)
    claims = signed.json()["claims"]
    assert (claims["auth_method"], claims["sub_masked"]) == ("otp", "801210-1******")
    assert people.HONG_GILDONG.resident_number not in signed.text


async def test_otp_without_a_registered_device_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post("/fincert/sessions", json={**KOREA_EDS, "method": "otp"})
    assert (response.status_code, response.json()["code"]) == (422, "OTP_NOT_REGISTERED")


async def test_ars_confirms_when_the_user_keys_in_the_code_on_screen(
    client: httpx.AsyncClient,
) -> None:
    # given an ARS use: the screen shows a 2-digit code, the phone is called
    session = await start(client, KOREA_EDS, method="ars")
    display = session["ars"]["display_code"]
    assert len(display) == 2
    by_code = await step(client, session["id"], "confirm", code="000000")
    assert (by_code.status_code, by_code.json()["code"]) == (409, "ARS_CALL_REQUIRED")
    # when the user keys it into the call
    keyed = await client.post(
        f"/__admin/fincert/sessions/{session['id']}/ars", json={"digits": display}
    )
    # then
    assert keyed.json()["step"] == "pin"


async def test_ars_with_the_wrong_digits_counts_as_a_wrong_code(client: httpx.AsyncClient) -> None:
    session = await start(client, KOREA_EDS, method="ars")
    digits = f"{(int(session['ars']['display_code']) + 1) % 100:02d}"
    keyed = await client.post(
        f"/__admin/fincert/sessions/{session['id']}/ars", json={"digits": digits}
    )
    assert (keyed.status_code, keyed.json()["code"]) == (422, "WRONG_CODE")


async def test_phone_other_than_the_registered_one_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post("/fincert/sessions", json={**KOREA_EDS, "phone": "01012345678"})
    assert (response.status_code, response.json()["code"]) == (422, "PHONE_MISMATCH")


async def test_invalid_business_number_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post("/fincert/sessions", json={**KOREA_EDS, "number": "6638501036"})
    assert (response.status_code, response.json()["code"]) == (400, "INVALID_NUMBER")


async def test_unknown_audience_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post("/fincert/sessions", json={**KOREA_EDS, "site_code": "x"})
    assert (response.status_code, response.json()["code"]) == (403, "UNKNOWN_SITE")


async def test_pin_before_the_code_is_out_of_order(client: httpx.AsyncClient) -> None:
    session = await start(client, KOREA_EDS)
    response = await step(client, session["id"], "sign", pin=seed.FINCERT_PIN)
    assert (response.status_code, response.json()["code"]) == (409, "WRONG_STEP")


async def test_session_expires(client: httpx.AsyncClient) -> None:
    session_id = await confirmed(client, KOREA_EDS)
    seconds = messages.FINCERT_SESSION_TTL.total_seconds() + 1
    await client.post("/__admin/clock", json={"advance_seconds": seconds})
    response = await step(client, session_id, "sign", pin=seed.FINCERT_PIN)
    assert (response.status_code, response.json()["code"]) == (410, "SESSION_EXPIRED")


async def test_no_pin_or_number_is_stored_in_clear(
    pki_app: Starlette, client: httpx.AsyncClient
) -> None:
    # given a signed-up business and a personal use
    session = await start(client, HANBIT)
    await step(client, session["id"], "signup", **SIGNUP)
    await step(client, session["id"], "confirm", code=await last_code(client))
    await step(client, await confirmed(client, HONG), "sign", pin=seed.FINCERT_PIN)
    runtime: AgencyRuntime = pki_app.state.mock
    # when every row is read
    async with runtime.db.unit_of_work() as db:
        rows = [
            str(row)
            for table in PkiBase.metadata.sorted_tables
            for row in (await db.execute(select(table))).all()
        ]
    dump = "\n".join(rows)
    # then
    assert people.HONG_GILDONG.resident_number not in dump
    assert seed.FINCERT_PIN not in dump
    assert SIGNUP["pin"] not in dump
    assert "801210-1******" in dump
