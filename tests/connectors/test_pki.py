"""PkiConnector against the pki mock: cached trust anchors, challenges, status, verification,
and each error body mapped to a `PkiRejectedError` with the CA's code and Korean message."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from connectors.pki import PkiConnector, PkiRejectedError, ProofCheck, RevocationStatus
from koreakit.npki import keys
from koreakit.npki.challenge import sign_challenge
from mocks.pki.app import create_app
from mocks.pki.authority import MockPki
from tests.conftest import asgi_client, running

PASSWORD = "holder-password-0123"
KOREA_EDS = {
    "ca": "yessign",
    "kind": "corporate",
    "holder_name": "(주)한국이디에스",
    "number": "6638501035",
    "password": PASSWORD,
}


@pytest.fixture(scope="module")
def holder_key() -> rsa.RSAPrivateKey:
    return keys.generate_key()


@pytest.fixture(scope="module")
def pki(holder_key: rsa.RSAPrivateKey) -> MockPki:
    ca_key = keys.generate_key()
    return MockPki.ephemeral(key_factory=lambda: ca_key).with_holder_keys(lambda: holder_key)


@pytest.fixture
async def mock(pki: MockPki) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(pki=pki)
    async with running(app), asgi_client(app, "http://pki") as client:
        yield client


async def issue(mock: httpx.AsyncClient) -> dict[str, Any]:
    issued: dict[str, Any] = (await mock.post("/certificates", json=KOREA_EDS)).json()
    return issued


async def proof(
    connector: PkiConnector, issued: dict[str, Any], key: rsa.RSAPrivateKey, **more: Any
) -> ProofCheck:
    nonce = (await connector.issue_challenge("work24")).nonce
    signature = base64.b64encode(sign_challenge(key, nonce.encode())).decode()
    return ProofCheck(issued["certificate"], signature, nonce, **more)


async def test_trust_anchors_are_fetched_once(mock: httpx.AsyncClient, pki: MockPki) -> None:
    connector = PkiConnector(mock)
    first = await connector.trust_anchors()
    second = await connector.trust_anchors()
    assert first is second
    assert first.root.certificate == pki.root.certificate
    assert [ca.id for ca in first.intermediates] == [
        "yessign",
        "signkorea",
        "kica",
        "crosscert",
        "tradesign",
    ]
    calls = (await mock.get("/__admin/calls")).json()["calls"]
    assert calls["GET /ca/certificates"] == 1


async def test_status_follows_revocation(mock: httpx.AsyncClient) -> None:
    connector = PkiConnector(mock)
    issued = await issue(mock)
    assert (await connector.certificate_status(issued["serial"])).status is RevocationStatus.GOOD
    await mock.post(f"/certificates/{issued['serial']}/revoke", json={"reason": "superseded"})
    revoked = await connector.certificate_status(issued["serial"])
    assert (revoked.status, revoked.reason) == (RevocationStatus.REVOKED, "superseded")


async def test_proof_verifies_and_a_replay_maps_to_replayed(
    mock: httpx.AsyncClient, holder_key: rsa.RSAPrivateKey
) -> None:
    connector = PkiConnector(mock)
    check = await proof(connector, await issue(mock), holder_key)
    verified = await connector.verify(check)
    assert (verified.holder_name, verified.kind, verified.owner_checked) == (
        "(주)한국이디에스",
        "corporate",
        False,
    )
    with pytest.raises(PkiRejectedError) as refused:
        await connector.verify(check)
    error = refused.value
    assert (error.agency, error.status, error.code, error.field) == (
        "pki",
        422,
        "REPLAYED",
        "challenge",
    )
    assert error.message == "이미 사용된 인증 요청입니다. 다시 시도해 주세요."


async def test_owner_mismatch_maps_with_the_work24_message(
    mock: httpx.AsyncClient, holder_key: rsa.RSAPrivateKey
) -> None:
    connector = PkiConnector(mock)
    issued = await issue(mock)
    _, random_num = keys.load_private_key(base64.b64decode(issued["key_file"]), PASSWORD)
    assert random_num is not None
    check = await proof(
        connector,
        issued,
        holder_key,
        number="1208200275",
        random_num=base64.b64encode(random_num).decode(),
    )
    with pytest.raises(PkiRejectedError) as refused:
        await connector.verify(check)
    assert (refused.value.code, refused.value.field) == ("OWNER_MISMATCH", "number")
    assert refused.value.message.startswith("인증서 정보와 입력하신 주민등록번호(사업자번호)가")


async def test_unknown_challenge_maps_to_unknown_challenge(mock: httpx.AsyncClient) -> None:
    with pytest.raises(PkiRejectedError) as refused:
        await PkiConnector(mock).verify(ProofCheck("bm90", "c2ln", "no-such-challenge"))
    assert (refused.value.code, refused.value.field) == ("UNKNOWN_CHALLENGE", "challenge")
