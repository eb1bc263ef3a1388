"""How the mocks keep personal data: sealed numbers, keyed hashes and slow hashes.

* Resident and foreigner numbers (and OTP secrets) are sealed with AES-256-GCM (`seal` /
  `unseal`) and found again by a keyed hash (`lookup_hash`); only a masked form is ever shown.
* Passwords and PINs are stored as salted PBKDF2 hashes (`hash_secret`); one-time codes and
  card passwords as keyed hashes bound to their record (`code_hash`).

The keys are fixed constants (`derive_key`): this is a mock, and fixed keys keep hashes stable
across restarts and across the mocks that use them.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets
from typing import Final

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def derive_key(label: str) -> bytes:
    """The fixed 256-bit key named ``label``."""
    # The prefix names the identity mock, where these keys were first used; it stays so that
    # values sealed and hashed in existing SQLite files still open and match.
    return hashlib.sha256(f"agency-gateway identity mock / {label}".encode()).digest()


SEAL_KEY: Final = derive_key("seal")
LOOKUP_KEY: Final = derive_key("lookup")
CODE_KEY: Final = derive_key("one-time codes")

PBKDF2_ITERATIONS: Final = 20_000
"""Enough for a mock (≈5 ms a hash); a 6-digit PIN is guarded by the try limit, not the hash."""
_SEALED_PREFIX: Final = "v1:"
_SEAL_CONTEXT: Final = b"identity"
"""The associated data of every sealed value (kept from the identity mock, as the key prefix)."""


def seal(value: str) -> str:
    """AES-GCM with a random nonce: ``v1:`` + base64(nonce ‖ ciphertext ‖ tag)."""
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(SEAL_KEY).encrypt(nonce, value.encode(), _SEAL_CONTEXT)
    return _SEALED_PREFIX + base64.b64encode(nonce + sealed).decode("ascii")


def unseal(sealed: str) -> str:
    raw = base64.b64decode(sealed.removeprefix(_SEALED_PREFIX))
    return AESGCM(SEAL_KEY).decrypt(raw[:12], raw[12:], _SEAL_CONTEXT).decode()


def lookup_hash(value: str) -> str:
    """A keyed hash to find a number (or a card number) without storing it."""
    return hmac.new(LOOKUP_KEY, value.encode(), hashlib.sha256).hexdigest()


def code_hash(record_id: str, code: str) -> str:
    """A short secret (a one-time code), bound to the record it belongs to."""
    return hmac.new(CODE_KEY, f"{record_id}:{code}".encode(), hashlib.sha256).hexdigest()


def hash_secret(secret: str, salt: bytes | None = None) -> str:
    """``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>`` with a random salt by default."""
    salt = secrets.token_bytes(16) if salt is None else salt
    return _hash(secret, salt)


@functools.cache
def _hash(secret: str, salt: bytes) -> str:
    # Cached so that reseeding (same secret, deterministic salt) costs nothing the second time.
    digest = hashlib.pbkdf2_hmac("sha256", secret.encode(), salt, PBKDF2_ITERATIONS)
    return f"pbkdf2_sha256${PBKDF2_ITERATIONS}${salt.hex()}${digest.hex()}"


def seed_salt(*parts: str) -> bytes:
    """A deterministic salt for seed records, so their hashes can be cached."""
    return hashlib.sha256("\x1f".join(parts).encode()).digest()[:16]


def verify_secret(secret: str, stored: str) -> bool:
    scheme, iterations, salt, expected = stored.split("$")
    if scheme != "pbkdf2_sha256":
        return False
    digest = hashlib.pbkdf2_hmac("sha256", secret.encode(), bytes.fromhex(salt), int(iterations))
    return hmac.compare_digest(digest.hex(), expected)
