"""A running kosme mock whose peer is an in-process identity mock, both at the same clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest
from starlette.applications import Starlette

from mocks.identity.app import create_app as create_identity
from mocks.kosme.app import create_app as create_kosme
from tests.conftest import asgi_client, running
from tests.mocks.kosme.support import NOW, member_data


@dataclass
class Platform:
    kosme: httpx.AsyncClient
    identity: httpx.AsyncClient
    app: Starlette

    async def sign_up_sns(self, code: str, **data: object) -> httpx.Response:
        body = {"provider": "facebook", "code": code} | member_data(**data)
        return await self.kosme.post("/members/sns", json=body)


@pytest.fixture
async def platform() -> AsyncIterator[Platform]:
    identity_app = create_identity()
    async with running(identity_app):
        kosme_app = create_kosme(peers={"identity": httpx.ASGITransport(app=identity_app)})
        async with (
            running(kosme_app),
            asgi_client(kosme_app, "http://kosme.mock") as kosme,
            asgi_client(identity_app, "http://identity.mock") as identity,
        ):
            for client in (kosme, identity):
                await client.post("/__admin/clock", json={"now": NOW})
            yield Platform(kosme, identity, kosme_app)
