"""Verification of an NPKI certificate and its holder, as every agency mock does it.

`verify_certificate` checks, in order, and raises the first failure:

1. the bytes are a certificate (MALFORMED_CERTIFICATE);
2. it chains to the trusted test root through the given intermediates (UNTRUSTED_CA), checked
   with `cryptography.x509.verification` at a moment inside the certificate's own validity, so
   that the next step can say *why* the time is wrong;
3. the agency's clock `at` is inside the validity period (NOT_YET_VALID, EXPIRED);
4. the certificate is not revoked by `at` (REVOKED), asked of a callback or read from CRLs
   signed by the issuing CA (a CRL past its nextUpdate is still read: the test CAs publish on
   demand);
5. its policy OID names a kind the agency accepts (KIND_NOT_ACCEPTED).

`verify_owner` is the 본인확인 step (OWNER_MISMATCH) and `verify_signature` checks the
holder's signature over a challenge (BAD_SIGNATURE).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509 import verification
from cryptography.x509.oid import NameOID

from koreakit.npki.errors import (
    BadSignatureError,
    CertificateExpiredError,
    CertificateNotYetValidError,
    CertificateRevokedError,
    KindNotAcceptedError,
    MalformedCertificateError,
    NoIdentifyDataError,
    OwnerMismatchError,
    UntrustedCertificateError,
)
from koreakit.npki.oids import DEFAULT_POLICIES, CertificateAuthority, CertificateKind, PolicyTable
from koreakit.npki.subject import name_from_common_name
from koreakit.npki.vid import identify_data, real_name, verify_vid

RevocationCheck = Callable[[int], bool] | Iterable[x509.CertificateRevocationList]
"""Either a callback `serial -> revoked?` or the CRLs to consult."""


@dataclass(frozen=True)
class VerifiedCertificate:
    """A certificate that passed `verify_certificate`, with what agencies show and store."""

    certificate: x509.Certificate
    holder_name: str
    """The real name in the VID data, else the name part of the CN."""
    subject: str
    """The subject DN in RFC 4514 form: "CN=홍길동()00…,OU=TESTRA,OU=personal,O=yessign,C=KR"."""
    ca: CertificateAuthority
    kind: CertificateKind
    policy_oid: str
    serial: int
    not_before: dt.datetime
    not_after: dt.datetime

    @property
    def serial_hex(self) -> str:
        """The serial number as CAs print it: upper-case hex."""
        return f"{self.serial:X}"


def load_certificate(data: x509.Certificate | bytes | str) -> x509.Certificate:
    """A certificate from PEM (text or bytes) or DER.

    Raises:
        MalformedCertificateError: not a parseable X.509 certificate.
    """
    if isinstance(data, x509.Certificate):
        return data
    raw = data.encode("ascii", "replace") if isinstance(data, str) else data
    try:
        if raw.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_certificate(raw)
        return x509.load_der_x509_certificate(raw)
    except ValueError:
        raise MalformedCertificateError() from None


def verify_certificate(
    certificate: x509.Certificate | bytes | str,
    *,
    trust_root: x509.Certificate,
    intermediates: Sequence[x509.Certificate] = (),
    at: dt.datetime,
    revoked: RevocationCheck | None = None,
    accepted_kinds: Collection[CertificateKind] | None = None,
    policies: PolicyTable = DEFAULT_POLICIES,
) -> VerifiedCertificate:
    """Check a holder certificate for an agency; see the module docstring for the order.

    Args:
        certificate: the certificate, or its PEM or DER.
        trust_root: the test root; nothing else is trusted.
        intermediates: the CA certificates that may link the holder to the root.
        at: the agency's clock (timezone-aware).
        revoked: a callback or CRLs; None skips the revocation check.
        accepted_kinds: the kinds this use accepts; None accepts any kind an accredited CA
            issues.
        policies: the OID table (override assumed OIDs here).

    Raises:
        CertificateError: the subclass for the first failed check, with its `code`.
    """
    if at.tzinfo is None:
        raise ValueError("`at` must be timezone-aware")
    cert = load_certificate(certificate)
    issuer = _verify_chain(cert, trust_root, intermediates, at)
    _check_validity(cert, at)
    if revoked is not None and _is_revoked(cert, issuer, revoked, at):
        raise CertificateRevokedError()
    match = policies.lookup_first(_policy_oids(cert))
    if match is None:
        raise KindNotAcceptedError(
            "공동인증서 정책(OID)을 확인할 수 없는 인증서입니다.",
            "The certificate carries no policy OID of an accredited CA.",
        )
    if accepted_kinds is not None and match.kind not in accepted_kinds:
        raise KindNotAcceptedError()
    return VerifiedCertificate(
        certificate=cert,
        holder_name=real_name(cert) or _common_name_holder(cert),
        subject=cert.subject.rfc4514_string(),
        ca=match.ca,
        kind=match.kind,
        policy_oid=match.oid.dotted_string,
        serial=cert.serial_number,
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
    )


def verify_owner(
    certificate: x509.Certificate, typed_number: str, random_num: bytes | None
) -> None:
    """본인확인: the number the user typed plus R must give the certificate's VID.

    Raises:
        NoIdentifyDataError: the certificate has no VID, or the holder sent no R.
        OwnerMismatchError: the VID does not match.
    """
    if random_num is None or identify_data(certificate) is None:
        raise NoIdentifyDataError()
    if not verify_vid(certificate, typed_number, random_num):
        raise OwnerMismatchError()


def verify_signature(certificate: x509.Certificate, data: bytes, signature: bytes) -> None:
    """Check an RSASSA-PKCS1-v1_5 / SHA-256 signature by the certificate's key over `data`.

    Raises:
        BadSignatureError: tampered data or signature, or signed by another key.
    """
    public_key = certificate.public_key()
    if not isinstance(public_key, rsa.RSAPublicKey):
        raise BadSignatureError("RSA 인증서가 아닙니다.", "The certificate's key is not RSA.")
    try:
        public_key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        raise BadSignatureError() from None


def _verify_chain(
    cert: x509.Certificate,
    root: x509.Certificate,
    intermediates: Sequence[x509.Certificate],
    at: dt.datetime,
) -> x509.Certificate:
    """The issuing CA certificate, once the chain verifies at the moment nearest `at` at which
    the holder certificate is valid (expiry is `_check_validity`'s to report)."""
    moment = min(max(at, cert.not_valid_before_utc), cert.not_valid_after_utc)
    # Holder certificates are not TLS certificates: accept any extensions, but account for
    # the CertificatePolicies extension NPKI marks critical.
    ee_policy = verification.ExtensionPolicy.permit_all().may_be_present(
        x509.CertificatePolicies, verification.Criticality.AGNOSTIC, None
    )
    verifier = (
        verification.PolicyBuilder()
        .store(verification.Store([root]))
        .time(moment)
        .max_chain_depth(2)
        .extension_policies(
            ca_policy=verification.ExtensionPolicy.webpki_defaults_ca(), ee_policy=ee_policy
        )
        .build_client_verifier()
    )
    try:
        chain = verifier.verify(cert, list(intermediates)).chain
    except verification.VerificationError:
        raise UntrustedCertificateError() from None
    return chain[1]


def _check_validity(cert: x509.Certificate, at: dt.datetime) -> None:
    if at < cert.not_valid_before_utc:
        raise CertificateNotYetValidError()
    if at > cert.not_valid_after_utc:
        raise CertificateExpiredError()


def _is_revoked(
    cert: x509.Certificate, issuer: x509.Certificate, revoked: RevocationCheck, at: dt.datetime
) -> bool:
    if callable(revoked):
        return revoked(cert.serial_number)
    issuer_key = issuer.public_key()
    if not isinstance(issuer_key, rsa.RSAPublicKey):
        return False
    for crl in revoked:
        # Only a CRL the issuing CA signed speaks for its certificates.
        if crl.issuer != cert.issuer or not crl.is_signature_valid(issuer_key):
            continue
        entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
        if entry is not None and entry.revocation_date_utc <= at:
            return True
    return False


def _policy_oids(cert: x509.Certificate) -> list[x509.ObjectIdentifier]:
    try:
        policies = cert.extensions.get_extension_for_class(x509.CertificatePolicies).value
    except x509.ExtensionNotFound:
        return []
    return [policy.policy_identifier for policy in policies]


def _common_name_holder(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    value = names[0].value if names else ""
    text = value if isinstance(value, str) else value.decode("utf-8", "replace")
    return name_from_common_name(text)
