"""Pki mock, verification as a service: each rule an agency applies to a signed proof."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from koreakit.npki import keys
from koreakit.npki.authority import NpkiAuthority
from koreakit.npki.challenge import sign_challenge
from koreakit.npki.oids import CertificateAuthority, CertificateKind
from koreakit.npki.revocation import CertificateStatusStore
from koreakit.npki.signers import make_intermediate, make_root
from mocks.identity import people
from mocks.pki import messages
from mocks.pki.app import create_app
from mocks.pki.authority import MockPki

NOW = "2025-06-02T10:00:00+09:00"
KST = dt.timezone(dt.timedelta(hours=9))
PASSWORD = "holder-password-0123"
KOREA_EDS = {
    "ca": "yessign",
    "kind": "corporate",
    "holder_name": "(주)한국이디에스",
    "number": "6638501035",
    "password": PASSWORD,
}
HONG = {
    "ca": "crosscert",
    "kind": "personal",
    "holder_name": "홍길동",
    "number": people.HONG_GILDONG.resident_number,
    "password": PASSWORD,
}
WORK24_MESSAGE = (
    "인증서 정보와 입력하신 주민등록번호(사업자번호)가 일치하지 않습니다. "
    "확인 후 다시 입력해 주시기 바랍니다."
)


@pytest.fixture(scope="module")
def holder_keys() -> tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]:
    """The key every certificate is issued with, and another one."""
    return keys.generate_key(), keys.generate_key()


@pytest.fixture(scope="module")
def pki(holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]) -> MockPki:
    """One test PKI for the module; its six CAs share one key to spare key generation."""
    ca_key = keys.generate_key()
    return MockPki.ephemeral(key_factory=lambda: ca_key).with_holder_keys(lambda: holder_keys[0])


@pytest.fixture
async def client(pki: MockPki) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(pki=pki)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://pki.mock") as http:
            await http.post("/__admin/clock", json={"now": NOW})
            yield http


async def issue(
    client: httpx.AsyncClient, holder: dict[str, str], **changes: str
) -> dict[str, Any]:
    response = await client.post("/certificates", json={**holder, **changes})
    assert response.status_code == 201, response.text
    issued: dict[str, Any] = response.json()
    return issued


async def challenge(client: httpx.AsyncClient) -> str:
    nonce: str = (await client.post("/challenges", json={"site_code": "work24"})).json()["nonce"]
    return nonce


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def random_num_of(issued: dict[str, Any]) -> bytes:
    _, random_num = keys.load_private_key(base64.b64decode(issued["key_file"]), PASSWORD)
    assert random_num is not None
    return random_num


async def proof(
    client: httpx.AsyncClient,
    issued: dict[str, Any],
    key: rsa.RSAPrivateKey,
    *,
    number: str | None = None,
    accepted_kinds: list[str] | None = None,
) -> dict[str, Any]:
    """What a holder sends: certificate, signature over a fresh challenge, R, typed number."""
    nonce = await challenge(client)
    body: dict[str, Any] = {
        "certificate": issued["certificate"],
        "signature": b64(sign_challenge(key, nonce.encode("ascii"))),
        "challenge": nonce,
        "signatureAlgorithm": "sha256WithRSAEncryption",
    }
    if number is not None:
        body |= {"number": number, "randomNum": b64(random_num_of(issued))}
    if accepted_kinds is not None:
        body["accepted_kinds"] = accepted_kinds
    return body


async def refusal(client: httpx.AsyncClient, body: dict[str, Any]) -> dict[str, Any]:
    response = await client.post("/verify", json=body)
    assert response.status_code == 422, response.text
    error: dict[str, Any] = response.json()
    return error


async def test_valid_proof_with_owner_check_verifies(
    client: httpx.AsyncClient, holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    issued = await issue(client, KOREA_EDS)
    body = await proof(
        client, issued, holder_keys[0], number="663-85-01035", accepted_kinds=["corporate"]
    )
    response = await client.post("/verify", json=body)
    assert response.status_code == 200
    verified = response.json()
    assert (verified["holder_name"], verified["kind"], verified["ca"]) == (
        "(주)한국이디에스",
        "corporate",
        "yessign",
    )
    assert (verified["policy_oid"], verified["owner_checked"]) == ("1.2.410.200005.1.1.5", True)
    assert verified["serial"] == issued["serial"]


async def test_tampered_signature_is_refused(
    client: httpx.AsyncClient, holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    issued = await issue(client, KOREA_EDS)
    body = await proof(client, issued, holder_keys[0])
    signature = bytearray(base64.b64decode(body["signature"]))
    signature[10] ^= 0x01
    error = await refusal(client, {**body, "signature": b64(bytes(signature))})
    assert (error["code"], error["field"]) == ("BAD_SIGNATURE", "signature")


async def test_signature_by_another_key_is_refused(
    client: httpx.AsyncClient, holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    issued = await issue(client, KOREA_EDS)
    body = await proof(client, issued, holder_keys[1])
    assert (await refusal(client, body))["code"] == "BAD_SIGNATURE"


async def test_expired_certificate_is_refused(
    client: httpx.AsyncClient, holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    # given a certificate that expired 2023-11-04, like the Work24 manual's
    issued = await issue(
        client,
        KOREA_EDS,
        not_before="2022-11-05T00:00:00+09:00",
        not_after="2023-11-04T23:59:59+09:00",
    )
    error = await refusal(client, await proof(client, issued, holder_keys[0]))
    assert (error["code"], error["message"]) == ("EXPIRED", "유효기간이 만료된 인증서입니다.")


async def test_certificate_is_judged_on_the_mock_clock(
    client: httpx.AsyncClient, holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    issued = await issue(client, KOREA_EDS)
    await client.post("/__admin/clock", json={"now": "2026-06-03T10:00:00+09:00"})
    assert (await refusal(client, await proof(client, issued, holder_keys[0])))["code"] == "EXPIRED"


async def test_not_yet_valid_certificate_is_refused(
    client: httpx.AsyncClient, holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    issued = await issue(client, KOREA_EDS, not_before="2025-07-01T00:00:00+09:00")
    error = await refusal(client, await proof(client, issued, holder_keys[0]))
    assert error["code"] == "NOT_YET_VALID"


async def test_revoked_certificate_is_refused(
    client: httpx.AsyncClient, holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    issued = await issue(client, KOREA_EDS)
    await client.post(f"/certificates/{issued['serial']}/revoke", json={"reason": "keyCompromise"})
    error = await refusal(client, await proof(client, issued, holder_keys[0]))
    assert (error["code"], error["message"]) == ("REVOKED", "폐지된 인증서입니다.")


async def test_certificate_of_an_untrusted_ca_is_refused(
    client: httpx.AsyncClient, holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    # given an impostor "yessign" CA under a root nobody trusts
    impostor_root = make_root(holder_keys[1])
    impostor_ca = make_intermediate(CertificateAuthority.YESSIGN, impostor_root, holder_keys[1])
    impostor = NpkiAuthority(
        impostor_root, {CertificateAuthority.YESSIGN: impostor_ca}, CertificateStatusStore()
    )
    forged = impostor.issue(
        CertificateAuthority.YESSIGN,
        CertificateKind.CORPORATE_GENERAL,
        "(주)한국이디에스",
        "6638501035",
        not_before=dt.datetime(2025, 1, 1, tzinfo=KST),
        private_key=holder_keys[0],
    )
    issued = {"certificate": b64(forged.certificate_der())}
    # when / then
    error = await refusal(client, await proof(client, issued, holder_keys[0]))
    assert error["code"] == "UNTRUSTED_CA"


async def test_replayed_challenge_is_refused(
    client: httpx.AsyncClient, holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    issued = await issue(client, KOREA_EDS)
    body = await proof(client, issued, holder_keys[0])
    assert (await client.post("/verify", json=body)).status_code == 200
    error = await refusal(client, body)
    assert (error["code"], error["field"]) == ("REPLAYED", "challenge")


async def test_challenge_is_used_up_even_by_a_failed_attempt(
    client: httpx.AsyncClient, holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    issued = await issue(client, KOREA_EDS)
    body = await proof(client, issued, holder_keys[0])
    await client.post("/verify", json={**body, "signature": b64(b"\x00" * 256)})
    assert (await refusal(client, body))["code"] == "REPLAYED"


async def test_expired_challenge_is_refused(
    client: httpx.AsyncClient, holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    issued = await issue(client, KOREA_EDS)
    body = await proof(client, issued, holder_keys[0])
    seconds = messages.CHALLENGE_TTL.total_seconds() + 1
    await client.post("/__admin/clock", json={"advance_seconds": seconds})
    assert (await refusal(client, body))["code"] == "CHALLENGE_EXPIRED"


async def test_challenge_never_issued_is_refused(
    client: httpx.AsyncClient, holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    issued = await issue(client, KOREA_EDS)
    body = await proof(client, issued, holder_keys[0])
    nonce = "made-up-nonce"
    signature = b64(sign_challenge(holder_keys[0], nonce.encode()))
    error = await refusal(client, {**body, "challenge": nonce, "signature": signature})
    assert error["code"] == "UNKNOWN_CHALLENGE"


async def test_owner_mismatch_answers_the_work24_message(
    client: httpx.AsyncClient, holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    # given (주)한국이디에스's certificate and KOTRA's number typed
    issued = await issue(client, KOREA_EDS)
    body = await proof(client, issued, holder_keys[0], number="6638501035")
    # when
    error = await refusal(client, {**body, "number": "1208200275"})
    # then
    assert (error["code"], error["field"]) == ("OWNER_MISMATCH", "number")
    assert error["message"] == WORK24_MESSAGE


async def test_personal_owner_check_uses_the_resident_number(
    client: httpx.AsyncClient, holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    issued = await issue(client, HONG)
    number = people.HONG_GILDONG.resident_number
    good = await proof(client, issued, holder_keys[0], number=number)
    assert (await client.post("/verify", json=good)).status_code == 200
    bad = await proof(client, issued, holder_keys[0], number=people.KIM_HYEONGWON.resident_number)
    assert (await refusal(client, bad))["message"] == WORK24_MESSAGE


async def test_owner_check_without_r_is_refused(
    client: httpx.AsyncClient, holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    issued = await issue(client, KOREA_EDS)
    body = await proof(client, issued, holder_keys[0], number="6638501035")
    del body["randomNum"]
    assert (await refusal(client, body))["code"] == "NO_IDENTIFY_DATA"


async def test_personal_certificate_is_refused_where_a_corporate_one_is_needed(
    client: httpx.AsyncClient, holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    issued = await issue(client, HONG)
    body = await proof(client, issued, holder_keys[0], accepted_kinds=["corporate"])
    error = await refusal(client, body)
    assert (error["code"], error["message"]) == (
        "KIND_NOT_ACCEPTED",
        "이 업무에 사용할 수 없는 용도의 인증서입니다.",
    )


async def test_pem_certificate_is_accepted(
    client: httpx.AsyncClient, holder_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    issued = await issue(client, KOREA_EDS)
    body = await proof(client, issued, holder_keys[0])
    response = await client.post("/verify", json={**body, "certificate": issued["certificate_pem"]})
    assert response.status_code == 200


async def test_garbage_certificate_is_malformed(client: httpx.AsyncClient) -> None:
    nonce = await challenge(client)
    body = {"certificate": b64(b"not a certificate"), "signature": b64(b"x"), "challenge": nonce}
    assert (await refusal(client, body))["code"] == "MALFORMED_CERTIFICATE"
