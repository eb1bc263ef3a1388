"""The Gov24 (정부24) electronic personal-signature confirmation mock.

Run it alone with ``uv run uvicorn --factory mocks.gov24.app:create_app``; its peers (the NTS,
identity and pki mocks) are given as the ``peers`` option (see :mod:`mocks.framework.peers`).
"""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette

from mocks.framework import IN_MEMORY_URL
from mocks.gov24 import (
    approvals,
    confirmations,
    directory,
    issuance,
    login,
    members,
    verification,
)
from mocks.gov24.agency import agency

OPERATION_MODULES: tuple[object, ...] = (
    approvals,
    members,
    login,
    directory,
    issuance,
    confirmations,
    verification,
)
"""Imported for their routes, registered on `agency` when each module loads."""


def create_app(database_url: str = IN_MEMORY_URL, **options: Any) -> Starlette:
    """A new gov24 mock with its own database, clock and outbox.

    Options: ``peers`` (the pki mock verifies certificates), ``approval_validity_years``
    (default 2).
    """
    return agency.create_app(database_url, **options)
