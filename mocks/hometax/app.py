"""The Hometax (홈택스) department users for e-tax invoices mock.

Run it alone with ``uv run uvicorn --factory mocks.hometax.app:create_app``; its peers (the NTS,
identity and pki mocks) are given as the ``peers`` option (see :mod:`mocks.framework.peers`).
"""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette

from mocks.framework import IN_MEMORY_URL
from mocks.hometax import (
    applications,
    delegations,
    department,
    management,
    standing,
    status_feed,
)
from mocks.hometax.agency import agency

OPERATION_MODULES = (applications, management, department, delegations, standing, status_feed)
"""Imported for their routes, registered on `agency` when each module loads."""


def create_app(database_url: str = IN_MEMORY_URL, **options: Any) -> Starlette:
    """A new hometax mock with its own database, clock and outbox."""
    return agency.create_app(database_url, **options)
