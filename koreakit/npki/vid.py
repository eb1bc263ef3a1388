"""본인확인 by virtual ID (KISA KCAC.TS.SIVID v1.21): the VID in a certificate's subjectAltName.

A certificate does not carry its holder's resident or business number. It carries

    VID = h(h(DER(SEQUENCE { idn PrintableString, randomNum BIT STRING })))

where idn is the number (13-digit 주민등록번호 for a person, 10-digit 사업자등록번호 for a
business) and randomNum is R, 20 random bytes kept only in the holder's private key file. A
relying party that receives R from the holder and the number from the user recomputes the VID
and compares: that proves the certificate belongs to that number without the CA disclosing it.

The VID sits in a subjectAltName otherName `1.2.410.200004.10.1.1` (id-kisa-identifyData) whose
value is KISAIdentifyData { realName, SEQUENCE OF UserInfo { id-VID, VID { hashAlg,
[0] EXPLICIT virtualID } } }. New certificates use SHA-256; SHA-1 ones are still accepted.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from enum import Enum

from cryptography import x509

from koreakit import _text
from koreakit.npki import _asn1
from koreakit.npki.oids import KISA_IDENTIFY_DATA, KISA_VID

RANDOM_NUM_LENGTH = 20
"""Bytes of R, as NPKI CAs issue it (160 bits)."""


class VidHash(Enum):
    """The hash h of the VID, named by its AlgorithmIdentifier OID."""

    SHA256 = "2.16.840.1.101.3.4.2.1"
    SHA1 = "1.3.14.3.2.26"

    @property
    def hashlib_name(self) -> str:
        return "sha256" if self is VidHash.SHA256 else "sha1"


@dataclass(frozen=True)
class IdentifyData:
    """The decoded id-kisa-identifyData of a certificate."""

    real_name: str
    """The holder's real name (실명): a person's name or a company's registered name."""
    vids: tuple[tuple[VidHash, bytes], ...]
    """Each id-VID UserInfo with a supported hash: (algorithm, VID bytes)."""


def normalize_idn(number: str) -> str:
    """The number as the VID hashes it: ASCII digits only, no hyphens or spaces.

    Raises:
        ValueError: not 10 or 13 digits after removing separators.
    """
    idn = _text.compact(number)
    if len(idn) not in (10, 13) or not _text.is_digits(idn):
        raise ValueError("idn must be a 10-digit business or 13-digit resident number")
    return idn


def hash_content(idn: str, random_num: bytes) -> bytes:
    """DER(SEQUENCE { idn PrintableString, randomNum BIT STRING }), 0 unused bits in R."""
    return _asn1.encode_hash_content(normalize_idn(idn), random_num)


def compute_vid(idn: str, random_num: bytes, algorithm: VidHash = VidHash.SHA256) -> bytes:
    """h(h(DER(HashContent))): raw digest bytes (32 for SHA-256, 20 for SHA-1)."""
    inner = hashlib.new(algorithm.hashlib_name, hash_content(idn, random_num)).digest()
    return hashlib.new(algorithm.hashlib_name, inner).digest()


def identify_data_der(
    real_name: str, idn: str, random_num: bytes, algorithm: VidHash = VidHash.SHA256
) -> bytes:
    """DER of KISAIdentifyData for a holder: the otherName's value, without its [0] wrapper.

    hashAlg carries NULL parameters for SHA-1 (as older certificates do) and none for SHA-256
    (RFC 5754). [U] which form each CA writes; `identify_data` reads both.
    """
    vid = compute_vid(idn, random_num, algorithm)
    return _asn1.encode_identify_data(
        real_name,
        KISA_VID.dotted_string,
        algorithm.value,
        vid,
        null_parameters=algorithm is VidHash.SHA1,
    )


def vid_other_name(
    real_name: str, idn: str, random_num: bytes, algorithm: VidHash = VidHash.SHA256
) -> x509.OtherName:
    """The subjectAltName entry; `cryptography` adds the [0] EXPLICIT wrapper when encoding."""
    return x509.OtherName(
        KISA_IDENTIFY_DATA, identify_data_der(real_name, idn, random_num, algorithm)
    )


def identify_data(certificate: x509.Certificate) -> IdentifyData | None:
    """The certificate's KISAIdentifyData, or None when it has none or it is malformed."""
    try:
        san = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    except (x509.ExtensionNotFound, ValueError):  # ValueError: an unparseable extension
        return None
    for other in san.value.get_values_for_type(x509.OtherName):
        if other.type_id != KISA_IDENTIFY_DATA:
            continue
        try:
            name, infos = _asn1.decode_identify_data(other.value, KISA_VID.dotted_string)
        except _asn1.Asn1Error:
            return None
        return IdentifyData(name, tuple(_supported(infos)))
    return None


def _supported(infos: list[_asn1.UserInfo]) -> list[tuple[VidHash, bytes]]:
    supported = {member.value: member for member in VidHash}
    return [
        (supported[info.hash_oid], info.value)
        for info in infos
        if info.hash_oid in supported and info.value is not None
    ]


def real_name(certificate: x509.Certificate) -> str | None:
    """The holder's real name from the identify data, or None."""
    data = identify_data(certificate)
    return None if data is None else data.real_name


def verify_vid(certificate: x509.Certificate, idn: str, random_num: bytes) -> bool:
    """Whether `idn` and R give a VID the certificate carries (SHA-256 or SHA-1).

    False, never an exception, for a certificate without identify data or a number of the wrong
    shape: to the caller these all mean "not this owner".
    """
    data = identify_data(certificate)
    if data is None:
        return False
    try:
        idn = normalize_idn(idn)
    except ValueError:
        return False
    return any(
        hmac.compare_digest(compute_vid(idn, random_num, algorithm), value)
        for algorithm, value in data.vids
    )
