"""The VID (KCAC.TS.SIVID): computed from the spec, carried in the SAN exactly as specified."""

from __future__ import annotations

import hashlib

from cryptography import x509

from koreakit.npki import vid
from koreakit.npki.vid import VidHash
from tests.koreakit.npki.support import BRN, COMPANY, PERSON, RRN, Issuer

R = bytes(range(1, 21))
SHA256_OID_DER = bytes.fromhex("0609608648016503040201")
SHA1_OID_DER = bytes.fromhex("06052b0e03021a")
KISA_IDENTIFY_DATA_DER = bytes.fromhex("06092a831a8c9a440a0101")
KISA_VID_DER = bytes.fromhex("060a2a831a8c9a440a010101")


def _tlv(data: bytes) -> tuple[int, bytes, bytes]:
    """(tag, contents, rest) of the first DER element; short and long lengths."""
    tag, length, offset = data[0], data[1], 2
    if length & 0x80:
        size = length & 0x7F
        length, offset = int.from_bytes(data[2 : 2 + size], "big"), 2 + size
    return tag, data[offset : offset + length], data[offset + length :]


def _hand_built_hash_content(idn: str, random_num: bytes) -> bytes:
    # SEQUENCE { PrintableString idn, BIT STRING (0 unused bits) R }, every byte spelled out
    printable = bytes([0x13, len(idn)]) + idn.encode("ascii")
    bit_string = bytes([0x03, len(random_num) + 1, 0x00]) + random_num
    body = printable + bit_string
    return bytes([0x30, len(body)]) + body


def test_vid_is_double_sha256_of_the_hand_built_der() -> None:
    # given the spec's HashContent built byte by byte
    der = _hand_built_hash_content(RRN, R)
    assert der[:4] == bytes.fromhex("3026130d")
    expected = hashlib.sha256(hashlib.sha256(der).digest()).digest()

    # when our code computes the VID
    computed = vid.compute_vid(RRN, R)

    # then they agree, and the DER is the same too
    assert vid.hash_content(RRN, R) == der
    assert computed == expected


def test_corporate_vid_hashes_the_ten_digit_business_number(issuer: Issuer) -> None:
    der = _hand_built_hash_content(BRN, R)
    expected = hashlib.sha256(hashlib.sha256(der).digest()).digest()

    issued = issuer.corporate(random_num=R)

    data = vid.identify_data(issued.certificate)
    assert data is not None
    assert data.vids == ((VidHash.SHA256, expected),)
    assert vid.verify_vid(issued.certificate, "663-85-01035", R)


def test_vid_in_the_certificate_matches_the_independent_value(issuer: Issuer) -> None:
    der = _hand_built_hash_content(RRN, R)
    expected = hashlib.sha256(hashlib.sha256(der).digest()).digest()

    issued = issuer.personal(random_num=R)

    data = vid.identify_data(issued.certificate)
    assert data is not None
    assert data.vids == ((VidHash.SHA256, expected),)


def test_san_holds_kisa_identify_data_in_the_specified_layout(issuer: Issuer) -> None:
    # given a certificate and its raw subjectAltName value
    issued = issuer.personal(random_num=R)
    san = issued.certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    raw = san.value.public_bytes()

    # when the DER is walked by hand
    tag, general_names, rest = _tlv(raw)
    assert (tag, rest) == (0x30, b"")
    tag, other_name, _ = _tlv(general_names)
    assert tag == 0xA0  # [0] otherName
    assert other_name.startswith(KISA_IDENTIFY_DATA_DER)
    tag, explicit, _ = _tlv(other_name[len(KISA_IDENTIFY_DATA_DER) :])
    assert tag == 0xA0  # [0] EXPLICIT
    tag, identify_data, _ = _tlv(explicit)
    assert tag == 0x30  # KISAIdentifyData
    tag, name, user_infos = _tlv(identify_data)

    # then realName is a UTF8String and one UserInfo holds id-VID with a SHA-256 VID
    assert (tag, name.decode("utf-8")) == (0x0C, PERSON)
    tag, sequence_of, _ = _tlv(user_infos)
    tag, user_info, _ = _tlv(sequence_of)
    assert user_info.startswith(KISA_VID_DER)
    tag, vid_value, _ = _tlv(user_info[len(KISA_VID_DER) :])
    tag, hash_alg, virtual_id = _tlv(vid_value)
    assert hash_alg == SHA256_OID_DER
    tag, octets, _ = _tlv(virtual_id)
    assert tag == 0xA0
    assert octets[:2] == bytes([0x04, 32])
    assert octets[2:] == vid.compute_vid(RRN, R)


def test_sha1_vid_is_accepted_on_verification(issuer: Issuer) -> None:
    # given an older-style certificate whose VID uses SHA-1
    issued = issuer.personal(random_num=R, vid_hash=VidHash.SHA1)
    der = _hand_built_hash_content(RRN, R)
    expected = hashlib.sha1(hashlib.sha1(der).digest()).digest()

    data = vid.identify_data(issued.certificate)
    assert data is not None
    assert data.vids == ((VidHash.SHA1, expected),)
    raw = issued.certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    assert SHA1_OID_DER + b"\x05\x00" in raw.value.public_bytes()  # with NULL parameters

    # then the number and R still verify
    assert vid.verify_vid(issued.certificate, RRN, R)


def test_vid_does_not_match_another_number_or_another_r(issuer: Issuer) -> None:
    issued = issuer.personal(random_num=R)

    assert vid.verify_vid(issued.certificate, RRN, R)
    assert not vid.verify_vid(issued.certificate, "9001011234567", R)
    assert not vid.verify_vid(issued.certificate, RRN, bytes(20))
    assert not vid.verify_vid(issued.certificate, "not a number", R)


def test_real_name_is_read_from_the_identify_data(issuer: Issuer) -> None:
    assert vid.real_name(issuer.corporate().certificate) == COMPANY
    assert vid.real_name(issuer.personal().certificate) == PERSON
