"""The KOTRA 무역투자24 integrated membership mock.

Run it alone with ``uv run uvicorn --factory mocks.kotra.app:create_app``; its peers (the NTS,
identity and pki mocks) are given as the ``peers`` option (see :mod:`mocks.framework.peers`).
"""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette

from mocks.framework import IN_MEMORY_URL
from mocks.kotra import (
    accounts,
    affiliation,
    company_admin,
    company_records,
    legacy,
    members,
    registration,
)
from mocks.kotra.agency import agency

OPERATION_MODULES: tuple[object, ...] = (
    members,
    affiliation,
    registration,
    company_admin,
    company_records,
    accounts,
    legacy,
)
"""Imported for their routes, registered on `agency` when each module loads."""


def create_app(database_url: str = IN_MEMORY_URL, **options: Any) -> Starlette:
    """A new kotra mock with its own database, clock and outbox."""
    return agency.create_app(database_url, **options)
