"""The identity-verification provider mock (본인확인기관 / 간편인증 / SNS / 디지털원패스).

Run it alone with ``uv run uvicorn --factory mocks.identity.app:create_app --port 8102``.
"""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette

from mocks.framework import IN_MEMORY_URL
from mocks.identity import card, foreigner, oauth, phone, simple_auth, verifications
from mocks.identity.agency import agency

OPERATION_MODULES = (phone, card, simple_auth, oauth, foreigner, verifications)
"""Imported for their routes, registered on `agency` when each module loads."""


def create_app(database_url: str = IN_MEMORY_URL, **options: Any) -> Starlette:
    """A new identity-provider mock with its own database, clock and outbox."""
    return agency.create_app(database_url, **options)
