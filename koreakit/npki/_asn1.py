"""The ASN.1 structures of KCAC.TS.SIVID and PKCS#8/PBES2, behind typed functions.

pyasn1 ships no type information, so it stays inside this module: callers see bytes, strings
and frozen dataclasses. Structures come from pyasn1-modules where they exist (RFC 5280
AlgorithmIdentifier, RFC 5958 PrivateKeyInfo and EncryptedPrivateKeyInfo, RFC 8018 PBES2).
RFC 5958 rather than RFC 5208: pyasn1-modules' rfc5208 types `attributes` with LDAP's
Attribute (an OCTET STRING type), while rfc5958 has the CMS Attribute (OID, SET OF ANY).

KISA structures (KCAC.TS.SIVID v1.21)::

    KISAIdentifyData ::= SEQUENCE { realName UTF8String, userInfos SEQUENCE OF UserInfo }
    UserInfo ::= SEQUENCE { idType OBJECT IDENTIFIER, idValue ANY DEFINED BY idType }
    VID ::= SEQUENCE { hashAlg AlgorithmIdentifier, virtualID [0] EXPLICIT OCTET STRING }
    HashContent ::= SEQUENCE { idn PrintableString, randomNum BIT STRING }
"""

from __future__ import annotations

from dataclasses import dataclass

from pyasn1.codec.der import decoder, encoder  # type: ignore[import-untyped]
from pyasn1.error import PyAsn1Error  # type: ignore[import-untyped]
from pyasn1.type import char, namedtype, tag, univ  # type: ignore[import-untyped]
from pyasn1_modules import rfc5280, rfc5652, rfc5958, rfc8018  # type: ignore[import-untyped]

Asn1Error = PyAsn1Error
"""What decoding raises on malformed input (re-exported so callers need not import pyasn1)."""


class _HashContent(univ.Sequence):  # type: ignore[misc]
    componentType = namedtype.NamedTypes(
        namedtype.NamedType("idn", char.PrintableString()),
        namedtype.NamedType("randomNum", univ.BitString()),
    )


class _Vid(univ.Sequence):  # type: ignore[misc]
    componentType = namedtype.NamedTypes(
        namedtype.NamedType("hashAlg", rfc5280.AlgorithmIdentifier()),
        namedtype.NamedType(
            "virtualID",
            univ.OctetString().subtype(
                explicitTag=tag.Tag(tag.tagClassContext, tag.tagFormatSimple, 0)
            ),
        ),
    )


class _UserInfo(univ.Sequence):  # type: ignore[misc]
    componentType = namedtype.NamedTypes(
        namedtype.NamedType("idType", univ.ObjectIdentifier()),
        namedtype.NamedType("idValue", univ.Any()),
    )


class _KisaIdentifyData(univ.Sequence):  # type: ignore[misc]
    componentType = namedtype.NamedTypes(
        namedtype.NamedType("realName", char.UTF8String()),
        namedtype.NamedType("userInfos", univ.SequenceOf(componentType=_UserInfo())),
    )


@dataclass(frozen=True)
class UserInfo:
    """One decoded UserInfo: its type and, for id-VID, the hash algorithm and value."""

    id_type: str
    hash_oid: str | None
    value: bytes | None


def encode_hash_content(idn: str, random_num: bytes) -> bytes:
    """DER of HashContent: the input of the VID's inner hash."""
    content = _HashContent()
    content["idn"] = char.PrintableString(idn)
    content["randomNum"] = univ.BitString.fromOctetString(random_num)
    return bytes(encoder.encode(content))


def _algorithm(oid: str, *, null_parameters: bool) -> object:
    algorithm = rfc5280.AlgorithmIdentifier()
    algorithm["algorithm"] = univ.ObjectIdentifier(oid)
    if null_parameters:
        algorithm["parameters"] = univ.Any(encoder.encode(univ.Null("")))
    return algorithm


def encode_identify_data(
    real_name: str, vid_type: str, hash_oid: str, vid: bytes, *, null_parameters: bool
) -> bytes:
    """DER of KISAIdentifyData with one id-VID UserInfo."""
    vid_value = _Vid()
    vid_value["hashAlg"] = _algorithm(hash_oid, null_parameters=null_parameters)
    vid_value["virtualID"] = vid_value["virtualID"].clone(vid)
    info = _UserInfo()
    info["idType"] = univ.ObjectIdentifier(vid_type)
    info["idValue"] = univ.Any(encoder.encode(vid_value))
    data = _KisaIdentifyData()
    data["realName"] = char.UTF8String(real_name)
    data["userInfos"].append(info)
    return bytes(encoder.encode(data))


def decode_identify_data(der: bytes, vid_type: str) -> tuple[str, list[UserInfo]]:
    """The real name and the UserInfos of a KISAIdentifyData.

    Raises:
        Asn1Error: `der` is not a KISAIdentifyData.
    """
    data, rest = decoder.decode(der, asn1Spec=_KisaIdentifyData())
    if rest:
        raise Asn1Error("trailing bytes after KISAIdentifyData")
    infos: list[UserInfo] = []
    for info in data["userInfos"]:
        id_type = str(info["idType"])
        if id_type != vid_type:
            infos.append(UserInfo(id_type, None, None))
            continue
        vid, _ = decoder.decode(bytes(info["idValue"]), asn1Spec=_Vid())
        infos.append(UserInfo(id_type, str(vid["hashAlg"]["algorithm"]), bytes(vid["virtualID"])))
    return str(data["realName"]), infos


def add_private_key_attribute(pkcs8: bytes, attribute_type: str, bit_string: bytes) -> bytes:
    """Re-encode a PrivateKeyInfo with one attribute whose single value is a BIT STRING."""
    info, _ = decoder.decode(pkcs8, asn1Spec=rfc5958.PrivateKeyInfo())
    attribute = rfc5652.Attribute()
    attribute["attrType"] = univ.ObjectIdentifier(attribute_type)
    value = univ.Any(encoder.encode(univ.BitString.fromOctetString(bit_string)))
    attribute["attrValues"].append(value)
    info["attributes"].append(attribute)
    return bytes(encoder.encode(info))


def split_private_key_info(pkcs8: bytes, attribute_type: str) -> tuple[bytes, bytes | None]:
    """The PrivateKeyInfo without attributes, and the octets of the BIT STRING attribute.

    Raises:
        Asn1Error: `pkcs8` is not a PrivateKeyInfo, or the attribute is not a BIT STRING.
    """
    info, rest = decoder.decode(pkcs8, asn1Spec=rfc5958.PrivateKeyInfo())
    if rest:
        raise Asn1Error("trailing bytes after PrivateKeyInfo")
    found: bytes | None = None
    for attribute in info["attributes"]:
        if str(attribute["attrType"]) == attribute_type and len(attribute["attrValues"]):
            bits, _ = decoder.decode(bytes(attribute["attrValues"][0]), asn1Spec=univ.BitString())
            found = bytes(bits.asOctets())
    bare = rfc5958.PrivateKeyInfo()
    for name in ("version", "privateKeyAlgorithm", "privateKey"):
        bare[name] = info[name]
    return bytes(encoder.encode(bare)), found


@dataclass(frozen=True)
class Pbes2Parameters:
    """PBES2 with PBKDF2: what `keys` needs to derive the key and decrypt."""

    salt: bytes
    iterations: int
    key_length: int | None
    prf_oid: str
    cipher_oid: str
    iv: bytes


PBES2_OID = str(rfc8018.id_PBES2)
PBKDF2_OID = str(rfc8018.id_PBKDF2)
HMAC_SHA1_OID = str(rfc8018.id_hmacWithSHA1)
HMAC_SHA256_OID = str(rfc8018.id_hmacWithSHA256)
AES256_CBC_OID = str(rfc8018.aes256_CBC_PAD)


def encode_encrypted_private_key_info(params: Pbes2Parameters, ciphertext: bytes) -> bytes:
    """DER of EncryptedPrivateKeyInfo under PBES2 (PBKDF2 + a CBC cipher with an IV)."""
    kdf_params = rfc8018.PBKDF2_params()
    kdf_params["salt"]["specified"] = univ.OctetString(params.salt)
    kdf_params["iterationCount"] = params.iterations
    if params.key_length is not None:
        kdf_params["keyLength"] = params.key_length
    kdf_params["prf"] = _algorithm(params.prf_oid, null_parameters=True)
    kdf = rfc5280.AlgorithmIdentifier()
    kdf["algorithm"] = rfc8018.id_PBKDF2
    kdf["parameters"] = univ.Any(encoder.encode(kdf_params))
    cipher = rfc5280.AlgorithmIdentifier()
    cipher["algorithm"] = univ.ObjectIdentifier(params.cipher_oid)
    cipher["parameters"] = univ.Any(encoder.encode(univ.OctetString(params.iv)))
    pbes2 = rfc8018.PBES2_params()
    pbes2["keyDerivationFunc"] = kdf
    pbes2["encryptionScheme"] = cipher
    info = rfc5958.EncryptedPrivateKeyInfo()
    info["encryptionAlgorithm"]["algorithm"] = rfc8018.id_PBES2
    info["encryptionAlgorithm"]["parameters"] = univ.Any(encoder.encode(pbes2))
    info["encryptedData"] = ciphertext
    return bytes(encoder.encode(info))


def decode_encrypted_private_key_info(der: bytes) -> tuple[str, Pbes2Parameters | None, bytes]:
    """The encryption algorithm OID, its PBES2 parameters (None if not PBES2) and the ciphertext.

    Raises:
        Asn1Error: not an EncryptedPrivateKeyInfo, or malformed PBES2 parameters.
    """
    info, rest = decoder.decode(der, asn1Spec=rfc5958.EncryptedPrivateKeyInfo())
    if rest:
        raise Asn1Error("trailing bytes after EncryptedPrivateKeyInfo")
    algorithm = str(info["encryptionAlgorithm"]["algorithm"])
    ciphertext = bytes(info["encryptedData"])
    if algorithm != PBES2_OID:
        return algorithm, None, ciphertext
    pbes2, _ = decoder.decode(
        bytes(info["encryptionAlgorithm"]["parameters"]), asn1Spec=rfc8018.PBES2_params()
    )
    kdf = pbes2["keyDerivationFunc"]
    if str(kdf["algorithm"]) != PBKDF2_OID:
        return algorithm, None, ciphertext
    kdf_params, _ = decoder.decode(bytes(kdf["parameters"]), asn1Spec=rfc8018.PBKDF2_params())
    iv, _ = decoder.decode(
        bytes(pbes2["encryptionScheme"]["parameters"]), asn1Spec=univ.OctetString()
    )
    key_length = kdf_params["keyLength"]
    params = Pbes2Parameters(
        salt=bytes(kdf_params["salt"]["specified"]),
        iterations=int(kdf_params["iterationCount"]),
        key_length=int(key_length) if key_length.isValue else None,
        prf_oid=str(kdf_params["prf"]["algorithm"]),
        cipher_oid=str(pbes2["encryptionScheme"]["algorithm"]),
        iv=bytes(iv),
    )
    return algorithm, params, ciphertext
