"""The 고용24 (Work24) corporate membership mock.

Run it alone with ``uv run uvicorn --factory mocks.work24.app:create_app``; its peers (the NTS,
identity and pki mocks) are given as the ``peers`` option (see :mod:`mocks.framework.peers`).
"""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette

from mocks.framework import IN_MEMORY_URL
from mocks.work24.agency import agency

OPERATION_MODULES: tuple[object, ...] = ()
"""Imported for their routes, registered on `agency` when each module loads."""


def create_app(database_url: str = IN_MEMORY_URL, **options: Any) -> Starlette:
    """A new work24 mock with its own database, clock and outbox."""
    return agency.create_app(database_url, **options)
