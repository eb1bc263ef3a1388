"""The NPKI test certificate authorities and 금융인증서 mock.

Run it alone with ``uv run uvicorn --factory mocks.pki.app:create_app --port 8103``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from starlette.applications import Starlette

from koreakit.npki.authority import DEFAULT_PASSPHRASE
from mocks.framework import IN_MEMORY_URL
from mocks.pki import certificates, fincert, fincert_confirm, fincert_otp, verification
from mocks.pki.agency import agency
from mocks.pki.authority import KeyFactory, MockPki

OPERATION_MODULES = (certificates, verification, fincert, fincert_confirm, fincert_otp)
"""Imported for their routes, registered on `agency` when each module loads."""
PKI_PASSPHRASE_ENV = "AGENCY_GATEWAY_PKI_PASSPHRASE"
"""The CA-key passphrase, shared with ``agency-gateway certs``."""


def default_pki_dir(database_url: str) -> Path | None:
    """Where the PKI of a file database lives: ``<data_dir>/pki`` for ``serve``'s
    ``<data_dir>/mocks/pki.sqlite`` (the ``certs`` CLI's folder), else ``pki`` beside the file;
    None for an in-memory database."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    folder = Path(url.database).resolve().parent
    return (folder.parent if folder.name == "mocks" else folder) / "pki"


def create_app(
    database_url: str = IN_MEMORY_URL,
    *,
    pki: MockPki | None = None,
    pki_dir: Path | str | None = None,
    passphrase: str | None = None,
    holder_key_factory: KeyFactory | None = None,
    **options: Any,
) -> Starlette:
    """A new pki mock.

    Args:
        pki: a test PKI to serve (tests share one per module); else
        pki_dir: the folder of a persistent PKI (default: `default_pki_dir`, or an ephemeral
            in-memory PKI with an in-memory database);
        passphrase: of the CA keys in ``pki_dir`` (default ``$AGENCY_GATEWAY_PKI_PASSPHRASE``
            or the test default, as the ``certs`` CLI);
        holder_key_factory: makes the holder keys ``POST /certificates`` issues.
    """
    if pki is None:
        folder = Path(pki_dir) if pki_dir is not None else default_pki_dir(database_url)
        secret = passphrase or os.environ.get(PKI_PASSPHRASE_ENV, DEFAULT_PASSPHRASE)
        pki = MockPki.ephemeral() if folder is None else MockPki.open(folder, secret)
    if holder_key_factory is not None:
        pki = pki.with_holder_keys(holder_key_factory)
    return agency.create_app(database_url, pki=pki, **options)
