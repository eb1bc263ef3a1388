"""Helpers for driving the Hometax mock over HTTP in tests."""

from __future__ import annotations

import base64
from typing import Any

import httpx

from koreakit.npki import keys
from koreakit.npki.challenge import sign_challenge

BUSINESS = "2148602348"
"""(주)서울물류: no department user in the seed; representative 박지훈, born 1983-06-30."""
BIRTH_DATE = "19830630"
PASSWORD = "Cargo2024!x"
CERT_PASSWORD = "holder-password-0123"


def application(verification_id: str, **changes: Any) -> dict[str, Any]:
    """A valid application for (주)서울물류 by 홍길동."""
    return {
        "agreements": {"service_notice": True, "certificate_notice": True},
        "applicant_name": "홍길동",
        "identity_verification_id": verification_id,
        "business_number": BUSINESS,
        "representative_birth_date": BIRTH_DATE,
        "user_id": "cargo_pay1",
        "password": PASSWORD,
        "password_confirmation": PASSWORD,
        "department": "정산팀",
        "mobile": "010-1234-5678",
        "phone": "02-400-2300",
        "email": "etax@seoul-logistics.example",
    } | changes


async def issue(pki: httpx.AsyncClient, kind: str, number: str = BUSINESS) -> dict[str, Any]:
    """A certificate for the business, issued by yessign."""
    body = {
        "ca": "yessign",
        "kind": kind,
        "holder_name": "(주)서울물류",
        "number": number,
        "password": CERT_PASSWORD,
    }
    response = await pki.post("/certificates", json=body)
    assert response.status_code == 201, response.text
    issued: dict[str, Any] = response.json()
    return issued


async def prove(pki: httpx.AsyncClient, issued: dict[str, Any]) -> dict[str, str]:
    """A fresh challenge from the CAs, signed by the holder, with R."""
    nonce = (await pki.post("/challenges", json={"site_code": "hometax"})).json()["nonce"]
    key, random_num = keys.load_private_key(base64.b64decode(issued["key_file"]), CERT_PASSWORD)
    assert random_num is not None
    return {
        "certificate": issued["certificate"],
        "signature": base64.b64encode(sign_challenge(key, nonce.encode("ascii"))).decode(),
        "challenge": nonce,
        "randomNum": base64.b64encode(random_num).decode(),
    }


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
