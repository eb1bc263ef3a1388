"""The test CAs' own certificates and keys: building them, and keeping them as PEM files."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from koreakit.npki import subject
from koreakit.npki.errors import WrongPasswordError
from koreakit.npki.oids import CertificateAuthority

CA_NOT_BEFORE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
CA_NOT_AFTER = dt.datetime(2099, 12, 31, 23, 59, 59, tzinfo=dt.UTC)
"""The test CAs span the century, so certificates may be back- or forward-dated freely."""


@dataclass(frozen=True)
class Signer:
    """A CA: its certificate and private key."""

    certificate: x509.Certificate
    key: rsa.RSAPrivateKey = field(repr=False)


def make_root(key: rsa.RSAPrivateKey) -> Signer:
    builder = _ca_builder(subject.ROOT_NAME, subject.ROOT_NAME, key, path_length=1)
    return Signer(builder.sign(key, hashes.SHA256()), key)


def make_intermediate(ca: CertificateAuthority, root: Signer, key: rsa.RSAPrivateKey) -> Signer:
    builder = _ca_builder(subject.ca_name(ca), root.certificate.subject, key, path_length=0)
    builder = builder.add_extension(authority_key_id(root), critical=False)
    return Signer(builder.sign(root.key, hashes.SHA256()), key)


def _ca_builder(
    name: x509.Name, issuer: x509.Name, key: rsa.RSAPrivateKey, *, path_length: int
) -> x509.CertificateBuilder:
    usage = key_usage(digital_signature=True, key_cert_sign=True, crl_sign=True)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(CA_NOT_BEFORE)
        .not_valid_after(CA_NOT_AFTER)
        .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )


def key_usage(
    *,
    digital_signature: bool = False,
    content_commitment: bool = False,
    key_cert_sign: bool = False,
    crl_sign: bool = False,
) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=digital_signature,
        content_commitment=content_commitment,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=key_cert_sign,
        crl_sign=crl_sign,
        encipher_only=False,
        decipher_only=False,
    )


def authority_key_id(issuer: Signer) -> x509.AuthorityKeyIdentifier:
    return x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key())


def load_signer(directory: Path, name: str, passphrase: bytes) -> Signer | None:
    key_path, cert_path = directory / f"{name}.key.pem", directory / f"{name}.crt.pem"
    if not (key_path.exists() and cert_path.exists()):
        return None
    try:
        # Our own files: skip OpenSSL's slow RSA consistency check (~30 ms a key) and check
        # instead that the key belongs to the certificate beside it.
        key = serialization.load_pem_private_key(
            key_path.read_bytes(), password=passphrase, unsafe_skip_rsa_key_validation=True
        )
    except (ValueError, TypeError):
        raise WrongPasswordError(
            "테스트 인증기관 키의 암호가 올바르지 않습니다.",
            f"The passphrase does not open the test CA key in {key_path}.",
        ) from None
    certificate = x509.load_pem_x509_certificate(cert_path.read_bytes())
    if not isinstance(key, rsa.RSAPrivateKey) or key.public_key() != certificate.public_key():
        raise ValueError(f"{key_path} does not hold the RSA key of {cert_path}")
    return Signer(certificate, key)


def save_signer(directory: Path, name: str, signer: Signer, passphrase: bytes) -> Signer:
    key_pem = signer.key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    _write(directory / f"{name}.key.pem", key_pem, mode=0o600)
    _write(
        directory / f"{name}.crt.pem", signer.certificate.public_bytes(serialization.Encoding.PEM)
    )
    return signer


def _write(path: Path, data: bytes, *, mode: int = 0o644) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)
    os.replace(temporary, path)
