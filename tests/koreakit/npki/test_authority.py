"""The test PKI: persistent CAs, NPKI-style certificates, revocation and CRLs."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from koreakit.errors import IdentifierErrorCode, InvalidIdentifierError
from koreakit.npki.authority import NpkiAuthority
from koreakit.npki.errors import WrongPasswordError
from koreakit.npki.oids import DEFAULT_POLICIES, CertificateAuthority, CertificateKind
from koreakit.npki.verify import verify_certificate
from tests.koreakit.npki.support import (
    BRN,
    COMPANY,
    NOW,
    PASSPHRASE,
    PERSON,
    RRN,
    VALID_FROM,
    VALID_UNTIL,
    Issuer,
)

PAIRS = sorted(DEFAULT_POLICIES.primary, key=lambda pair: (pair[0].value, pair[1].value))


@pytest.mark.parametrize(("ca", "kind"), PAIRS, ids=lambda v: v.value)
def test_issued_certificate_parses_back_to_its_policy_ca_and_kind(
    issuer: Issuer, authority: NpkiAuthority, ca: CertificateAuthority, kind: CertificateKind
) -> None:
    # given a certificate of every kind every CA issues
    holder, number = (COMPANY, BRN) if kind.is_corporate else (PERSON, RRN)
    issued = issuer.issue(kind, holder, number, ca=ca)
    reparsed = x509.load_der_x509_certificate(issued.certificate_der())

    # when an agency verifies it
    verified = verify_certificate(
        reparsed,
        trust_root=authority.root_certificate,
        intermediates=authority.intermediate_certificates,
        at=NOW,
    )

    # then it reads the CA's policy OID, the CA, the kind and the holder
    policies = reparsed.extensions.get_extension_for_class(x509.CertificatePolicies)
    assert policies.critical
    assert policies.value[0].policy_identifier == DEFAULT_POLICIES.oid_for(ca, kind)
    assert (verified.ca, verified.kind, verified.holder_name) == (ca, kind, holder)
    assert verified.serial == issued.serial
    assert (verified.not_before, verified.not_after) == (VALID_FROM, VALID_UNTIL)


def test_personal_subject_is_npki_style(issuer: Issuer) -> None:
    cert = issuer.personal().certificate

    cn = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    units = [a.value for a in cert.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)]
    assert re.fullmatch(r"홍길동\(\)\d{22}", str(cn))
    assert units == ["personal", "TESTRA"]
    assert cert.subject.rfc4514_string().endswith(",OU=TESTRA,OU=personal,O=yessign,C=KR")
    assert "TEST" in cert.issuer.rfc4514_string()


def test_corporate_subject_names_the_ca_and_the_use(issuer: Issuer) -> None:
    yessign = issuer.corporate().certificate
    signkorea = issuer.corporate(ca=CertificateAuthority.SIGNKOREA).certificate

    assert re.match(
        r"CN=\(주\)한국이디에스\(\)\d{22},OU=TESTRA,OU=corporation4EC,O=yessign,C=KR$",
        yessign.subject.rfc4514_string(),
    )
    assert re.match(
        r"CN=\(주\)한국이디에스_\d{10},.*,O=SignKorea,C=KR$", signkorea.subject.rfc4514_string()
    )


def test_key_usage_is_digital_signature_and_non_repudiation(issuer: Issuer) -> None:
    usage = issuer.personal().certificate.extensions.get_extension_for_class(x509.KeyUsage)

    assert usage.critical
    assert usage.value.digital_signature
    assert usage.value.content_commitment
    assert not usage.value.key_cert_sign
    assert issuer.personal().certificate.version is x509.Version.v3


def test_new_holder_keys_are_rsa_2048(authority: NpkiAuthority) -> None:
    # the one test that lets the CA generate a holder key (about 0.1 s)
    issued = authority.issue(
        CertificateAuthority.KICA, CertificateKind.PERSONAL_GENERAL, PERSON, RRN
    )

    assert issued.private_key.key_size == 2048
    assert issued.certificate.public_key() == issued.private_key.public_key()
    assert len(issued.random_num) == 20


def test_validity_defaults_to_one_year_ending_at_not_after(issuer: Issuer) -> None:
    expiry = dt.datetime(2023, 11, 4, 14, 59, 59, tzinfo=dt.UTC)

    cert = issuer.corporate(not_before=None, not_after=expiry).certificate

    assert cert.not_valid_after_utc == expiry
    assert cert.not_valid_after_utc - cert.not_valid_before_utc == dt.timedelta(days=365)


def test_a_personal_kind_needs_a_resident_number(issuer: Issuer) -> None:
    with pytest.raises(InvalidIdentifierError) as caught:
        issuer.issue(CertificateKind.PERSONAL_GENERAL, PERSON, BRN)

    assert caught.value.code is IdentifierErrorCode.RRN_FORMAT


def test_a_corporate_kind_needs_a_valid_business_number(issuer: Issuer) -> None:
    with pytest.raises(InvalidIdentifierError) as caught:
        issuer.issue(CertificateKind.CORPORATE_GENERAL, COMPANY, "6638501036")

    assert caught.value.code is IdentifierErrorCode.BRN_CHECK_DIGIT


def test_reopening_the_directory_gives_the_same_cas(
    authority: NpkiAuthority, pki_dir: Path
) -> None:
    reopened = NpkiAuthority.open(pki_dir, PASSPHRASE)

    assert reopened.root_certificate == authority.root_certificate
    assert reopened.intermediate_certificates == authority.intermediate_certificates
    assert sorted(p.name for p in pki_dir.glob("*.pem")) == sorted(
        [
            f"{name}.{part}.pem"
            for name in ["root", *(ca.value for ca in CertificateAuthority)]
            for part in ("crt", "key")
        ]
    )
    assert b"ENCRYPTED PRIVATE KEY" in (pki_dir / "root.key.pem").read_bytes()


def test_reopening_with_a_wrong_passphrase_is_refused(
    authority: NpkiAuthority, pki_dir: Path
) -> None:
    with pytest.raises(WrongPasswordError):
        NpkiAuthority.open(pki_dir, "not the passphrase")


def test_ca_certificates_are_clearly_test_cas(authority: NpkiAuthority) -> None:
    root = authority.root_certificate.subject.rfc4514_string()
    yessign = authority.ca_certificate(CertificateAuthority.YESSIGN).subject

    assert "agency-gateway TEST Root CA — not a real CA" in root
    assert yessign.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == (
        "yessignCA TEST (금융결제원 테스트)"
    )


def test_revocation_is_kept_across_reopening(
    issuer: Issuer, authority: NpkiAuthority, pki_dir: Path
) -> None:
    # given a revoked certificate
    issued = issuer.personal()
    at = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
    authority.revoke(issued.serial, x509.ReasonFlags.key_compromise, at)

    # when the directory is opened again
    reopened = NpkiAuthority.open(pki_dir, PASSPHRASE)

    # then the revocation is there, effective from its time
    assert reopened.is_revoked(issued.serial)
    assert reopened.is_revoked(issued.serial, at=at)
    assert not reopened.is_revoked(issued.serial, at=at - dt.timedelta(seconds=1))
    assert not reopened.is_revoked(issuer.personal().serial)


def test_revoking_an_unknown_serial_is_refused(authority: NpkiAuthority) -> None:
    with pytest.raises(KeyError):
        authority.revoke(12345)


def test_crl_is_signed_by_the_ca_and_lists_the_revocation(
    issuer: Issuer, authority: NpkiAuthority
) -> None:
    # given a KICA certificate revoked for key compromise
    issued = issuer.personal(ca=CertificateAuthority.KICA)
    authority.revoke(issued.serial, x509.ReasonFlags.key_compromise, NOW)

    # when KICA publishes its CRL
    crl = authority.crl(CertificateAuthority.KICA, at=NOW + dt.timedelta(hours=1))

    # then it is a valid CRL of that CA listing the serial with its reason
    ca = authority.ca_certificate(CertificateAuthority.KICA)
    ca_key = ca.public_key()
    assert isinstance(ca_key, rsa.RSAPublicKey)
    assert crl.issuer == ca.subject
    assert crl.is_signature_valid(ca_key)
    entry = crl.get_revoked_certificate_by_serial_number(issued.serial)
    assert entry is not None
    assert entry.revocation_date_utc == NOW
    reason = entry.extensions.get_extension_for_class(x509.CRLReason).value.reason
    assert reason is x509.ReasonFlags.key_compromise
    other_ca = authority.crl(CertificateAuthority.YESSIGN, at=NOW + dt.timedelta(hours=1))
    assert other_ca.get_revoked_certificate_by_serial_number(issued.serial) is None
