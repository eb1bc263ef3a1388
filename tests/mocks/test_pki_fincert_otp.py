"""Pki mock, 금융인증서 OTP test controls: registering an OTP device to a cloud account and
reading its code, a TOTP (RFC 6238) over the mock clock that ``/confirm`` accepts."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from starlette.applications import Starlette

from koreakit.npki import keys
from mocks.framework import AgencyRuntime
from mocks.identity import people
from mocks.pki import messages, seed
from mocks.pki.app import create_app
from mocks.pki.authority import MockPki
from mocks.pki.models import PkiBase

NOW = "2025-06-02T10:00:00+09:00"
KOREA_EDS = {
    "site_code": "work24",
    "nonce": "work24-nonce-0001",
    "subject_type": "business",
    "number": "663-85-01035",
    "phone": "010-3473-6973",
}
EDS_OWNER = {"subject_type": "business", "number": "6638501035"}
HANBIT_OWNER = {"subject_type": "business", "number": seed.SIGNUP_EXAMPLE.number}
HONG_OWNER = {"subject_type": "person", "number": people.HONG_GILDONG.resident_number}
RFC_SECRET = b"12345678901234567890"
"""The SHA-1 key of RFC 6238's test vectors (appendix B)."""


def rfc6238(secret: bytes, unix_time: int, digits: int = 6, period: int = 30) -> str:
    """RFC 6238 TOTP (HMAC-SHA1), written here independently of the mock's implementation."""
    digest = hmac.new(secret, (unix_time // period).to_bytes(8, "big"), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = int.from_bytes(digest[offset : offset + 4], "big") & 0x7FFFFFFF
    return f"{value % 10**digits:0{digits}d}"


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


async def register(client: httpx.AsyncClient, owner: dict[str, str], **extra: str) -> Any:
    response = await client.post("/__admin/fincert/otp", json={**owner, **extra})
    assert response.status_code == 201, response.text
    return response.json()


async def mock_now(client: httpx.AsyncClient) -> int:
    now = (await client.get("/__admin/clock")).json()["now"]
    return int(dt.datetime.fromisoformat(now).timestamp())


async def otp_session(client: httpx.AsyncClient) -> str:
    response = await client.post("/fincert/sessions", json={**KOREA_EDS, "method": "otp"})
    assert response.status_code == 201, response.text
    assert response.json()["step"] == "confirm"
    session_id: str = response.json()["id"]
    return session_id


async def confirm(client: httpx.AsyncClient, session_id: str, code: str) -> httpx.Response:
    return await client.post(f"/fincert/sessions/{session_id}/confirm", json={"code": code})


async def test_registered_otp_confirms_a_business_use(client: httpx.AsyncClient) -> None:
    # given (주)한국이디에스, whose seeded account has no OTP, gets one registered
    refused = await client.post("/fincert/sessions", json={**KOREA_EDS, "method": "otp"})
    assert refused.json()["code"] == "OTP_NOT_REGISTERED"
    device = await register(client, EDS_OWNER)
    # when a use by OTP is confirmed with the code the device shows
    session_id = await otp_session(client)
    assert (await client.get("/__admin/outbox")).json()["messages"] == []
    confirmed = await confirm(client, session_id, device["code"])
    # then the PIN signs, and the assertion says it was confirmed by OTP
    assert confirmed.json()["step"] == "pin", confirmed.text
    signed = await client.post(
        f"/fincert/sessions/{session_id}/sign", json={"pin": seed.FINCERT_PIN}
    )
    claims = signed.json()["claims"]
    assert (claims["auth_method"], claims["sub_masked"]) == ("otp", "663-85-*****")


async def test_registration_answers_the_device_of_the_fixed_test_secret(
    client: httpx.AsyncClient,
) -> None:
    # when an OTP is registered without a secret
    device = await register(client, EDS_OWNER)
    # then it is the fixed test secret, its code the RFC 6238 code of the mock clock's now
    assert bytes.fromhex(device["secret_hex"]) == seed.FINCERT_OTP_SECRET
    assert (device["algorithm"], device["digits"], device["period"]) == ("SHA1", 6, 30)
    assert device["code"] == rfc6238(seed.FINCERT_OTP_SECRET, await mock_now(client))
    assert device["serial"].startswith("YSOTP")
    assert device["number_masked"] == "663-85-*****"
    assert device["otpauth_uri"].startswith("otpauth://totp/")
    assert f"secret={device['secret_base32']}" in device["otpauth_uri"]
    assert "6638501035" not in str(device)


async def test_code_matches_the_rfc_6238_test_vector_on_the_mock_clock(
    client: httpx.AsyncClient,
) -> None:
    # given a device with RFC 6238's SHA-1 key, the mock clock at the vector's time
    await register(client, EDS_OWNER, secret_hex=RFC_SECRET.hex())
    await client.post("/__admin/clock", json={"now": "2009-02-13T23:31:30+00:00"})
    # when its code is read
    code = (await client.post("/__admin/fincert/otp/code", json=EDS_OWNER)).json()
    # then it is the vector's 89005924 cut to 6 digits, for the 30-second step it starts
    assert code["code"] == "005924"
    step = dt.datetime(2009, 2, 13, 23, 31, 30, tzinfo=dt.UTC)
    assert dt.datetime.fromisoformat(code["valid_from"]) == step
    assert dt.datetime.fromisoformat(code["valid_until"]) == step + dt.timedelta(seconds=30)


async def test_code_follows_the_mock_clock(client: httpx.AsyncClient) -> None:
    # given a registered device
    device = await register(client, EDS_OWNER)
    first = (await client.post("/__admin/fincert/otp/code", json=EDS_OWNER)).json()
    assert (first["serial"], first["code"]) == (device["serial"], device["code"])
    # when the mock clock moves one step
    await client.post("/__admin/clock", json={"advance_seconds": 30})
    later = (await client.post("/__admin/fincert/otp/code", json=EDS_OWNER)).json()
    # then the code is the next step's, valid from where the previous one ended
    assert later["code"] == rfc6238(seed.FINCERT_OTP_SECRET, await mock_now(client))
    assert later["valid_from"] == first["valid_until"]


async def test_a_code_two_steps_old_is_refused(client: httpx.AsyncClient) -> None:
    device = await register(client, EDS_OWNER)
    session_id = await otp_session(client)
    await client.post("/__admin/clock", json={"advance_seconds": 60})
    current = (await client.post("/__admin/fincert/otp/code", json=EDS_OWNER)).json()["code"]
    if device["code"] != current:  # the same code twice is one chance in a million
        stale = await confirm(client, session_id, device["code"])
        assert (stale.status_code, stale.json()["code"]) == (422, "WRONG_CODE")
    assert (await confirm(client, session_id, current)).json()["step"] == "pin"


async def test_wrong_otp_is_refused_with_the_tries_left(client: httpx.AsyncClient) -> None:
    # given a registered device and a use by OTP
    device = await register(client, EDS_OWNER)
    session_id = await otp_session(client)
    # when another code is entered
    wrong = f"{(int(device['code']) + 1) % 1_000_000:06d}"
    response = await confirm(client, session_id, wrong)
    # then it is the session's wrong code, with the tries left; the right one still works
    assert (response.status_code, response.json()["code"]) == (422, "WRONG_CODE")
    assert response.json()["tries_left"] == messages.FINCERT_MAX_WRONG_CODES - 1
    assert response.json()["message"] == messages.MESSAGES[messages.PkiErrorCode.WRONG_CODE][0]
    assert (await confirm(client, session_id, device["code"])).json()["step"] == "pin"


async def test_registering_again_replaces_the_secret(client: httpx.AsyncClient) -> None:
    # given a device with the default secret, replaced by one with the RFC key
    old = await register(client, EDS_OWNER)
    new = await register(client, EDS_OWNER, secret_hex=RFC_SECRET.hex())
    assert new["serial"] == old["serial"]
    session_id = await otp_session(client)
    # then only the new device's code confirms
    if old["code"] != new["code"]:
        stale = await confirm(client, session_id, old["code"])
        assert stale.json()["code"] == "WRONG_CODE"
    assert new["code"] == rfc6238(RFC_SECRET, await mock_now(client))
    assert (await confirm(client, session_id, new["code"])).json()["step"] == "pin"


async def test_seeded_otp_code_is_readable(client: httpx.AsyncClient) -> None:
    code = (await client.post("/__admin/fincert/otp/code", json=HONG_OWNER)).json()
    assert code["code"] == rfc6238(seed.FINCERT_OTP_SECRET, await mock_now(client))


async def test_no_cloud_account_or_no_otp_is_refused(client: httpx.AsyncClient) -> None:
    # (주)한빛소프트웨어 has no cloud account: sign up first
    none = await client.post("/__admin/fincert/otp", json=HANBIT_OWNER)
    assert (none.status_code, none.json()["code"], none.json()["field"]) == (
        404,
        "NOT_FOUND",
        "number",
    )
    # KOTRA has an account but no OTP
    kotra = {"subject_type": "business", "number": seed.KOTRA_FINCERT.number}
    no_otp = await client.post("/__admin/fincert/otp/code", json=kotra)
    assert (no_otp.status_code, no_otp.json()["code"]) == (422, "OTP_NOT_REGISTERED")
    invalid = await client.post("/__admin/fincert/otp", json={**EDS_OWNER, "number": "6638501036"})
    assert (invalid.status_code, invalid.json()["code"]) == (400, "INVALID_NUMBER")
    short = await client.post("/__admin/fincert/otp", json={**EDS_OWNER, "secret_hex": "00ff"})
    assert (short.status_code, short.json()["code"]) == (400, "INVALID_REQUEST")


async def test_reset_forgets_registered_otps(client: httpx.AsyncClient) -> None:
    await register(client, EDS_OWNER)
    await client.post("/__admin/reset")
    response = await client.post("/__admin/fincert/otp/code", json=EDS_OWNER)
    assert response.json()["code"] == "OTP_NOT_REGISTERED"


async def test_otp_secret_is_sealed_at_rest(pki_app: Starlette, client: httpx.AsyncClient) -> None:
    # given a device with a known secret
    await register(client, EDS_OWNER, secret_hex=RFC_SECRET.hex())
    runtime: AgencyRuntime = pki_app.state.mock
    # when every row is read
    async with runtime.db.unit_of_work() as db:
        rows = [
            str(row)
            for table in PkiBase.metadata.sorted_tables
            for row in (await db.execute(select(table))).all()
        ]
    dump = "\n".join(rows)
    # then the secret is in no form readable
    assert RFC_SECRET.hex() not in dump
    assert RFC_SECRET.decode() not in dump


async def test_openapi_documents_the_otp_controls(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    assert {"/__admin/fincert/otp", "/__admin/fincert/otp/code"} <= set(spec["paths"])
    assert "/__admin/fincert/otp" in spec["info"]["description"]
