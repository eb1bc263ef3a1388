"""Login challenges: a fresh nonce the holder signs, usable once, before it expires.

An agency issues a `Challenge`; the holder signs `challenge.payload` (the nonce's ASCII text)
with RSASSA-PKCS1-v1_5 / SHA-256, as NPKI clients sign; the agency consumes the challenge once
and checks the signature with `koreakit.npki.verify.verify_signature`. Mocks keep challenges in
their own database on their own clock; `ChallengeLedger` is the in-memory reference of those
rules.
"""

from __future__ import annotations

import base64
import datetime as dt
import secrets
import threading
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from koreakit.npki.errors import (
    ChallengeExpiredError,
    ChallengeReplayedError,
    UnknownChallengeError,
)

NONCE_BYTES = 32
DEFAULT_TTL = dt.timedelta(minutes=5)
"""[U] How long an agency waits for the signed challenge."""


@dataclass(frozen=True)
class Challenge:
    """A nonce (32 random bytes, base64url without padding) and when it stops being accepted."""

    nonce: str
    expires_at: dt.datetime

    @property
    def payload(self) -> bytes:
        """The bytes the holder signs: the nonce's text in ASCII."""
        return challenge_payload(self.nonce)


def challenge_payload(nonce: str) -> bytes:
    """The bytes signed for `nonce` (its ASCII text)."""
    return nonce.encode("ascii")


def new_challenge(now: dt.datetime, ttl: dt.timedelta = DEFAULT_TTL) -> Challenge:
    """A fresh challenge expiring `ttl` after `now`."""
    nonce = base64.urlsafe_b64encode(secrets.token_bytes(NONCE_BYTES)).rstrip(b"=").decode()
    return Challenge(nonce, now + ttl)


def sign_challenge(private_key: rsa.RSAPrivateKey, data: bytes) -> bytes:
    """The holder's signature over `data`: RSASSA-PKCS1-v1_5 with SHA-256."""
    return private_key.sign(data, padding.PKCS1v15(), hashes.SHA256())


class ChallengeLedger:
    """Issued challenges in memory, each consumable once before it expires. Thread-safe."""

    def __init__(self, ttl: dt.timedelta = DEFAULT_TTL) -> None:
        self.ttl = ttl
        self._open: dict[str, Challenge] = {}
        self._used: dict[str, Challenge] = {}
        self._lock = threading.Lock()

    def issue(self, now: dt.datetime) -> Challenge:
        challenge = new_challenge(now, self.ttl)
        with self._lock:
            self._open[challenge.nonce] = challenge
        return challenge

    def consume(self, nonce: str, now: dt.datetime) -> Challenge:
        """Use up a challenge.

        Raises:
            ChallengeReplayedError: it was consumed before.
            ChallengeExpiredError: `now` is past its expiry (it is used up all the same).
            UnknownChallengeError: it was never issued here (or was purged).
        """
        with self._lock:
            if nonce in self._used:
                raise ChallengeReplayedError()
            challenge = self._open.pop(nonce, None)
            if challenge is None:
                raise UnknownChallengeError()
            self._used[nonce] = challenge
        if now > challenge.expires_at:
            raise ChallengeExpiredError()
        return challenge

    def purge(self, now: dt.datetime) -> int:
        """Forget challenges that expired before `now`; returns how many."""
        with self._lock:
            stale = [
                nonce
                for table in (self._open, self._used)
                for nonce, challenge in table.items()
                if challenge.expires_at < now
            ]
            for nonce in stale:
                self._open.pop(nonce, None)
                self._used.pop(nonce, None)
        return len(stale)
