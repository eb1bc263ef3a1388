"""The KOTRA mock's own check of the 사업자등록증 스캔본 (as the agency would, whatever client
sends it): the declared type must be what the content is, a scan type, at most 5 MB. The scan is
checked before the certificate, so these registrations never reach the pki."""

from __future__ import annotations

import base64
from typing import Any

import httpx

from mocks.kotra import seed

NEW_COMPANY = "2208100016"
COMPANY = {
    "name": "(주)한빛소프트웨어",
    "name_en": "Hanbit Software Co., Ltd.",
    "representative": "이서준",
    "representative_en": "LEE SEOJUN",
    "company_type": "법인",
    "company_class": "중소기업",
    "trade_kind": "제조",
    "main_product": "소프트웨어",
    "phone": "02-555-0101",
    "email": "contact@hanbit.example.com",
}


async def register(kotra: httpx.AsyncClient, scan: dict[str, Any] | None) -> httpx.Response:
    login = {"login_id": seed.HONG_LOGIN_ID, "password": seed.SEED_PASSWORD}
    token = (await kotra.post("/sessions", json=login)).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    start = {"terms": {"terms_of_use": True, "privacy_required": True}, "number": NEW_COMPANY}
    flow = await kotra.post("/company-registrations", json=start, headers=headers)
    assert flow.status_code == 201, flow.text
    body = {
        "proof": {"certificate": "x", "signature": "x", "challenge": "x"},
        "login_password": "Hanbit-company-1!",
        "login_password_confirm": "Hanbit-company-1!",
        "approval_password": "246810",
        "approval_password_confirm": "246810",
        "company": COMPANY,
        "scan": scan,
    }
    path = f"/company-registrations/{flow.json()['id']}"
    return await kotra.post(path, json=body, headers=headers)


def scan(content: bytes, content_type: str, name: str = "사업자등록증.png") -> dict[str, str]:
    encoded = base64.b64encode(content).decode()
    return {"file_name": name, "content_type": content_type, "content_base64": encoded}


async def test_a_new_company_without_a_scan_is_refused(kotra: httpx.AsyncClient) -> None:
    response = await register(kotra, None)
    assert (response.status_code, response.json()["code"]) == (422, "SCAN_REQUIRED")
    assert response.json()["message"] == "※ 소속기업 사업자등록증 스캔본 파일 첨부 필수"


async def test_a_scan_whose_content_is_not_its_type_is_refused(kotra: httpx.AsyncClient) -> None:
    for content, declared in (
        (b"<html>not a scan</html>", "image/png"),
        (b"%PDF-1.4\n", "image/png"),
        (b"GIF89a" + bytes(20), "image/gif"),
    ):
        response = await register(kotra, scan(content, declared))
        assert (response.status_code, response.json()["code"]) == (422, "SCAN_TYPE_NOT_ALLOWED")
        assert response.json()["field"] == "scan"


async def test_a_scan_over_5_mb_is_refused(kotra: httpx.AsyncClient) -> None:
    big = b"%PDF-1.4\n" + bytes(5 * 1024 * 1024)
    response = await register(kotra, scan(big, "application/pdf", "사업자등록증.pdf"))
    assert (response.status_code, response.json()["code"]) == (422, "SCAN_TOO_LARGE")


async def test_a_real_scan_passes_on_to_the_certificate(kotra: httpx.AsyncClient) -> None:
    # a PDF declared as one passes the scan check and the mock goes on to ask the pki mock
    # about the certificate (not a peer here: the linked agency is unreachable)
    response = await register(kotra, scan(b"%PDF-1.4\n", "application/pdf", "사업자등록증.pdf"))
    assert (response.status_code, response.json()["code"]) == (503, "AGENCY_UNAVAILABLE")
