"""A gateway over the kosme mock (whose peer is the identity mock)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from gateway.settings import Settings
from mocks.pki.authority import MockPki
from tests.gateway.conftest import Stack, open_stack


@pytest.fixture
async def stack(settings: Settings, test_pki: MockPki) -> AsyncIterator[Stack]:
    async with open_stack(settings, test_pki, agencies=("kosme",)) as opened:
        yield opened
