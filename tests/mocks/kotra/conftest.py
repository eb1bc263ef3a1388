"""The KOTRA mock over HTTP, with the NTS and identity mocks as its peers (no pki: the
certificate rules are tested through the gateway, which has a test PKI)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack

import httpx
import pytest

from mocks.identity.app import create_app as create_identity
from mocks.kotra.app import create_app as create_kotra
from mocks.nts.app import create_app as create_nts
from tests.conftest import asgi_client, running


@pytest.fixture
async def peers() -> AsyncIterator[dict[str, httpx.AsyncClient]]:
    async with AsyncExitStack() as stack:
        apps = {"nts": create_nts(), "identity": create_identity()}
        for app in apps.values():
            await stack.enter_async_context(running(app))
        transports = {name: httpx.ASGITransport(app=app) for name, app in apps.items()}
        kotra = create_kotra(peers=transports)
        await stack.enter_async_context(running(kotra))
        clients = {name: asgi_client(app, f"http://{name}") for name, app in apps.items()}
        clients["kotra"] = asgi_client(kotra, "http://kotra")
        for client in clients.values():
            await stack.enter_async_context(client)
        yield clients


@pytest.fixture
def kotra(peers: dict[str, httpx.AsyncClient]) -> httpx.AsyncClient:
    return peers["kotra"]
