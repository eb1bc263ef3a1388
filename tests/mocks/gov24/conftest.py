"""A running gov24 mock with the pki mock as its peer, and in-process clients to both."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest

from koreakit.npki import keys
from mocks.gov24.app import create_app as create_gov24
from mocks.pki.app import create_app as create_pki
from mocks.pki.authority import MockPki
from tests.conftest import asgi_client, running


@pytest.fixture(scope="session")
def gov24_pki() -> MockPki:
    ca_key, holder_key = keys.generate_key(), keys.generate_key()
    return MockPki.ephemeral(key_factory=lambda: ca_key).with_holder_keys(lambda: holder_key)


@dataclass
class Mocks:
    gov24: httpx.AsyncClient
    pki: httpx.AsyncClient


@pytest.fixture
async def mocks(gov24_pki: MockPki) -> AsyncIterator[Mocks]:
    pki_app = create_pki(pki=gov24_pki)
    gov24_app = create_gov24(peers={"pki": httpx.ASGITransport(app=pki_app)})
    async with (
        running(pki_app),
        running(gov24_app),
        asgi_client(gov24_app, "http://gov24") as gov24,
        asgi_client(pki_app, "http://pki") as pki,
    ):
        yield Mocks(gov24, pki)
