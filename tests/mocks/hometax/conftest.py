"""A running Hometax mock with its peers (NTS, identity, pki mocks) in process."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from koreakit.npki import keys
from mocks.hometax.app import create_app as create_hometax_mock
from mocks.identity import people
from mocks.identity.app import create_app as create_identity_mock
from mocks.identity.people import CARD_EXPIRY, CARD_PASSWORD_2
from mocks.identity.records import PersonRecord
from mocks.nts.app import create_app as create_nts_mock
from mocks.pki.app import create_app as create_pki_mock
from mocks.pki.authority import MockPki
from tests.conftest import asgi_client, running

SERVICE_CONSENTS = {"personal_info": True, "unique_id": True, "service_terms": True}


@dataclass
class HometaxMocks:
    hometax: httpx.AsyncClient
    identity: httpx.AsyncClient
    pki: httpx.AsyncClient
    nts: httpx.AsyncClient

    async def verified(self, person: PersonRecord = people.HONG_GILDONG) -> str:
        """A card verification of ``person`` for site hometax; its id."""
        card = person.cards[0]
        number = person.number
        body: dict[str, Any] = {
            "site_code": "hometax",
            "issuer": card.issuer,
            "card_number": card.number,
            "expiry": CARD_EXPIRY,
            "password_2": CARD_PASSWORD_2,
            "name": person.name,
            "birth_date": number.birth_date.strftime("%y%m%d"),
            "sex_digit": person.resident_number[6],
            "consents": SERVICE_CONSENTS,
        }
        response = await self.identity.post("/card/verifications", json=body)
        assert response.status_code == 200, response.text
        verification_id: str = response.json()["result"]["verification_id"]
        return verification_id


@pytest.fixture(scope="session")
def mock_pki() -> MockPki:
    ca_key, holder_key = keys.generate_key(), keys.generate_key()
    return MockPki.ephemeral(key_factory=lambda: ca_key).with_holder_keys(lambda: holder_key)


@pytest.fixture
def mock_options() -> dict[str, Any]:
    """Options of the hometax mock's `create_app` (a test parametrizes it to change them)."""
    return {}


@pytest.fixture
async def mocks(mock_pki: MockPki, mock_options: dict[str, Any]) -> AsyncIterator[HometaxMocks]:
    apps = {
        "nts": create_nts_mock(),
        "identity": create_identity_mock(),
        "pki": create_pki_mock(pki=mock_pki),
    }
    peers = {name: httpx.ASGITransport(app=app) for name, app in apps.items()}
    hometax = create_hometax_mock(peers=peers, **mock_options)
    async with (
        running(apps["nts"]),
        running(apps["identity"]),
        running(apps["pki"]),
        running(hometax),
        asgi_client(hometax, "http://hometax") as client,
        asgi_client(apps["identity"], "http://identity") as identity,
        asgi_client(apps["pki"], "http://pki") as pki,
        asgi_client(apps["nts"], "http://nts") as nts,
    ):
        yield HometaxMocks(client, identity, pki, nts)
