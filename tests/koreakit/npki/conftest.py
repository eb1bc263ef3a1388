"""A test PKI shared by the session: CA keys are generated once, holder keys reused."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from koreakit.npki import keys
from koreakit.npki.authority import NpkiAuthority
from tests.koreakit.npki.support import PASSPHRASE, Issuer


@pytest.fixture(scope="session")
def pki_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pki")


@pytest.fixture(scope="session")
def authority(pki_dir: Path) -> NpkiAuthority:
    return NpkiAuthority.open(pki_dir, PASSPHRASE)


@pytest.fixture(scope="session")
def other_authority() -> NpkiAuthority:
    """A second, unrelated test PKI: nothing it issues chains to `authority`'s root."""
    return NpkiAuthority.ephemeral()


@pytest.fixture(scope="session")
def holder_key() -> rsa.RSAPrivateKey:
    return keys.generate_key()


@pytest.fixture(scope="session")
def other_key() -> rsa.RSAPrivateKey:
    return keys.generate_key()


@pytest.fixture
def issuer(authority: NpkiAuthority, holder_key: rsa.RSAPrivateKey) -> Issuer:
    return Issuer(authority, holder_key)
