"""The holder's side: an NPKI folder opened with its password answers challenges."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from koreakit.npki.authority import NpkiAuthority
from koreakit.npki.challenge import ChallengeLedger
from koreakit.npki.errors import (
    MalformedCertificateError,
    OwnerMismatchError,
    WrongPasswordError,
)
from koreakit.npki.holder import CertificateHolder, Proof, save_folder
from koreakit.npki.oids import CertificateKind
from koreakit.npki.verify import verify_certificate, verify_owner, verify_signature
from tests.koreakit.npki.support import BRN, NOW, PASSWORD, RRN, Issuer


def _folder(issuer: Issuer, tmp_path: Path, *, corporate: bool = True) -> Path:
    issued = issuer.corporate() if corporate else issuer.personal()
    return save_folder(
        tmp_path / "cert", issued.certificate, issued.private_key, issued.random_num, PASSWORD
    )


def test_proof_from_a_folder_passes_every_agency_check(
    issuer: Issuer, authority: NpkiAuthority, tmp_path: Path
) -> None:
    # given an agency's challenge and a holder folder with NPKI file names
    folder = _folder(issuer, tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == ["signCert.der", "signPri.key"]
    ledger = ChallengeLedger(dt.timedelta(minutes=5))
    challenge = ledger.issue(NOW)

    # when the holder proves with the company's number
    holder = CertificateHolder.load(folder, PASSWORD)
    proof = Proof.from_json(json.loads(json.dumps(holder.prove(challenge, BRN))))

    # then the agency's checks all pass
    ledger.consume(proof.nonce, NOW + dt.timedelta(seconds=30))
    verified = verify_certificate(
        proof.certificate,
        trust_root=authority.root_certificate,
        intermediates=authority.intermediate_certificates,
        at=NOW,
        revoked=authority.is_revoked,
        accepted_kinds={CertificateKind.CORPORATE_GENERAL},
    )
    verify_signature(verified.certificate, challenge.payload, proof.signature)
    verify_owner(verified.certificate, BRN, proof.random_num)


def test_proof_without_a_number_carries_no_r(issuer: Issuer, tmp_path: Path) -> None:
    holder = CertificateHolder.load(_folder(issuer, tmp_path), PASSWORD)

    proof = holder.prove("nonce-1")

    assert set(proof) == {"certificate", "signature", "signatureAlgorithm", "challenge"}
    assert proof["challenge"] == "nonce-1"


def test_proof_never_contains_the_resident_number(issuer: Issuer, tmp_path: Path) -> None:
    holder = CertificateHolder.load(_folder(issuer, tmp_path, corporate=False), PASSWORD)

    proof = holder.prove("nonce-2", RRN)

    assert "randomNum" in proof
    assert RRN not in json.dumps(proof)


def test_holder_learns_of_a_wrong_number_before_sending(issuer: Issuer, tmp_path: Path) -> None:
    holder = CertificateHolder.load(_folder(issuer, tmp_path), PASSWORD)

    with pytest.raises(OwnerMismatchError):
        holder.prove("nonce-3", "1208200275")


def test_folder_with_a_wrong_password_is_refused(issuer: Issuer, tmp_path: Path) -> None:
    with pytest.raises(WrongPasswordError):
        CertificateHolder.load(_folder(issuer, tmp_path), "wrong-password-0")


def test_malformed_proof_is_refused() -> None:
    with pytest.raises(MalformedCertificateError):
        Proof.from_json({"certificate": "not base64!", "signature": "", "challenge": "x"})
