"""Challenges: signed once, before they expire, by the certificate's own key."""

from __future__ import annotations

import base64
import datetime as dt

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from koreakit.npki.challenge import ChallengeLedger, new_challenge, sign_challenge
from koreakit.npki.errors import (
    BadSignatureError,
    CertificateErrorCode,
    ChallengeExpiredError,
    ChallengeReplayedError,
    UnknownChallengeError,
)
from koreakit.npki.verify import verify_signature
from tests.koreakit.npki.support import NOW, Issuer

TTL = dt.timedelta(minutes=5)


def test_nonce_is_32_random_bytes_in_base64url() -> None:
    challenge = new_challenge(NOW, TTL)

    raw = base64.urlsafe_b64decode(challenge.nonce + "=")
    assert len(raw) == 32
    assert "=" not in challenge.nonce
    assert challenge.expires_at == NOW + TTL
    assert new_challenge(NOW, TTL).nonce != challenge.nonce


def test_signature_over_the_challenge_verifies(
    issuer: Issuer, holder_key: rsa.RSAPrivateKey
) -> None:
    cert = issuer.personal().certificate
    challenge = new_challenge(NOW, TTL)

    signature = sign_challenge(holder_key, challenge.payload)

    verify_signature(cert, challenge.payload, signature)


def test_tampered_signature_is_refused(issuer: Issuer, holder_key: rsa.RSAPrivateKey) -> None:
    cert = issuer.personal().certificate
    challenge = new_challenge(NOW, TTL)
    signature = bytearray(sign_challenge(holder_key, challenge.payload))
    signature[-1] ^= 0x01

    with pytest.raises(BadSignatureError) as caught:
        verify_signature(cert, challenge.payload, bytes(signature))

    assert caught.value.code is CertificateErrorCode.BAD_SIGNATURE


def test_signature_over_another_challenge_is_refused(
    issuer: Issuer, holder_key: rsa.RSAPrivateKey
) -> None:
    cert = issuer.personal().certificate
    signed, presented = new_challenge(NOW, TTL), new_challenge(NOW, TTL)

    with pytest.raises(BadSignatureError):
        verify_signature(cert, presented.payload, sign_challenge(holder_key, signed.payload))


def test_signature_by_another_key_is_refused(issuer: Issuer, other_key: rsa.RSAPrivateKey) -> None:
    cert = issuer.personal().certificate
    challenge = new_challenge(NOW, TTL)

    with pytest.raises(BadSignatureError):
        verify_signature(cert, challenge.payload, sign_challenge(other_key, challenge.payload))


def test_challenge_is_consumed_once() -> None:
    ledger = ChallengeLedger(TTL)
    challenge = ledger.issue(NOW)

    assert ledger.consume(challenge.nonce, NOW + dt.timedelta(seconds=10)) == challenge


def test_replayed_challenge_is_refused() -> None:
    ledger = ChallengeLedger(TTL)
    challenge = ledger.issue(NOW)
    ledger.consume(challenge.nonce, NOW)

    with pytest.raises(ChallengeReplayedError) as caught:
        ledger.consume(challenge.nonce, NOW)

    assert caught.value.code is CertificateErrorCode.REPLAYED


def test_expired_challenge_is_refused_and_used_up() -> None:
    ledger = ChallengeLedger(TTL)
    challenge = ledger.issue(NOW)

    with pytest.raises(ChallengeExpiredError) as caught:
        ledger.consume(challenge.nonce, NOW + TTL + dt.timedelta(seconds=1))

    assert caught.value.code is CertificateErrorCode.CHALLENGE_EXPIRED
    with pytest.raises(ChallengeReplayedError):
        ledger.consume(challenge.nonce, NOW)


def test_challenge_not_issued_here_is_refused() -> None:
    ledger = ChallengeLedger(TTL)
    foreign = new_challenge(NOW, TTL)

    with pytest.raises(UnknownChallengeError) as caught:
        ledger.consume(foreign.nonce, NOW)

    assert caught.value.code is CertificateErrorCode.UNKNOWN_CHALLENGE


def test_purge_forgets_expired_challenges() -> None:
    ledger = ChallengeLedger(TTL)
    old = ledger.issue(NOW)
    fresh = ledger.issue(NOW + TTL)

    assert ledger.purge(NOW + TTL + dt.timedelta(seconds=1)) == 1

    with pytest.raises(UnknownChallengeError):
        ledger.consume(old.nonce, NOW)
    ledger.consume(fresh.nonce, NOW + TTL)
