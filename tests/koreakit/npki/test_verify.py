"""Agency-side verification: chain, validity on the agency's clock, revocation, kind, owner."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from koreakit.npki.authority import NpkiAuthority
from koreakit.npki.errors import (
    CertificateErrorCode,
    CertificateExpiredError,
    CertificateNotYetValidError,
    CertificateRevokedError,
    KindNotAcceptedError,
    MalformedCertificateError,
    NoIdentifyDataError,
    OwnerMismatchError,
    UntrustedCertificateError,
)
from koreakit.npki.oids import CertificateAuthority, CertificateKind
from koreakit.npki.verify import (
    RevocationCheck,
    VerifiedCertificate,
    verify_certificate,
    verify_owner,
)
from tests.koreakit.npki.support import BRN, COMPANY, NOW, RRN, Issuer

CORPORATE_ONLY = {CertificateKind.CORPORATE_GENERAL}
SEED_EXPIRY = dt.datetime(2023, 11, 4, 23, 59, 59, tzinfo=dt.timezone(dt.timedelta(hours=9)))


def _verify(
    authority: NpkiAuthority,
    cert: x509.Certificate | bytes | str,
    *,
    at: dt.datetime = NOW,
    revoked: RevocationCheck | None = None,
    accepted_kinds: set[CertificateKind] | None = None,
) -> VerifiedCertificate:
    return verify_certificate(
        cert,
        trust_root=authority.root_certificate,
        intermediates=authority.intermediate_certificates,
        at=at,
        revoked=revoked if revoked is not None else authority.is_revoked,
        accepted_kinds=accepted_kinds,
    )


def test_valid_corporate_certificate_verifies(issuer: Issuer, authority: NpkiAuthority) -> None:
    issued = issuer.corporate()

    verified = _verify(authority, issued.certificate, accepted_kinds=CORPORATE_ONLY)

    assert verified.holder_name == COMPANY
    assert verified.ca is CertificateAuthority.YESSIGN
    assert verified.kind is CertificateKind.CORPORATE_GENERAL
    assert verified.policy_oid == "1.2.410.200005.1.1.5"
    assert verified.serial_hex == f"{issued.serial:X}"


def test_pem_and_der_are_accepted(issuer: Issuer, authority: NpkiAuthority) -> None:
    cert = issuer.personal().certificate
    pem = cert.public_bytes(serialization.Encoding.PEM)

    assert _verify(authority, pem.decode()).serial == cert.serial_number
    assert _verify(authority, cert.public_bytes(serialization.Encoding.DER)).serial == (
        cert.serial_number
    )


def test_expired_certificate_is_refused(issuer: Issuer, authority: NpkiAuthority) -> None:
    # given the seed's corporate certificate that expired on 2023-11-04
    issued = issuer.corporate(not_before=None, not_after=SEED_EXPIRY)

    # then it verified the day before and fails on the agency's clock now
    _verify(authority, issued.certificate, at=SEED_EXPIRY - dt.timedelta(days=1))
    with pytest.raises(CertificateExpiredError) as caught:
        _verify(authority, issued.certificate, at=SEED_EXPIRY + dt.timedelta(seconds=1))
    assert caught.value.code is CertificateErrorCode.EXPIRED


def test_not_yet_valid_certificate_is_refused(issuer: Issuer, authority: NpkiAuthority) -> None:
    issued = issuer.personal(not_before=NOW + dt.timedelta(days=1), not_after=None)

    with pytest.raises(CertificateNotYetValidError) as caught:
        _verify(authority, issued.certificate)

    assert caught.value.code is CertificateErrorCode.NOT_YET_VALID


def test_revoked_certificate_is_refused(issuer: Issuer, authority: NpkiAuthority) -> None:
    # given a certificate revoked yesterday
    issued = issuer.personal()
    authority.revoke(issued.serial, x509.ReasonFlags.key_compromise, NOW - dt.timedelta(days=1))

    # then the authority's status refuses it
    with pytest.raises(CertificateRevokedError) as caught:
        _verify(authority, issued.certificate)
    assert caught.value.code is CertificateErrorCode.REVOKED


def test_revoked_certificate_is_refused_by_crl(issuer: Issuer, authority: NpkiAuthority) -> None:
    # given a certificate revoked yesterday and the CAs' current CRLs
    issued = issuer.corporate(ca=CertificateAuthority.CROSSCERT)
    authority.revoke(issued.serial, at=NOW - dt.timedelta(days=1))
    crls = authority.crls(at=NOW)

    # then a verifier holding only the CRLs refuses it
    with pytest.raises(CertificateRevokedError):
        _verify(authority, issued.certificate, revoked=crls)
    # and one looking back before the revocation accepts it
    _verify(authority, issued.certificate, at=NOW - dt.timedelta(days=2), revoked=crls)


def test_crl_of_another_authority_is_ignored(
    issuer: Issuer, authority: NpkiAuthority, other_authority: NpkiAuthority
) -> None:
    issued = issuer.personal()

    verified = _verify(authority, issued.certificate, revoked=other_authority.crls(at=NOW))

    assert verified.serial == issued.serial


def test_certificate_of_another_root_is_untrusted(
    authority: NpkiAuthority, other_authority: NpkiAuthority, holder_key: rsa.RSAPrivateKey
) -> None:
    # given a certificate from a second PKI with the same CA names
    stranger = Issuer(other_authority, holder_key).corporate()

    # then it does not chain to our root, whatever intermediates come along
    for intermediates in (
        authority.intermediate_certificates,
        authority.intermediate_certificates + other_authority.intermediate_certificates,
    ):
        with pytest.raises(UntrustedCertificateError) as caught:
            verify_certificate(
                stranger.certificate,
                trust_root=authority.root_certificate,
                intermediates=intermediates,
                at=NOW,
            )
        assert caught.value.code is CertificateErrorCode.UNTRUSTED_CA


def test_missing_intermediate_is_untrusted(issuer: Issuer, authority: NpkiAuthority) -> None:
    issued = issuer.personal(ca=CertificateAuthority.TRADESIGN)

    with pytest.raises(UntrustedCertificateError):
        verify_certificate(
            issued.certificate, trust_root=authority.root_certificate, intermediates=[], at=NOW
        )


def test_personal_certificate_where_corporate_needed_is_refused(
    issuer: Issuer, authority: NpkiAuthority
) -> None:
    issued = issuer.personal()

    with pytest.raises(KindNotAcceptedError) as caught:
        _verify(authority, issued.certificate, accepted_kinds=CORPORATE_ONLY)

    assert caught.value.code is CertificateErrorCode.KIND_NOT_ACCEPTED


def test_limited_use_certificate_where_general_needed_is_refused(
    issuer: Issuer, authority: NpkiAuthority
) -> None:
    issued = issuer.issue(CertificateKind.CORPORATE_BANKING, COMPANY, BRN)

    with pytest.raises(KindNotAcceptedError):
        _verify(authority, issued.certificate, accepted_kinds=CORPORATE_ONLY)


def test_owner_check_accepts_the_holders_number(issuer: Issuer) -> None:
    issued = issuer.corporate()

    verify_owner(issued.certificate, "663-85-01035", issued.random_num)


def test_owner_mismatch_is_refused(issuer: Issuer) -> None:
    issued = issuer.corporate()

    with pytest.raises(OwnerMismatchError) as caught:
        verify_owner(issued.certificate, "1208200275", issued.random_num)
    assert caught.value.code is CertificateErrorCode.OWNER_MISMATCH
    with pytest.raises(OwnerMismatchError):
        verify_owner(issued.certificate, BRN, bytes(20))


def test_owner_check_without_r_is_refused(issuer: Issuer) -> None:
    issued = issuer.personal()

    with pytest.raises(NoIdentifyDataError) as caught:
        verify_owner(issued.certificate, RRN, None)

    assert caught.value.code is CertificateErrorCode.NO_IDENTIFY_DATA
    assert caught.value.message_ko == "주민/사업자번호를 확인할 수 없는 인증서입니다."


def test_malformed_certificate_is_refused(authority: NpkiAuthority) -> None:
    with pytest.raises(MalformedCertificateError) as caught:
        _verify(authority, b"\x30\x00")

    assert caught.value.code is CertificateErrorCode.MALFORMED_CERTIFICATE


def test_naive_clock_is_a_programming_error(issuer: Issuer, authority: NpkiAuthority) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        _verify(authority, issuer.personal().certificate, at=NOW.replace(tzinfo=None))
