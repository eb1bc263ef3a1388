"""A test NPKI: one test root, one test intermediate per accredited CA, issuing real X.509.

Nothing here is a real CA. The root is "agency-gateway TEST Root CA — not a real CA" and each
intermediate says TEST in its name ("yessignCA TEST (금융결제원 테스트)"); a relying party that
trusts real NPKI roots will never accept these certificates, and ours never accept real ones.

`NpkiAuthority.open(directory, passphrase)` creates the keys on first use and keeps them there
as PEM (CA keys encrypted with `passphrase`); opening the directory again gives the same CAs::

    root.crt.pem  root.key.pem  <ca>.crt.pem  <ca>.key.pem  issued.jsonl  revocations.json

where <ca> is a `CertificateAuthority` value (yessign, signkorea, kica, crosscert, tradesign).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from koreakit import brn, rrn
from koreakit.npki import keys, subject
from koreakit.npki.oids import DEFAULT_POLICIES, CertificateAuthority, CertificateKind, PolicyTable
from koreakit.npki.revocation import CertificateStatusStore, Revocation, build_crl
from koreakit.npki.signers import (
    Signer,
    authority_key_id,
    key_usage,
    load_signer,
    make_intermediate,
    make_root,
    save_signer,
)
from koreakit.npki.vid import VidHash, vid_other_name

DEFAULT_PASSPHRASE = "agency-gateway-test-pki"
"""[U] The CA-key passphrase when the caller sets none; this is a test PKI."""
DEFAULT_VALIDITY = dt.timedelta(days=365)
"""공동인증서 are valid for one year."""
CRL_VALIDITY = dt.timedelta(days=1)
TEST_NOTICE = "TEST certificate of agency-gateway — 테스트용 인증서이며 공동인증서가 아닙니다"

KeyFactory = Callable[[], rsa.RSAPrivateKey]


@dataclass(frozen=True)
class IssuedCertificate:
    """What `NpkiAuthority.issue` hands the holder: certificate, private key and R."""

    certificate: x509.Certificate
    private_key: rsa.RSAPrivateKey = field(repr=False)
    random_num: bytes = field(repr=False)
    ca: CertificateAuthority
    kind: CertificateKind

    @property
    def serial(self) -> int:
        return self.certificate.serial_number

    def certificate_der(self) -> bytes:
        """The `signCert.der` bytes."""
        return self.certificate.public_bytes(serialization.Encoding.DER)

    def key_file(self, password: str) -> bytes:
        """The `signPri.key` bytes: the key and R, encrypted with `password`."""
        return keys.encrypt_private_key(self.private_key, password, self.random_num)


class NpkiAuthority:
    """The five test CAs under one test root; issues, revokes and publishes CRLs."""

    def __init__(
        self,
        root: Signer,
        cas: Mapping[CertificateAuthority, Signer],
        status: CertificateStatusStore,
        *,
        policies: PolicyTable = DEFAULT_POLICIES,
        crl_base_url: str | None = None,
    ) -> None:
        self._root = root
        self._cas = dict(cas)
        self._status = status
        self.policies = policies
        self.crl_base_url = crl_base_url

    @classmethod
    def open(
        cls,
        directory: Path | str,
        passphrase: str = DEFAULT_PASSPHRASE,
        *,
        policies: PolicyTable = DEFAULT_POLICIES,
        crl_base_url: str | None = None,
        key_factory: KeyFactory = keys.generate_key,
    ) -> NpkiAuthority:
        """Load the PKI kept in `directory`, creating whatever is missing.

        Raises:
            WrongPasswordError: `passphrase` does not open the stored CA keys.
        """
        path = Path(directory)
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        secret = passphrase.encode("utf-8")
        root = load_signer(path, "root", secret) or save_signer(
            path, "root", make_root(key_factory()), secret
        )
        cas = {
            ca: load_signer(path, ca.value, secret)
            or save_signer(path, ca.value, make_intermediate(ca, root, key_factory()), secret)
            for ca in CertificateAuthority
        }
        status = CertificateStatusStore(path)
        return cls(root, cas, status, policies=policies, crl_base_url=crl_base_url)

    @classmethod
    def ephemeral(
        cls,
        *,
        policies: PolicyTable = DEFAULT_POLICIES,
        key_factory: KeyFactory = keys.generate_key,
    ) -> NpkiAuthority:
        """A PKI in memory only, gone with the object."""
        root = make_root(key_factory())
        cas = {ca: make_intermediate(ca, root, key_factory()) for ca in CertificateAuthority}
        return cls(root, cas, CertificateStatusStore(), policies=policies)

    @property
    def root_certificate(self) -> x509.Certificate:
        """The trust anchor verifiers configure."""
        return self._root.certificate

    @property
    def intermediate_certificates(self) -> list[x509.Certificate]:
        """The five CA certificates, in `CertificateAuthority` order."""
        return [self._cas[ca].certificate for ca in CertificateAuthority]

    def ca_certificate(self, ca: CertificateAuthority) -> x509.Certificate:
        return self._cas[ca].certificate

    def issue(
        self,
        ca: CertificateAuthority,
        kind: CertificateKind,
        holder: str,
        number: str,
        *,
        not_before: dt.datetime | None = None,
        not_after: dt.datetime | None = None,
        private_key: rsa.RSAPrivateKey | None = None,
        random_num: bytes | None = None,
        vid_hash: VidHash = VidHash.SHA256,
        registration_unit: str = subject.DEFAULT_REGISTRATION_UNIT,
    ) -> IssuedCertificate:
        """Issue a holder certificate of `kind` from `ca`.

        Args:
            holder: the real name: a person's name or a company's ("(주)한국이디에스").
            number: the VID's idn: the 주민등록번호 for personal kinds, the 사업자등록번호 for
                corporate ones (`CertificateKind.is_corporate`); validated, never stored.
            not_before, not_after: any aware datetimes (expired and future certificates are
                fine); by default one year from now, or one year ending at `not_after`.
            private_key, random_num: reuse a key or R (tests); new ones by default.

        Raises:
            InvalidIdentifierError: `number` is not a valid number of the holder's type.
            ValueError: `ca` does not issue `kind`, an empty name, or an empty validity.
        """
        policy = self.policies.oid_for(ca, kind)
        idn = brn.validate(number) if kind.is_corporate else rrn.validate(number).number
        if not holder.strip():
            raise ValueError("the holder's name is empty")
        start, end = _validity(not_before, not_after)
        key = private_key or keys.generate_key()
        r = random_num if random_num is not None else keys.generate_random_num()
        serial = x509.random_serial_number()
        signer = self._cas[ca]
        common_name = subject.holder_common_name(ca, holder.strip(), serial, start)
        builder = (
            x509.CertificateBuilder()
            .subject_name(
                subject.holder_name(ca, kind, common_name, registration_unit=registration_unit)
            )
            .issuer_name(signer.certificate.subject)
            .public_key(key.public_key())
            .serial_number(serial)
            .not_valid_before(start)
            .not_valid_after(end)
        )
        for extension, critical in self._holder_extensions(signer, key, ca, policy):
            builder = builder.add_extension(extension, critical=critical)
        san = x509.SubjectAlternativeName([vid_other_name(holder.strip(), idn, r, vid_hash)])
        certificate = builder.add_extension(san, critical=False).sign(signer.key, hashes.SHA256())
        self._status.record_issued(serial, ca)
        return IssuedCertificate(certificate, key, r, ca, kind)

    def _holder_extensions(
        self,
        signer: Signer,
        key: rsa.RSAPrivateKey,
        ca: CertificateAuthority,
        policy: x509.ObjectIdentifier,
    ) -> list[tuple[x509.ExtensionType, bool]]:
        usage = key_usage(digital_signature=True, content_commitment=True)
        notice = x509.UserNotice(notice_reference=None, explicit_text=TEST_NOTICE)
        extensions: list[tuple[x509.ExtensionType, bool]] = [
            (authority_key_id(signer), False),
            (x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False),
            (usage, True),
            # [U] NPKI CAs mark CertificatePolicies critical; we do too.
            (x509.CertificatePolicies([x509.PolicyInformation(policy, [notice])]), True),
        ]
        if self.crl_base_url:
            url = f"{self.crl_base_url.rstrip('/')}/{ca.value}.crl"
            point = x509.DistributionPoint([x509.UniformResourceIdentifier(url)], None, None, None)
            extensions.append((x509.CRLDistributionPoints([point]), False))
        return extensions

    def revoke(
        self,
        serial: int,
        reason: x509.ReasonFlags = x509.ReasonFlags.unspecified,
        at: dt.datetime | None = None,
    ) -> Revocation:
        """Revoke a certificate this PKI issued (at `at`, default now).

        Raises:
            KeyError: no certificate with `serial` was issued here.
        """
        ca = self._status.issuer_of(serial)
        if ca is None:
            raise KeyError(f"no certificate with serial {serial:x} was issued here")
        revocation = Revocation(serial, ca, reason, _utc(at) if at else _now())
        self._status.revoke(revocation)
        return self._status.revocation(serial) or revocation

    def is_revoked(self, serial: int, at: dt.datetime | None = None) -> bool:
        """Whether `serial` is revoked (by `at`, when given)."""
        revocation = self._status.revocation(serial)
        return revocation is not None and (at is None or revocation.revoked_at <= _utc(at))

    def revocations(self, ca: CertificateAuthority | None = None) -> list[Revocation]:
        return self._status.revocations(ca)

    def crl(
        self, ca: CertificateAuthority, *, at: dt.datetime | None = None
    ) -> x509.CertificateRevocationList:
        """The CA's CRL as of `at` (default now), valid for one day."""
        this_update = _utc(at) if at else _now()
        signer = self._cas[ca]
        return build_crl(
            signer.certificate,
            signer.key,
            self._status.revocations(ca),
            this_update=this_update,
            next_update=this_update + CRL_VALIDITY,
        )

    def crls(self, *, at: dt.datetime | None = None) -> list[x509.CertificateRevocationList]:
        """One CRL per CA."""
        return [self.crl(ca, at=at) for ca in CertificateAuthority]


def _validity(
    not_before: dt.datetime | None, not_after: dt.datetime | None
) -> tuple[dt.datetime, dt.datetime]:
    if not_before is None:
        not_before = _utc(not_after) - DEFAULT_VALIDITY if not_after else _now()
    start = _utc(not_before)
    end = _utc(not_after) if not_after else start + DEFAULT_VALIDITY
    if end <= start:
        raise ValueError("not_after must be later than not_before")
    return start, end


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        raise ValueError("datetimes must be timezone-aware")
    return moment.astimezone(dt.UTC).replace(microsecond=0)
