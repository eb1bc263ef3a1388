"""Every mock agency by name, with the factory that builds its app."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from starlette.applications import Starlette

from mocks.gov24.app import create_app as create_gov24_app
from mocks.hometax.app import create_app as create_hometax_app
from mocks.identity.app import create_app as create_identity_app
from mocks.kosme.app import create_app as create_kosme_app
from mocks.kotra.app import create_app as create_kotra_app
from mocks.nts.app import create_app as create_nts_app
from mocks.pki.app import create_app as create_pki_app
from mocks.work24.app import create_app as create_work24_app


class MockFactory(Protocol):
    """``create_app(database_url="sqlite+aiosqlite://", **options) -> Starlette``."""

    def __call__(self, database_url: str = ..., **options: Any) -> Starlette: ...


MOCKS: Mapping[str, MockFactory] = {
    "nts": create_nts_app,
    "identity": create_identity_app,
    "pki": create_pki_app,
    "work24": create_work24_app,
    "kosme": create_kosme_app,
    "kotra": create_kotra_app,
    "gov24": create_gov24_app,
    "hometax": create_hometax_app,
}
"""Agency name → app factory, in a stable order (the order of ports from a base port)."""
