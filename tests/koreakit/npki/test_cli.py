"""`agency-gateway certs issue` and `certs sign`: a holder's round trip from the shell."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import pytest

from agency_gateway import certs
from koreakit.npki.authority import NpkiAuthority
from koreakit.npki.challenge import challenge_payload
from koreakit.npki.errors import CertificateExpiredError
from koreakit.npki.holder import Proof
from koreakit.npki.oids import CertificateAuthority, CertificateKind
from koreakit.npki.verify import verify_certificate, verify_owner, verify_signature
from tests.koreakit.npki.support import BRN, COMPANY, PASSPHRASE, PASSWORD, RRN

NONCE = "q3Zt0cH4bGx0Yp0m1w2e3r4t5y6u7i8o9p0a1s2d3f4"


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="agency-gateway")
    certs.add_parser(parser.add_subparsers(dest="command", required=True))
    return certs.run(parser.parse_args(argv))


def _sign(cert_dir: Path, *options: str) -> int:
    return _run(["certs", "sign", "--cert-dir", str(cert_dir), "--challenge", NONCE, *options])


def _issue(out: Path, pki_dir: Path, *options: str, **fields: str) -> int:
    """`certs issue` with the company's fields unless overridden (ca=, kind=, name=, number=)."""
    values = {"ca": "yessign", "kind": "corporate", "name": COMPANY, "number": BRN} | fields
    argv = ["certs", "issue", "--out", str(out), "--pki-dir", str(pki_dir)]
    for name, value in values.items():
        argv += [f"--{name}", value]
    return _run([*argv, *options])


@pytest.fixture(autouse=True)
def _pki_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(certs.PKI_PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.delenv(certs.PASSWORD_ENV, raising=False)


def test_issue_then_sign_gives_a_proof_the_agency_accepts(
    authority: NpkiAuthority, pki_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # given a corporate certificate issued from the shared test PKI
    out = tmp_path / "kotra-cert"
    status = _issue(out, pki_dir, "--password", PASSWORD)
    assert status == 0
    assert sorted(p.name for p in out.iterdir()) == ["signCert.der", "signPri.key"]
    capsys.readouterr()

    # when the holder signs an agency's challenge with the owner check
    status = _sign(out, "--number", BRN, "--password", PASSWORD)
    assert status == 0
    proof = Proof.from_json(json.loads(capsys.readouterr().out))

    # then every agency check passes
    now = dt.datetime.now(dt.UTC)
    verified = verify_certificate(
        proof.certificate,
        trust_root=authority.root_certificate,
        intermediates=authority.intermediate_certificates,
        at=now,
        revoked=authority.is_revoked,
        accepted_kinds={CertificateKind.CORPORATE_GENERAL},
    )
    assert (verified.ca, verified.holder_name) == (CertificateAuthority.YESSIGN, COMPANY)
    assert proof.nonce == NONCE
    verify_signature(verified.certificate, challenge_payload(NONCE), proof.signature)
    verify_owner(verified.certificate, BRN, proof.random_num)


def test_issue_an_expired_certificate_like_the_seeds(
    authority: NpkiAuthority,
    pki_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(certs.PASSWORD_ENV, PASSWORD)
    out = tmp_path / "expired"

    status = _issue(
        out, pki_dir, "--not-after", "2023-11-04", ca="signkorea", name="한국고용정보원"
    )

    assert status == 0
    printed = capsys.readouterr().out
    assert PASSWORD not in printed
    assert "2023-11-04T14:59:59+00:00" in printed  # 23:59:59 KST
    with pytest.raises(CertificateExpiredError):
        verify_certificate(
            (out / "signCert.der").read_bytes(),
            trust_root=authority.root_certificate,
            intermediates=authority.intermediate_certificates,
            at=dt.datetime(2023, 11, 5, tzinfo=dt.UTC),
        )


def test_issue_never_prints_the_resident_number(
    pki_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = _issue(
        tmp_path / "p",
        pki_dir,
        "--password",
        PASSWORD,
        ca="kica",
        kind="personal",
        name="홍길동",
        number=RRN,
    )

    captured = capsys.readouterr()
    assert status == 0
    assert RRN not in captured.out + captured.err
    assert "900101-1******" in captured.out


def test_sign_with_a_wrong_password_fails_without_echoing_it(
    pki_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cert"
    _issue(out, pki_dir, "--password", PASSWORD, ca="crosscert")
    capsys.readouterr()

    status = _sign(out, "--password", "wrong-password-123")

    captured = capsys.readouterr()
    assert status == 1
    assert "인증서 암호가 올바르지 않습니다" in captured.err
    assert "wrong-password-123" not in captured.out + captured.err


def test_issue_refuses_an_invalid_business_number(
    pki_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = _issue(tmp_path / "x", pki_dir, "--password", PASSWORD, number="6638501036")

    assert status == 2
    assert "검증번호" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_issue_refuses_a_short_password(
    pki_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = _issue(tmp_path / "x", pki_dir, "--password", "short")

    assert status == 2
    assert "10자 이상" in capsys.readouterr().err
