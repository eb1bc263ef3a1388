"""How the identity provider keeps secrets: sealed numbers, keyed hashes, slow hashes, CI and DI.

* Resident and foreigner numbers are sealed with AES-256-GCM (`seal` / `unseal`) and found
  again by a keyed hash (`lookup_hash`); only the masked form is ever shown.
* Passwords, PINs and card passwords are stored as salted PBKDF2 hashes (`hash_secret`);
  one-time codes as keyed hashes bound to their session (`code_hash`).
* CI (연계정보) is base64 of HMAC-SHA-512 over the number: 88 characters, the same for one
  person at every site. DI (중복가입확인정보) is hex of HMAC-SHA-256 over the number and the
  relying site's code: 64 characters, different at each site.

The keys are fixed constants: this is a mock, and fixed keys keep CI and DI stable across
restarts and across the mocks that use them (`ci_of`, `di_of`).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets
from typing import Final

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def _key(label: str) -> bytes:
    return hashlib.sha256(f"agency-gateway identity mock / {label}".encode()).digest()


SEAL_KEY: Final = _key("seal")
LOOKUP_KEY: Final = _key("lookup")
CODE_KEY: Final = _key("one-time codes")
CI_KEY: Final = _key("CI")
DI_KEY: Final = _key("DI")

PBKDF2_ITERATIONS: Final = 20_000
"""Enough for a mock (≈5 ms a hash); a 6-digit PIN is guarded by the try limit, not the hash."""
_SEALED_PREFIX: Final = "v1:"


def seal(value: str) -> str:
    """AES-GCM with a random nonce: ``v1:`` + base64(nonce ‖ ciphertext ‖ tag)."""
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(SEAL_KEY).encrypt(nonce, value.encode(), b"identity")
    return _SEALED_PREFIX + base64.b64encode(nonce + sealed).decode("ascii")


def unseal(sealed: str) -> str:
    raw = base64.b64decode(sealed.removeprefix(_SEALED_PREFIX))
    return AESGCM(SEAL_KEY).decrypt(raw[:12], raw[12:], b"identity").decode()


def lookup_hash(value: str) -> str:
    """A keyed hash to find a number (or a card number) without storing it."""
    return hmac.new(LOOKUP_KEY, value.encode(), hashlib.sha256).hexdigest()


def code_hash(session_id: str, code: str) -> str:
    """A one-time code, bound to the session it was sent for."""
    return hmac.new(CODE_KEY, f"{session_id}:{code}".encode(), hashlib.sha256).hexdigest()


def new_code(digits: int = 6) -> str:
    return f"{secrets.randbelow(10**digits):0{digits}d}"


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


def ci_of(number: str) -> str:
    """연계정보: 88 characters, one per person (13-digit number without hyphen)."""
    digest = hmac.new(CI_KEY, _digits(number).encode(), hashlib.sha512).digest()
    return base64.b64encode(digest).decode("ascii")


def di_of(number: str, site_code: str) -> str:
    """중복가입확인정보: 64 hex characters, one per person and relying site."""
    message = f"{_digits(number)}|{site_code}".encode()
    return hmac.new(DI_KEY, message, hashlib.sha256).hexdigest()


def _digits(number: str) -> str:
    return "".join(c for c in number if c.isdigit())
