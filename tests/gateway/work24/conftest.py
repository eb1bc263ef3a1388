"""A gateway over the Work24 mock (with its NTS and pki peers), the MDM watcher polling fast."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from gateway.services.work24 import mdm_watcher
from gateway.settings import Settings
from mocks.pki.authority import MockPki
from tests.gateway.conftest import Stack, open_stack


@pytest.fixture
async def stack(
    settings: Settings, test_pki: MockPki, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Stack]:
    monkeypatch.setattr(mdm_watcher, "POLL_SECONDS", 0.01)
    async with open_stack(settings, test_pki, agencies=("work24",)) as opened:
        yield opened
        await mdm_watcher.stop_all()
