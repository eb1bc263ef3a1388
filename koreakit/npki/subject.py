"""NPKI-style distinguished names of holders and of the test CAs.

Holder DNs as they appear in NPKI folders and relying-party code (written as the CAs do, most
specific first)::

    cn=홍길동()0011041202012281110003,ou=NACF,ou=personal4IB,o=yessign,c=kr    bank-only, person
    cn=(주)회사()0023040202603181230002,ou=KFB,ou=corporation4EC,o=yessign,c=kr    범용, company
    cn=김흥재_0000033643,ou=KOSCOM,ou=LicensedCA,o=SignKorea,c=KR

CN is the holder's name, "()" and a CA-assigned number (yessign, CrossCert; KICA [U]) or "_"
and a 10-digit number (SignKorea, TradeSign); O is the CA; the OUs name the registration
authority (a bank, a branch) and, at yessign and CrossCert, the certificate's use. Our number is
"00" + a 4-digit RA code + the issue date + 8 digits of the serial number [U: the real layout
is not documented]; the use OUs of kinds not seen in the wild are marked [U] below.
"""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.x509.oid import NameOID

from koreakit.npki.oids import CertificateAuthority, CertificateKind

TEST_RA_CODE = "0099"
"""[U] The registration-authority code in test holder numbers."""
DEFAULT_REGISTRATION_UNIT = "TESTRA"
"""The RA organisational unit of test certificates (real ones name a bank: KMB, WOORI, NACF …)."""

ROOT_NAME = x509.Name(
    [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "KR"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "agency-gateway TEST"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "TEST PKI - not a real CA"),
        x509.NameAttribute(NameOID.COMMON_NAME, "agency-gateway TEST Root CA — not a real CA"),
    ]
)

_USE_UNIT: dict[CertificateKind, str] = {
    CertificateKind.PERSONAL_GENERAL: "personal",  # seen at CrossCert
    CertificateKind.PERSONAL_BANKING: "personal4IB",  # seen at yessign ("은행개인")
    CertificateKind.PERSONAL_SECURITIES: "personal4SEC",  # [U]
    CertificateKind.PERSONAL_CREDIT_CARD: "personal4Card",  # [U]
    CertificateKind.PERSONAL_CIVIL_SERVICE: "personal4Gov",  # [U]
    CertificateKind.CORPORATE_GENERAL: "corporation4EC",  # seen at yessign and CrossCert (범용)
    CertificateKind.CORPORATE_BANKING: "corporation",  # seen at yessign (용도제한)
    CertificateKind.CORPORATE_PROCUREMENT: "corporation4PPS",  # [U]
    CertificateKind.E_TAX_INVOICE: "xUse4Esero",  # seen at yessign
}

_UNDERSCORE_STYLE = frozenset({CertificateAuthority.SIGNKOREA, CertificateAuthority.TRADESIGN})


def use_unit(kind: CertificateKind) -> str:
    """The OU naming the certificate's use: "personal4IB", "corporation4EC" …"""
    return _USE_UNIT[kind]


def holder_common_name(
    ca: CertificateAuthority, holder_name: str, serial: int, issued: dt.datetime
) -> str:
    """ "홍길동()0000992025060112345678" or, at SignKorea and TradeSign, "홍길동_0012345678"."""
    if ca in _UNDERSCORE_STYLE:
        return f"{holder_name}_{serial % 10**10:010d}"
    return f"{holder_name}()00{TEST_RA_CODE}{issued:%Y%m%d}{serial % 10**8:08d}"


def holder_name(
    ca: CertificateAuthority,
    kind: CertificateKind,
    common_name: str,
    *,
    registration_unit: str = DEFAULT_REGISTRATION_UNIT,
) -> x509.Name:
    """The holder's subject: C=KR, O=<CA>, OU=<use>, OU=<RA>, CN=<common name>."""
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KR"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ca.brand),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, use_unit(kind)),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, registration_unit),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def ca_name(ca: CertificateAuthority) -> x509.Name:
    """A test intermediate's subject, shaped like real ones ("CN=yessignCA Class 3,OU=…")."""
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KR"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ca.brand),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "AccreditedCA TEST"),
            x509.NameAttribute(NameOID.COMMON_NAME, ca.test_ca_name),
        ]
    )


def name_from_common_name(common_name: str) -> str:
    """The holder's name part of an NPKI CN: "홍길동()0011…" → "홍길동", "김흥재_00…" → "김흥재"."""
    if "()" in common_name:
        return common_name.rsplit("()", 1)[0]
    head, sep, tail = common_name.rpartition("_")
    return head if sep and tail.isdigit() else common_name
