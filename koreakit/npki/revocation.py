"""What a test CA remembers about its certificates: who issued each serial, and revocations.

Kept in memory and, when the authority has a directory, in two small files there:
`issued.jsonl` (one line per certificate, appended) and `revocations.json` (rewritten
atomically). Another process using the same directory (the `certs` CLI and the `pki` mock, say)
sees new lines on its next miss; the store is meant for one writer at a time.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa

from koreakit.npki.oids import CertificateAuthority

ISSUED_FILE = "issued.jsonl"
REVOCATIONS_FILE = "revocations.json"


@dataclass(frozen=True)
class Revocation:
    """One revoked certificate."""

    serial: int
    ca: CertificateAuthority
    reason: x509.ReasonFlags
    revoked_at: dt.datetime


class CertificateStatusStore:
    """Serial → issuing CA, and the revocations, optionally persisted under `directory`."""

    def __init__(self, directory: Path | None = None) -> None:
        self._directory = directory
        self._issued: dict[int, CertificateAuthority] = {}
        self._revoked: dict[int, Revocation] = {}
        self.reload()

    def reload(self) -> None:
        """Re-read both files (no-op without a directory)."""
        if self._directory is None:
            return
        issued = self._directory / ISSUED_FILE
        if issued.exists():
            for line in issued.read_text("utf-8").splitlines():
                if line.strip():
                    record = json.loads(line)
                    self._issued[int(record["serial"])] = CertificateAuthority(record["ca"])
        revocations = self._directory / REVOCATIONS_FILE
        if revocations.exists():
            records = json.loads(revocations.read_text("utf-8"))
            self._revoked = {int(r["serial"]): _revocation_from_json(r) for r in records}

    def record_issued(self, serial: int, ca: CertificateAuthority) -> None:
        self._issued[serial] = ca
        if self._directory is not None:
            line = json.dumps({"serial": str(serial), "ca": ca.value}) + "\n"
            with (self._directory / ISSUED_FILE).open("a", encoding="utf-8") as file:
                file.write(line)

    def issuer_of(self, serial: int) -> CertificateAuthority | None:
        """The CA that issued `serial`, re-reading the files once on a miss."""
        if serial not in self._issued:
            self.reload()
        return self._issued.get(serial)

    def revoke(self, revocation: Revocation) -> None:
        """Record a revocation; a second revocation of one serial keeps the first."""
        self.reload()
        if revocation.serial in self._revoked:
            return
        self._revoked[revocation.serial] = revocation
        if self._directory is not None:
            records = [_revocation_to_json(r) for r in self._revoked.values()]
            _replace(self._directory / REVOCATIONS_FILE, json.dumps(records, indent=1))

    def revocation(self, serial: int) -> Revocation | None:
        return self._revoked.get(serial)

    def revocations(self, ca: CertificateAuthority | None = None) -> list[Revocation]:
        """Every revocation (of one CA), oldest first."""
        found = [r for r in self._revoked.values() if ca is None or r.ca is ca]
        return sorted(found, key=lambda r: (r.revoked_at, r.serial))


def build_crl(
    issuer: x509.Certificate,
    issuer_key: rsa.RSAPrivateKey,
    revocations: list[Revocation],
    *,
    this_update: dt.datetime,
    next_update: dt.datetime,
) -> x509.CertificateRevocationList:
    """A signed X.509 v2 CRL listing the revocations made up to `this_update`.

    The CRL number is `this_update` in Unix seconds, so later CRLs of one CA carry larger ones.
    """
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer.subject)
        .last_update(this_update)
        .next_update(next_update)
        .add_extension(x509.CRLNumber(int(this_update.timestamp())), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
    )
    for revocation in revocations:
        if revocation.revoked_at > this_update:
            continue
        entry = (
            x509.RevokedCertificateBuilder()
            .serial_number(revocation.serial)
            .revocation_date(revocation.revoked_at)
        )
        if revocation.reason is not x509.ReasonFlags.unspecified:
            entry = entry.add_extension(x509.CRLReason(revocation.reason), critical=False)
        builder = builder.add_revoked_certificate(entry.build())
    return builder.sign(issuer_key, hashes.SHA256())


def _revocation_to_json(revocation: Revocation) -> dict[str, str]:
    return {
        "serial": str(revocation.serial),
        "ca": revocation.ca.value,
        "reason": revocation.reason.value,
        "revoked_at": revocation.revoked_at.isoformat(),
    }


def _revocation_from_json(record: dict[str, str]) -> Revocation:
    return Revocation(
        serial=int(record["serial"]),
        ca=CertificateAuthority(record["ca"]),
        reason=x509.ReasonFlags(record["reason"]),
        revoked_at=dt.datetime.fromisoformat(record["revoked_at"]),
    )


def _replace(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, "utf-8")
    os.replace(temporary, path)
