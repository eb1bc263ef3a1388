"""Pki mock, the certificate shop and the CAs' publications: CA certificates, issue, revoke,
status, CRL, and the persistent PKI folder shared with the ``certs`` CLI."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa

from koreakit.npki import keys
from koreakit.npki.authority import DEFAULT_PASSPHRASE, NpkiAuthority
from koreakit.npki.oids import CertificateAuthority, CertificateKind
from koreakit.npki.vid import verify_vid
from mocks.framework import IN_MEMORY_URL
from mocks.identity import people
from mocks.pki.app import create_app, default_pki_dir
from mocks.pki.authority import MockPki
from mocks.registry import MOCKS

NOW = "2025-06-02T10:00:00+09:00"
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
async def client(pki: MockPki) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(pki=pki)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://pki.mock") as http:
            await http.post("/__admin/clock", json={"now": NOW})
            yield http


async def issue(client: httpx.AsyncClient, **changes: str) -> dict[str, Any]:
    response = await client.post("/certificates", json={**KOREA_EDS, **changes})
    assert response.status_code == 201, response.text
    issued: dict[str, Any] = response.json()
    return issued


def test_mocks_are_registered_in_port_order() -> None:
    # the README's ports: nts 8101, identity 8102, pki 8103, then the five agencies
    assert list(MOCKS) == ["nts", "identity", "pki", "work24", "kosme", "kotra", "gov24", "hometax"]


async def test_ca_certificates_are_the_test_root_and_five_cas(
    client: httpx.AsyncClient, pki: MockPki
) -> None:
    body = (await client.get("/ca/certificates")).json()
    assert [ca["id"] for ca in body["intermediates"]] == [ca.value for ca in CertificateAuthority]
    assert all("TEST" in ca["name"] for ca in [body["root"], *body["intermediates"]])
    assert body["intermediates"][0]["operator_ko"] == "금융결제원"
    root = x509.load_pem_x509_certificate(body["root"]["pem"].encode())
    assert root == pki.root.certificate
    assert body["assertion_signer"] == "yessign"


async def test_issued_certificate_comes_with_a_key_file_that_carries_r(
    client: httpx.AsyncClient, holder_key: rsa.RSAPrivateKey
) -> None:
    # when
    issued = await issue(client)
    # then the key file opens with the password and R gives the certificate's VID
    key, random_num = keys.load_private_key(base64.b64decode(issued["key_file"]), PASSWORD)
    assert key.private_numbers() == holder_key.private_numbers()
    certificate = x509.load_der_x509_certificate(base64.b64decode(issued["certificate"]))
    assert random_num is not None
    assert verify_vid(certificate, "6638501035", random_num)
    assert (issued["kind_label_ko"], issued["number_masked"]) == (
        "법인(사업자) 범용",
        "663-85-01035",
    )
    assert issued["not_before"] == NOW
    assert issued["not_after"] == "2026-06-02T10:00:00+09:00"


async def test_personal_certificate_never_shows_the_resident_number(
    client: httpx.AsyncClient,
) -> None:
    number = people.HONG_GILDONG.resident_number
    response = await client.post(
        "/certificates",
        json={**KOREA_EDS, "kind": "personal", "holder_name": "홍길동", "number": number},
    )
    assert response.json()["number_masked"] == "801210-1******"
    assert number not in response.text


async def test_short_password_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post("/certificates", json={**KOREA_EDS, "password": "short"})
    assert (response.status_code, response.json()["code"]) == (400, "WEAK_PASSWORD")


async def test_corporate_certificate_needs_a_valid_business_number(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post("/certificates", json={**KOREA_EDS, "number": "6638501036"})
    assert (response.status_code, response.json()["code"]) == (400, "INVALID_NUMBER")
    assert response.json()["message"] == "사업자등록번호의 검증번호가 올바르지 않습니다."


async def test_kind_the_ca_does_not_issue_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/certificates", json={**KOREA_EDS, "ca": "signkorea", "kind": "personal-securities"}
    )
    assert (response.status_code, response.json()["code"]) == (400, "KIND_NOT_ISSUED")


async def test_issued_certificate_is_good(client: httpx.AsyncClient) -> None:
    issued = await issue(client)
    status = (await client.get(f"/certificates/{issued['serial']}/status")).json()
    assert (status["status"], status["ca"]) == ("good", "yessign")


async def test_revoked_certificate_status_shows_when_and_why(client: httpx.AsyncClient) -> None:
    # given
    issued = await issue(client)
    # when
    revoked = await client.post(
        f"/certificates/{issued['serial']}/revoke", json={"reason": "keyCompromise"}
    )
    # then
    assert revoked.status_code == 200
    status = (await client.get(f"/certificates/{issued['serial'].lower()}/status")).json()
    assert (status["status"], status["reason"], status["revoked_at"]) == (
        "revoked",
        "keyCompromise",
        NOW,
    )


async def test_revoked_certificate_is_in_the_ca_crl(
    client: httpx.AsyncClient, pki: MockPki
) -> None:
    # given
    issued = await issue(client)
    await client.post(f"/certificates/{issued['serial']}/revoke", json={"reason": "superseded"})
    # when
    response = await client.get("/crl/yessign.crl")
    # then a CRL signed by the yessign CA lists it, with the reason
    assert response.headers["content-type"] == "application/pkix-crl"
    crl = x509.load_der_x509_crl(response.content)
    yessign = pki.cas[CertificateAuthority.YESSIGN].certificate
    public_key = yessign.public_key()
    assert isinstance(public_key, rsa.RSAPublicKey)
    assert crl.issuer == yessign.subject
    assert crl.is_signature_valid(public_key)
    entry = crl.get_revoked_certificate_by_serial_number(int(issued["serial"], 16))
    assert entry is not None
    assert entry.extensions.get_extension_for_class(x509.CRLReason).value.reason == (
        x509.ReasonFlags.superseded
    )


async def test_crl_of_another_ca_does_not_list_it(client: httpx.AsyncClient) -> None:
    issued = await issue(client)
    await client.post(f"/certificates/{issued['serial']}/revoke", json={})
    crl = x509.load_der_x509_crl((await client.get("/crl/kica")).content)
    assert crl.get_revoked_certificate_by_serial_number(int(issued["serial"], 16)) is None


async def test_second_revocation_is_refused(client: httpx.AsyncClient) -> None:
    issued = await issue(client)
    await client.post(f"/certificates/{issued['serial']}/revoke", json={})
    again = await client.post(f"/certificates/{issued['serial']}/revoke", json={})
    assert (again.status_code, again.json()["code"]) == (409, "ALREADY_REVOKED")


async def test_unknown_serial_is_unknown(client: httpx.AsyncClient) -> None:
    assert (await client.get("/certificates/ABC123/status")).json()["status"] == "unknown"
    revoke = await client.post("/certificates/ABC123/revoke", json={})
    assert (revoke.status_code, revoke.json()["code"]) == (404, "UNKNOWN_CERTIFICATE")


async def test_unknown_ca_has_no_crl(client: httpx.AsyncClient) -> None:
    response = await client.get("/crl/verisign")
    assert (response.status_code, response.json()["code"]) == (404, "UNKNOWN_CA")


async def test_reset_clears_revocations(client: httpx.AsyncClient) -> None:
    issued = await issue(client)
    await client.post(f"/certificates/{issued['serial']}/revoke", json={})
    await client.post("/__admin/reset")
    status = (await client.get(f"/certificates/{issued['serial']}/status")).json()["status"]
    assert status == "good"  # still known to the PKI, no longer revoked


def test_serve_keeps_the_pki_beside_the_mock_databases(tmp_path: Path) -> None:
    database = f"sqlite+aiosqlite:///{tmp_path}/mocks/pki.sqlite"
    assert default_pki_dir(database) == tmp_path.resolve() / "pki"
    assert default_pki_dir(IN_MEMORY_URL) is None


async def test_pki_folder_is_shared_with_the_certs_cli(
    tmp_path: Path, holder_key: rsa.RSAPrivateKey
) -> None:
    # given a certificate issued by the CLI's authority into the folder
    authority = NpkiAuthority.open(
        tmp_path / "pki", DEFAULT_PASSPHRASE, key_factory=lambda: holder_key
    )
    issued = authority.issue(
        CertificateAuthority.KICA,
        CertificateKind.CORPORATE_GENERAL,
        "(주)한국이디에스",
        "6638501035",
        not_before=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
        private_key=holder_key,
    )
    # when the mock serves that folder
    app = create_app(pki_dir=tmp_path / "pki", passphrase=DEFAULT_PASSPHRASE)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://pki.mock") as http:
            roots = (await http.get("/ca/certificates")).json()["root"]
            status = (await http.get(f"/certificates/{issued.serial:X}/status")).json()
    # then it has the same CAs and knows the certificate
    assert x509.load_pem_x509_certificate(roots["pem"].encode()) == authority.root_certificate
    assert (status["status"], status["ca"]) == ("good", "kica")


async def test_openapi_documents_the_assertion_format(client: httpx.AsyncClient) -> None:
    document = (await client.get("/openapi.json")).json()
    description = document["info"]["description"]
    assert "compact JWS" in description
    assert "sub_hash" in description
    assert {"/ca/certificates", "/certificates", "/verify", "/fincert/sessions"} <= set(
        document["paths"]
    )
    revoke = document["paths"]["/certificates/{serial}/revoke"]["post"]
    assert [(p["name"], p["in"]) for p in revoke["parameters"]] == [("serial", "path")]
