"""The KOSME job-matching platform mock (일자리매칭플랫폼).

Run it alone with ``uv run uvicorn --factory mocks.kosme.app:create_app --port 8105``; its peer
(the identity mock) is given as the ``peers`` option (see :mod:`mocks.framework.peers`).
"""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette

from mocks.framework import IN_MEMORY_URL
from mocks.kosme import logins, members, resumes
from mocks.kosme.agency import agency

OPERATION_MODULES: tuple[object, ...] = (members, logins, resumes)
"""Imported for their routes, registered on `agency` when each module loads."""


def create_app(database_url: str = IN_MEMORY_URL, **options: Any) -> Starlette:
    """A new kosme mock with its own database, clock and outbox."""
    return agency.create_app(database_url, **options)
