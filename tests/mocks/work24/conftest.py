"""The Work24 mock with its peers (NTS and pki mocks) in process, and a holder's helpers."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from koreakit.npki import keys
from koreakit.npki.challenge import sign_challenge
from mocks.framework import IN_MEMORY_URL
from mocks.nts.app import create_app as create_nts
from mocks.pki.app import create_app as create_pki
from mocks.pki.authority import MockPki
from mocks.work24.app import create_app as create_work24
from tests.conftest import asgi_client, running

PASSWORD = "holder-password-0123"
HANBIT = {
    "number": "2208100016",
    "name": "(주)한빛소프트웨어",
    "rep": "이서준",
    "opened": "2010-03-15",
}
"""An NTS seed business that is not a member (the pki seed's first-use 금융인증서 example)."""
KOREA_EDS = {
    "number": "6638501035",
    "name": "(주)한국이디에스",
    "rep": "김형원",
    "opened": "2015-03-02",
}
"""Not a member; its 금융인증서 exists (phone 010-3473-6973, PIN 135790)."""
KOTRA = {
    "number": "1208200275",
    "name": "대한무역투자진흥공사",
    "rep": "유정열",
    "opened": "1962-06-21",
}
"""A seed member (일반사업자) with no certificate registered."""


@dataclass
class Mocks:
    work24: httpx.AsyncClient
    nts: httpx.AsyncClient
    pki: httpx.AsyncClient


@pytest.fixture(scope="module")
def pki() -> MockPki:
    ca_key, holder_key = keys.generate_key(), keys.generate_key()
    return MockPki.ephemeral(key_factory=lambda: ca_key).with_holder_keys(lambda: holder_key)


@asynccontextmanager
async def open_mocks(pki: MockPki, database_url: str = IN_MEMORY_URL) -> AsyncIterator[Mocks]:
    """The Work24 mock on ``database_url`` with in-process NTS and pki peers."""
    nts, pki_app = create_nts(), create_pki(pki=pki)
    peers = {"nts": httpx.ASGITransport(app=nts), "pki": httpx.ASGITransport(app=pki_app)}
    work24 = create_work24(database_url, peers=peers, mdm_tick_seconds=0)
    async with AsyncExitStack() as stack:
        for app in (nts, pki_app, work24):
            await stack.enter_async_context(running(app))
        clients = [
            await stack.enter_async_context(asgi_client(app, f"http://{name}"))
            for name, app in (("work24", work24), ("nts", nts), ("pki", pki_app))
        ]
        yield Mocks(*clients)


@pytest.fixture
async def mocks(pki: MockPki) -> AsyncIterator[Mocks]:
    async with open_mocks(pki) as opened:
        yield opened


async def issue(mocks: Mocks, number: str, name: str, **changes: str) -> dict[str, Any]:
    """A certificate from the test CAs (corporate general-purpose of yessign by default)."""
    holder = {"ca": "yessign", "kind": "corporate", "holder_name": name, "number": number}
    response = await mocks.pki.post(
        "/certificates", json={**holder, "password": PASSWORD, **changes}
    )
    assert response.status_code == 201, response.text
    issued: dict[str, Any] = response.json()
    return issued


async def joint_proof(mocks: Mocks, issued: dict[str, Any], typed: str) -> dict[str, Any]:
    """The holder signs a fresh Work24 challenge and types ``typed`` for the owner check."""
    nonce = (await mocks.work24.post("/challenges")).json()["nonce"]
    key, random_num = keys.load_private_key(base64.b64decode(issued["key_file"]), PASSWORD)
    assert random_num is not None
    return {
        "certificate": issued["certificate"],
        "signature": base64.b64encode(sign_challenge(key, nonce.encode("ascii"))).decode(),
        "challenge": nonce,
        "randomNum": base64.b64encode(random_num).decode(),
        "typed_number": typed,
    }


CONTACT = {
    "name": "김담당",
    "landline": "02-555-0101",
    "mobile": "010-2222-3333",
    "email": "hr@hanbit.example",
}
CONSENTS = {
    "sms_progress": True,
    "sms_promotion": False,
    "email_news": False,
    "e_notice_email": True,
}
INFORMATION = {
    "industry_code": "722000",
    "contact": CONTACT,
    "consents": CONSENTS,
    "employment_membership": True,
}
REQUIRED_TERMS = ["work24_terms", "privacy_collection", "unique_id"]


async def start(mocks: Mocks, business: dict[str, str], kind: str = "general") -> dict[str, Any]:
    body = {"member_type": kind, "business_number": business["number"]}
    response = await mocks.work24.post("/signups", json=body)
    assert response.status_code == 201, response.text
    started: dict[str, Any] = response.json()
    return started


async def authenticated(
    mocks: Mocks, business: dict[str, str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """A sign-up past 가입 인증 with a joint certificate; (sign-up, issued certificate)."""
    signup = await start(mocks, business)
    issued = await issue(mocks, business["number"], business["name"])
    body = {
        "representative_name": business["rep"],
        "opening_date": business["opened"],
        "joint": await joint_proof(mocks, issued, business["number"]),
    }
    response = await mocks.work24.post(f"/signups/{signup['id']}/authenticate", json=body)
    assert response.status_code == 200, response.text
    return response.json(), issued


async def at_information(
    mocks: Mocks, business: dict[str, str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    signup, issued = await authenticated(mocks, business)
    response = await mocks.work24.post(
        f"/signups/{signup['id']}/terms", json={"agreed": REQUIRED_TERMS}
    )
    assert response.status_code == 200, response.text
    return response.json(), issued
