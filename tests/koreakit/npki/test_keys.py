"""signPri.key: encrypted PKCS#8 carrying R as id-randomNum."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from koreakit.npki import _asn1, keys
from koreakit.npki.errors import (
    CertificateErrorCode,
    UnsupportedKeyError,
    WrongPasswordError,
)
from tests.koreakit.npki.support import PASSWORD

R = bytes(range(100, 120))
RANDOM_NUM_ATTRIBUTE_DER = (
    bytes.fromhex("060a2a831a8c9a440a010103")
    + bytes.fromhex("3117")
    + (bytes.fromhex("031500") + R)
)


def test_key_file_round_trip_keeps_the_key_and_r(holder_key: rsa.RSAPrivateKey) -> None:
    data = keys.encrypt_private_key(holder_key, PASSWORD, R)

    key, random_num = keys.load_private_key(data, PASSWORD)

    assert key.private_numbers() == holder_key.private_numbers()
    assert random_num == R


def test_wrong_password_is_refused(holder_key: rsa.RSAPrivateKey) -> None:
    data = keys.encrypt_private_key(holder_key, PASSWORD, R)

    with pytest.raises(WrongPasswordError) as caught:
        keys.load_private_key(data, PASSWORD + "x")

    assert caught.value.code is CertificateErrorCode.WRONG_PASSWORD
    assert PASSWORD not in str(caught.value)


def test_r_sits_in_the_private_key_info_as_a_bit_string_attribute(
    holder_key: rsa.RSAPrivateKey,
) -> None:
    # given a key file, decrypted by hand from its PBES2 parameters
    data = keys.encrypt_private_key(holder_key, PASSWORD, R)
    algorithm, params, ciphertext = _asn1.decode_encrypted_private_key_info(data)
    assert params is not None
    assert algorithm == "1.2.840.113549.1.5.13"  # PBES2
    assert (params.prf_oid, params.cipher_oid) == (
        "1.2.840.113549.2.9",  # hmacWithSHA256
        "2.16.840.1.101.3.4.1.42",  # aes256-CBC
    )
    kdf = PBKDF2HMAC(
        algorithm=keys._PRFS[params.prf_oid],
        length=32,
        salt=params.salt,
        iterations=params.iterations,
    )
    decryptor = Cipher(
        algorithms.AES256(kdf.derive(PASSWORD.encode())), modes.CBC(params.iv)
    ).decryptor()
    plaintext = decryptor.update(ciphertext) + decryptor.finalize()

    # then the attribute { id-randomNum, SET { BIT STRING (0 unused bits) R } } is in it
    assert RANDOM_NUM_ATTRIBUTE_DER in plaintext


def test_key_file_is_standard_pkcs8_that_cryptography_opens(
    holder_key: rsa.RSAPrivateKey,
) -> None:
    data = keys.encrypt_private_key(holder_key, PASSWORD, R)

    key = serialization.load_der_private_key(data, password=PASSWORD.encode())

    assert isinstance(key, rsa.RSAPrivateKey)
    assert key.private_numbers() == holder_key.private_numbers()


def test_key_without_r_loads_with_none(holder_key: rsa.RSAPrivateKey) -> None:
    data = keys.encrypt_private_key(holder_key, PASSWORD, None)

    _, random_num = keys.load_private_key(data, PASSWORD)

    assert random_num is None


def test_pem_key_file_is_read_too(holder_key: rsa.RSAPrivateKey) -> None:
    pem = holder_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(PASSWORD.encode()),
    )

    key, random_num = keys.load_private_key(pem, PASSWORD)

    assert key.private_numbers() == holder_key.private_numbers()
    assert random_num is None


def test_unreadable_key_file_is_unsupported() -> None:
    with pytest.raises(UnsupportedKeyError) as caught:
        keys.load_private_key(b"\x30\x03\x02\x01\x00", PASSWORD)

    assert caught.value.code is CertificateErrorCode.UNSUPPORTED_KEY


def test_generated_r_is_20_random_bytes() -> None:
    first, second = keys.generate_random_num(), keys.generate_random_num()

    assert len(first) == len(second) == 20
    assert first != second
