"""Object identifiers of the Korean NPKI: the accredited CAs, their certificate policies, KISA's.

A certificate's kind (개인 범용, 법인 범용, 은행·보험용 …) is not written anywhere in words: it is
the first policy OID in its CertificatePolicies extension, and every CA has its own OIDs under
its own arc. `PolicyTable` maps both ways; `DEFAULT_POLICIES` holds the table of
`/work/shared/reference/korea-domain.md` §4.1 (sources A–D there).

Where the reference names no OID for a CA and kind (e-tax-invoice-only at KICA, SignKorea and
TradeSign), the default table defines one under that CA's arc; those pairs are listed in
`ASSUMED_POLICIES` and can be replaced with `PolicyTable.with_overrides`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

from cryptography.x509 import ObjectIdentifier

# KISA NPKI arc (KCAC.TS.SIVID v1.21).
KISA_NPKI = ObjectIdentifier("1.2.410.200004.10")
KISA_IDENTIFY_DATA = ObjectIdentifier("1.2.410.200004.10.1.1")
"""id-kisa-identifyData: the subjectAltName otherName holding the real name and the VID."""
KISA_VID = ObjectIdentifier("1.2.410.200004.10.1.1.1")
"""id-VID: a UserInfo whose value is a VID."""
KISA_ENCRYPTED_VID = ObjectIdentifier("1.2.410.200004.10.1.1.2")
"""id-EncryptedVID (not issued here)."""
KISA_RANDOM_NUM = ObjectIdentifier("1.2.410.200004.10.1.1.3")
"""id-randomNum: the PKCS#8 attribute holding R."""


class CertificateAuthority(Enum):
    """The five accredited (now 공동인증) certification authorities of the NPKI."""

    YESSIGN = "yessign"
    SIGNKOREA = "signkorea"
    KICA = "kica"
    CROSSCERT = "crosscert"
    TRADESIGN = "tradesign"

    @property
    def brand(self) -> str:
        """The CA's own name, also its subject O value: "yessign", "SignKorea" …"""
        return _CA_INFO[self][0]

    @property
    def name_ko(self) -> str:
        """The operator's Korean name: "금융결제원"."""
        return _CA_INFO[self][1]

    @property
    def name_en(self) -> str:
        """The operator's English name."""
        return _CA_INFO[self][2]

    @property
    def arc(self) -> ObjectIdentifier:
        """The OID arc the CA's policies live under."""
        return ObjectIdentifier(_CA_INFO[self][3])

    @property
    def test_ca_name(self) -> str:
        """The common name of this CA's test intermediate: "yessignCA TEST (금융결제원 테스트)"."""
        return _CA_INFO[self][4]


_CA_INFO: dict[CertificateAuthority, tuple[str, str, str, str, str]] = {
    CertificateAuthority.YESSIGN: (
        "yessign",
        "금융결제원",
        "Korea Financial Telecommunications & Clearings Institute (KFTC)",
        "1.2.410.200005",
        "yessignCA TEST (금융결제원 테스트)",
    ),
    CertificateAuthority.SIGNKOREA: (
        "SignKorea",
        "코스콤",
        "KOSCOM",
        "1.2.410.200004.5.1",
        "SignKorea CA TEST (코스콤 테스트)",
    ),
    CertificateAuthority.KICA: (
        "KICA",
        "한국정보인증",
        "Korea Information Certificate Authority (signGATE)",
        "1.2.410.200004.5.2",
        "signGATE CA TEST (한국정보인증 테스트)",
    ),
    CertificateAuthority.CROSSCERT: (
        "CrossCert",
        "한국전자인증",
        "Korea Electronic Certification Authority (CrossCert)",
        "1.2.410.200004.5.4",
        "CrossCertCA TEST (한국전자인증 테스트)",
    ),
    CertificateAuthority.TRADESIGN: (
        "TradeSign",
        "한국무역정보통신",
        "Korea Trade Network (KTNET)",
        "1.2.410.200012",
        "TradeSignCA TEST (한국무역정보통신 테스트)",
    ),
}


class CertificateKind(Enum):
    """What a certificate may be used for, as its policy OID says. Values are CLI-friendly."""

    PERSONAL_GENERAL = "personal"
    CORPORATE_GENERAL = "corporate"
    PERSONAL_BANKING = "personal-banking"
    PERSONAL_SECURITIES = "personal-securities"
    PERSONAL_CREDIT_CARD = "personal-credit-card"
    PERSONAL_CIVIL_SERVICE = "personal-civil-service"
    CORPORATE_BANKING = "corporate-banking"
    CORPORATE_PROCUREMENT = "corporate-procurement"
    E_TAX_INVOICE = "e-tax-invoice"

    @property
    def label_ko(self) -> str:
        """The Korean label: "개인 범용"."""
        return _KIND_LABELS[self][0]

    @property
    def label_en(self) -> str:
        """The English label: "personal general-purpose"."""
        return _KIND_LABELS[self][1]

    @property
    def is_corporate(self) -> bool:
        """Whether the holder is a business, so the VID's idn is its 10-digit 사업자등록번호.

        전자세금용 certificates are issued to businesses (individual ones too), so they count.
        """
        return self in _CORPORATE_KINDS

    @property
    def is_general_purpose(self) -> bool:
        """범용 (usable everywhere) rather than 용도제한 (one sector only)."""
        return self in (CertificateKind.PERSONAL_GENERAL, CertificateKind.CORPORATE_GENERAL)


_KIND_LABELS: dict[CertificateKind, tuple[str, str]] = {
    CertificateKind.PERSONAL_GENERAL: ("개인 범용", "personal general-purpose"),
    CertificateKind.CORPORATE_GENERAL: ("법인(사업자) 범용", "corporate general-purpose"),
    CertificateKind.PERSONAL_BANKING: (
        "개인 은행·보험용 (용도제한)",
        "personal banking/insurance-only",
    ),
    CertificateKind.PERSONAL_SECURITIES: (
        "개인 증권·보험용 (용도제한)",
        "personal securities/insurance-only",
    ),
    CertificateKind.PERSONAL_CREDIT_CARD: (
        "개인 신용카드용 (용도제한)",
        "personal credit-card-only",
    ),
    CertificateKind.PERSONAL_CIVIL_SERVICE: (
        "개인 전자민원용 (용도제한)",
        "personal e-government-only",
    ),
    CertificateKind.CORPORATE_BANKING: (
        "법인 금융거래용 (용도제한)",
        "corporate banking/securities-only",
    ),
    CertificateKind.CORPORATE_PROCUREMENT: (
        "법인 조달청 전용 (용도제한)",
        "corporate public-procurement-only",
    ),
    CertificateKind.E_TAX_INVOICE: ("전자세금용 (용도제한)", "e-tax-invoice-only"),
}

_CORPORATE_KINDS = frozenset(
    {
        CertificateKind.CORPORATE_GENERAL,
        CertificateKind.CORPORATE_BANKING,
        CertificateKind.CORPORATE_PROCUREMENT,
        CertificateKind.E_TAX_INVOICE,
    }
)


@dataclass(frozen=True)
class PolicyMatch:
    """What a policy OID means: which CA issued the certificate and of which kind."""

    ca: CertificateAuthority
    kind: CertificateKind
    oid: ObjectIdentifier


@dataclass(frozen=True)
class PolicyTable:
    """Policy OIDs per (CA, kind), both ways.

    `primary` is the OID a CA writes into new certificates of a kind; `aliases` are further
    OIDs recognised as the same kind when reading.
    """

    primary: Mapping[tuple[CertificateAuthority, CertificateKind], str]
    aliases: Mapping[str, tuple[CertificateAuthority, CertificateKind]] = field(
        default_factory=dict
    )

    def oid_for(self, ca: CertificateAuthority, kind: CertificateKind) -> ObjectIdentifier:
        """The OID `ca` issues `kind` under.

        Raises:
            ValueError: `ca` issues no such kind.
        """
        try:
            return ObjectIdentifier(self.primary[(ca, kind)])
        except KeyError:
            raise ValueError(f"{ca.brand} issues no {kind.label_en} certificates") from None

    def kinds(self, ca: CertificateAuthority) -> list[CertificateKind]:
        """The kinds `ca` issues, in `CertificateKind` order."""
        return [kind for kind in CertificateKind if (ca, kind) in self.primary]

    def lookup(self, oid: ObjectIdentifier | str) -> PolicyMatch | None:
        """The CA and kind of a policy OID, or None for an OID of no accredited CA."""
        dotted = oid if isinstance(oid, str) else oid.dotted_string
        found = self._by_oid.get(dotted)
        return None if found is None else PolicyMatch(found[0], found[1], ObjectIdentifier(dotted))

    def lookup_first(self, oids: Iterable[ObjectIdentifier]) -> PolicyMatch | None:
        """The first of `oids` that the table knows (NPKI puts the kind's OID first)."""
        for oid in oids:
            match = self.lookup(oid)
            if match is not None:
                return match
        return None

    def with_overrides(
        self, overrides: Mapping[tuple[CertificateAuthority, CertificateKind], str]
    ) -> PolicyTable:
        """A copy where `overrides` replace (or add) the primary OIDs of some pairs."""
        return PolicyTable({**self.primary, **overrides}, self.aliases)

    @cached_property
    def _by_oid(self) -> dict[str, tuple[CertificateAuthority, CertificateKind]]:
        table = dict(self.aliases)
        table.update({oid: key for key, oid in self.primary.items()})
        return table


_Y, _S, _K, _C, _T = (
    CertificateAuthority.YESSIGN,
    CertificateAuthority.SIGNKOREA,
    CertificateAuthority.KICA,
    CertificateAuthority.CROSSCERT,
    CertificateAuthority.TRADESIGN,
)
_PG, _CG = CertificateKind.PERSONAL_GENERAL, CertificateKind.CORPORATE_GENERAL
_PB, _PS = CertificateKind.PERSONAL_BANKING, CertificateKind.PERSONAL_SECURITIES
_PC, _PV = CertificateKind.PERSONAL_CREDIT_CARD, CertificateKind.PERSONAL_CIVIL_SERVICE
_CB, _TAX = CertificateKind.CORPORATE_BANKING, CertificateKind.E_TAX_INVOICE
_CP = CertificateKind.CORPORATE_PROCUREMENT

_PRIMARY: dict[tuple[CertificateAuthority, CertificateKind], str] = {
    # 금융결제원 yessign, arc 1.2.410.200005
    (_Y, _PG): "1.2.410.200005.1.1.1",
    (_Y, _CG): "1.2.410.200005.1.1.5",
    (_Y, _PB): "1.2.410.200005.1.1.4",  # "은행/보험/카드(/민원)"
    (_Y, _CB): "1.2.410.200005.1.1.2",  # "금융기업"
    (_Y, _PC): "1.2.410.200005.1.1.6.2",
    (_Y, _PS): "1.2.410.200005.1.1.6.9",  # [U] SEC_PE; meaning inferred from the constant name
    (_Y, _CP): "1.2.410.200005.1.1.6.3",  # [U] PPS, read as 조달청 (KOTRA: "조달청 원클릭")
    (_Y, _TAX): "1.2.410.200005.1.1.6.8",  # [U] ESERO (e세로); matches the DN OU "xUse4Esero"
    # 코스콤 SignKorea, arc 1.2.410.200004.5.1
    (_S, _PG): "1.2.410.200004.5.1.1.5",
    (_S, _CG): "1.2.410.200004.5.1.1.7",
    # Source A calls this securities/insurance, B `INV_PE`; the reference files it as
    # SignKorea's personal bank/insurance-limited kind, and so do we.
    (_S, _PB): "1.2.410.200004.5.1.1.9",
    (_S, _PC): "1.2.410.200004.5.1.1.9.2",
    (_S, _CB): "1.2.410.200004.5.1.1.10",  # `INV_CO` (B)
    (_S, _TAX): "1.2.410.200004.5.1.2.80",  # [U] assumption: none published; configurable
    # 한국정보인증 KICA (signGATE), arc 1.2.410.200004.5.2
    (_K, _PG): "1.2.410.200004.5.2.1.2",
    (_K, _CG): "1.2.410.200004.5.2.1.1",
    (_K, _PB): "1.2.410.200004.5.2.1.7.1",
    (_K, _PS): "1.2.410.200004.5.2.1.7.2",
    (_K, _PC): "1.2.410.200004.5.2.1.7.3",
    # KOTRA accepts "정보인증전자세금용(법인)", so the kind exists; its OID is not published.
    (_K, _TAX): "1.2.410.200004.5.2.2.80",  # [U] assumption: configurable
    # 한국전자인증 CrossCert, arc 1.2.410.200004.5.4
    (_C, _PG): "1.2.410.200004.5.4.1.1",
    (_C, _CG): "1.2.410.200004.5.4.1.2",
    (_C, _PB): "1.2.410.200004.5.4.1.101",
    (_C, _PS): "1.2.410.200004.5.4.1.102",
    (_C, _PC): "1.2.410.200004.5.4.1.103",
    (_C, _PV): "1.2.410.200004.5.4.1.104",
    (_C, _TAX): "1.2.410.200004.5.4.2.80",  # [P] "전자세금용", one source only
    # 한국무역정보통신 TradeSign, arc 1.2.410.200012
    (_T, _PG): "1.2.410.200012.1.1.1",
    (_T, _CG): "1.2.410.200012.1.1.3",
    (_T, _PB): "1.2.410.200012.1.1.101",
    (_T, _PS): "1.2.410.200012.1.1.103",
    (_T, _PC): "1.2.410.200012.1.1.105",
    (_T, _TAX): "1.2.410.200012.2.80",  # [U] assumption: none published; configurable
}

_ALIASES: dict[str, tuple[CertificateAuthority, CertificateKind]] = {
    "1.2.410.200005.1.1.6.1": (_Y, _CB),  # [U] CORP_IB, read as 기업뱅킹
    "1.2.410.200005.1.1.6.0": (_Y, _CB),  # [U] SEC_CO, corporate securities
}

ASSUMED_POLICIES: frozenset[tuple[CertificateAuthority, CertificateKind]] = frozenset(
    {(_S, _TAX), (_K, _TAX), (_T, _TAX)}
)
"""Pairs whose default OID is our own assumption, not a published one."""

DEFAULT_POLICIES = PolicyTable(_PRIMARY, _ALIASES)


def lookup_policy(oid: ObjectIdentifier | str) -> PolicyMatch | None:
    """The CA and kind of a policy OID in `DEFAULT_POLICIES`, or None."""
    return DEFAULT_POLICIES.lookup(oid)
