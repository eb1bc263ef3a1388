"""The holder's private key file (`signPri.key`) as NPKI keeps it.

The file is a DER EncryptedPrivateKeyInfo (PKCS#8) whose plaintext is a PrivateKeyInfo that
also carries R, the VID's random number, as the attribute `1.2.410.200004.10.1.1.3`
(id-randomNum) with one BIT STRING value of 0 unused bits:

    PrivateKeyInfo ::= SEQUENCE { version, privateKeyAlgorithm, privateKey,
        attributes [0] IMPLICIT SET OF Attribute { id-randomNum, SET { BIT STRING R } } }

Real NPKI files are encrypted with SEED (PBES1-like `seedCBCWithSHA1`, or PBES2 with SEED-CBC);
we write the standard PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC, which is what RFC 8018
recommends and what `cryptography` can decrypt. `cryptography`'s own PKCS#8 writer cannot carry
attributes, so the container is assembled here from pyasn1-modules structures.
"""

from __future__ import annotations

import base64
import secrets

from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from koreakit.npki import _asn1
from koreakit.npki.errors import UnsupportedKeyError, WrongPasswordError
from koreakit.npki.oids import KISA_RANDOM_NUM
from koreakit.npki.vid import RANDOM_NUM_LENGTH

KEY_SIZE = 2048
"""RSA modulus bits, what NPKI CAs issue to holders."""
PBKDF2_ITERATIONS = 2048
"""[U] NPKI key files commonly use 2048 iterations; callers may ask for more."""

_PRFS: dict[str, hashes.HashAlgorithm] = {
    _asn1.HMAC_SHA256_OID: hashes.SHA256(),
    _asn1.HMAC_SHA1_OID: hashes.SHA1(),  # reading older files only
}


def generate_key() -> rsa.RSAPrivateKey:
    """A new RSA-2048 key with public exponent 65537."""
    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)


def generate_random_num() -> bytes:
    """A new R: 20 random bytes."""
    return secrets.token_bytes(RANDOM_NUM_LENGTH)


def private_key_info(key: rsa.RSAPrivateKey, random_num: bytes | None) -> bytes:
    """The plaintext PrivateKeyInfo (DER), with R as id-randomNum when given."""
    plain = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    if random_num is None:
        return plain
    return _asn1.add_private_key_attribute(plain, KISA_RANDOM_NUM.dotted_string, random_num)


def encrypt_private_key(
    key: rsa.RSAPrivateKey,
    password: str,
    random_num: bytes | None,
    *,
    iterations: int = PBKDF2_ITERATIONS,
) -> bytes:
    """The `signPri.key` bytes: PBES2(PBKDF2-HMAC-SHA256, AES-256-CBC) over PrivateKeyInfo."""
    params = _asn1.Pbes2Parameters(
        salt=secrets.token_bytes(16),
        iterations=iterations,
        key_length=32,
        prf_oid=_asn1.HMAC_SHA256_OID,
        cipher_oid=_asn1.AES256_CBC_OID,
        iv=secrets.token_bytes(16),
    )
    padder = padding.PKCS7(128).padder()
    plaintext = padder.update(private_key_info(key, random_num)) + padder.finalize()
    encryptor = _cipher(params, password).encryptor()
    ciphertext = encryptor.update(plaintext) + encryptor.finalize()
    return _asn1.encode_encrypted_private_key_info(params, ciphertext)


def load_private_key(data: bytes, password: str) -> tuple[rsa.RSAPrivateKey, bytes | None]:
    """Decrypt a `signPri.key` (DER, or PEM "ENCRYPTED PRIVATE KEY"): the key and R (or None).

    Raises:
        WrongPasswordError: the password does not decrypt the file.
        UnsupportedKeyError: not PBES2/PBKDF2 with AES-256-CBC (e.g. a real SEED-encrypted
            key), or not an RSA key.
    """
    params, ciphertext = _parse(_der(data))
    decryptor = _cipher(params, password).decryptor()
    padded = decryptor.update(ciphertext) + decryptor.finalize()
    try:
        unpadder = padding.PKCS7(128).unpadder()
        plaintext = unpadder.update(padded) + unpadder.finalize()
        bare, random_num = _asn1.split_private_key_info(plaintext, KISA_RANDOM_NUM.dotted_string)
        key = serialization.load_der_private_key(bare, password=None)
    except (ValueError, _asn1.Asn1Error):
        # With a wrong key the plaintext is noise: bad padding or, rarely, bad DER.
        raise WrongPasswordError() from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise UnsupportedKeyError(
            "RSA 개인키만 지원합니다.", "Only RSA private keys are supported."
        )
    return key, random_num


def _der(data: bytes) -> bytes:
    text = data.lstrip()
    if not text.startswith(b"-----BEGIN"):
        return data
    body = b"".join(line for line in text.splitlines() if not line.startswith(b"-----"))
    try:
        return base64.b64decode(body, validate=True)
    except ValueError:
        raise UnsupportedKeyError() from None


def _parse(der: bytes) -> tuple[_asn1.Pbes2Parameters, bytes]:
    try:
        _, params, ciphertext = _asn1.decode_encrypted_private_key_info(der)
    except _asn1.Asn1Error:
        raise UnsupportedKeyError() from None
    if params is None or params.cipher_oid != _asn1.AES256_CBC_OID or params.prf_oid not in _PRFS:
        raise UnsupportedKeyError(
            "PBES2(PBKDF2, AES-256-CBC)로 암호화된 개인키만 지원합니다.",
            "Only keys encrypted with PBES2 (PBKDF2, AES-256-CBC) are supported.",
        )
    if len(params.iv) != 16:
        raise UnsupportedKeyError()
    return params, ciphertext


def _cipher(params: _asn1.Pbes2Parameters, password: str) -> Cipher[modes.CBC]:
    kdf = PBKDF2HMAC(
        algorithm=_PRFS[params.prf_oid],
        length=params.key_length or 32,
        salt=params.salt,
        iterations=params.iterations,
    )
    key = kdf.derive(password.encode("utf-8"))
    return Cipher(algorithms.AES256(key), modes.CBC(params.iv))
