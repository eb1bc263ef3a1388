"""Acting as a gov24 citizen in tests: certificates from the pki mock, proofs, signatures, and
the codes the gov24 mock "sent"."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

import httpx

from koreakit.npki import keys
from koreakit.npki.challenge import sign_challenge
from mocks.gov24.seed import (
    HONG_GILDONG_NUMBER,
    KIM_HANEUL_NUMBER,
    KIM_YOUNGHEE_NUMBER,
    LEE_SEOJUN_NUMBER,
)

PASSWORD = "holder-password-0123"
HONG = ("홍길동", HONG_GILDONG_NUMBER)
YOUNGHEE = ("김영희", KIM_YOUNGHEE_NUMBER)
SEOJUN = ("이서준", LEE_SEOJUN_NUMBER)
HANEUL = ("김하늘", KIM_HANEUL_NUMBER)
NPS = "B551002"
"""국민연금공단, an eligible 수요기관 of the seed."""
HUG = "B551408"
"""주택도시보증공사, another one."""
BROKER = "X900001"
"""A private company: not eligible."""


@dataclass(frozen=True)
class Holder:
    """A personal certificate and its opened key file."""

    certificate: str
    key: Any
    random_num: bytes

    def sign(self, data: str) -> str:
        return base64.b64encode(sign_challenge(self.key, data.encode("utf-8"))).decode()

    def proof(self, nonce: str) -> dict[str, str]:
        return {
            "certificate": self.certificate,
            "signature": base64.b64encode(sign_challenge(self.key, nonce.encode())).decode(),
            "challenge": nonce,
            "randomNum": base64.b64encode(self.random_num).decode(),
        }

    @property
    def random_num_b64(self) -> str:
        return base64.b64encode(self.random_num).decode()


async def holder(
    pki: httpx.AsyncClient, person: tuple[str, str], kind: str = "personal", ca: str = "yessign"
) -> Holder:
    name, number = person
    body = {"ca": ca, "kind": kind, "holder_name": name, "number": number, "password": PASSWORD}
    response = await pki.post("/certificates", json=body)
    assert response.status_code == 201, response.text
    issued = response.json()
    key, random_num = keys.load_private_key(base64.b64decode(issued["key_file"]), PASSWORD)
    assert random_num is not None
    return Holder(issued["certificate"], key, random_num)


async def nonce(pki: httpx.AsyncClient) -> str:
    response = await pki.post("/challenges", json={"site_code": "gov24"})
    assert response.status_code == 201, response.text
    value: str = response.json()["nonce"]
    return value


async def last_code(mock: httpx.AsyncClient, to: str) -> str:
    messages = (await mock.get("/__admin/outbox", params={"to": to})).json()["messages"]
    assert messages, f"no code was sent to {to}"
    code: str = messages[-1]["code"]
    return code
