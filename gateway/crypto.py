"""Encryption at rest: AES-256-GCM over upstream tokens, stored responses and personal numbers."""

from __future__ import annotations

import base64
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from gateway.settings import Settings

_VERSION = "v1"


class SealedDataError(Exception):
    """A sealed value was tampered with, sealed for another purpose, or under another key."""


class Sealer:
    """Seal and open small values; ``purpose`` is bound as associated data, so a value sealed as
    an upstream token cannot be opened as anything else."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, plaintext: bytes, purpose: str) -> str:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, plaintext, purpose.encode())
        return f"{_VERSION}.{base64.urlsafe_b64encode(nonce + sealed).decode()}"

    def open(self, token: str, purpose: str) -> bytes:
        version, _, body = token.partition(".")
        if version != _VERSION:
            raise SealedDataError("unknown sealing version")
        raw = base64.urlsafe_b64decode(body)
        try:
            return self._aead.decrypt(raw[:12], raw[12:], purpose.encode())
        except InvalidTag as exc:
            raise SealedDataError("sealed value does not open with this key") from exc


def sealer_for(settings: Settings, *, ephemeral: bool) -> Sealer:
    """The configured key; in development without one, a key kept in the data dir (or, for an
    in-memory store, a fresh one: nothing sealed outlives the process anyway)."""
    if settings.secret_key is not None:
        return Sealer(base64.b64decode(settings.secret_key.get_secret_value()))
    if ephemeral:
        return Sealer(secrets.token_bytes(32))
    path = Path(settings.data_dir) / "secret.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64encode(secrets.token_bytes(32)))
        path.chmod(0o600)
    return Sealer(base64.b64decode(path.read_bytes()))
