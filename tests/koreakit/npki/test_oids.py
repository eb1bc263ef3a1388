"""Policy OIDs per CA and kind, from the reference table, both ways."""

from __future__ import annotations

import pytest
from cryptography.x509 import ObjectIdentifier

from koreakit.npki.oids import (
    ASSUMED_POLICIES,
    DEFAULT_POLICIES,
    KISA_IDENTIFY_DATA,
    KISA_RANDOM_NUM,
    KISA_VID,
    CertificateAuthority,
    CertificateKind,
    lookup_policy,
)

CA = CertificateAuthority
KIND = CertificateKind


@pytest.mark.parametrize(
    ("oid", "ca", "kind"),
    [
        ("1.2.410.200005.1.1.1", CA.YESSIGN, KIND.PERSONAL_GENERAL),
        ("1.2.410.200005.1.1.5", CA.YESSIGN, KIND.CORPORATE_GENERAL),
        ("1.2.410.200005.1.1.4", CA.YESSIGN, KIND.PERSONAL_BANKING),
        ("1.2.410.200004.5.1.1.5", CA.SIGNKOREA, KIND.PERSONAL_GENERAL),
        ("1.2.410.200004.5.1.1.7", CA.SIGNKOREA, KIND.CORPORATE_GENERAL),
        ("1.2.410.200004.5.2.1.2", CA.KICA, KIND.PERSONAL_GENERAL),
        ("1.2.410.200004.5.2.1.1", CA.KICA, KIND.CORPORATE_GENERAL),
        ("1.2.410.200004.5.2.1.7.1", CA.KICA, KIND.PERSONAL_BANKING),
        ("1.2.410.200004.5.4.1.1", CA.CROSSCERT, KIND.PERSONAL_GENERAL),
        ("1.2.410.200004.5.4.1.2", CA.CROSSCERT, KIND.CORPORATE_GENERAL),
        ("1.2.410.200004.5.4.1.101", CA.CROSSCERT, KIND.PERSONAL_BANKING),
        ("1.2.410.200004.5.4.2.80", CA.CROSSCERT, KIND.E_TAX_INVOICE),
        ("1.2.410.200012.1.1.1", CA.TRADESIGN, KIND.PERSONAL_GENERAL),
        ("1.2.410.200012.1.1.3", CA.TRADESIGN, KIND.CORPORATE_GENERAL),
        ("1.2.410.200012.1.1.101", CA.TRADESIGN, KIND.PERSONAL_BANKING),
    ],
)
def test_reference_policy_oids_map_to_ca_and_kind(
    oid: str, ca: CertificateAuthority, kind: CertificateKind
) -> None:
    match = lookup_policy(oid)

    assert match is not None
    assert (match.ca, match.kind) == (ca, kind)
    assert DEFAULT_POLICIES.oid_for(ca, kind) == ObjectIdentifier(oid)


@pytest.mark.parametrize("ca", list(CertificateAuthority))
def test_every_ca_issues_personal_corporate_bank_and_e_tax_kinds(ca: CertificateAuthority) -> None:
    kinds = DEFAULT_POLICIES.kinds(ca)

    assert {
        KIND.PERSONAL_GENERAL,
        KIND.CORPORATE_GENERAL,
        KIND.PERSONAL_BANKING,
        KIND.E_TAX_INVOICE,
    } <= set(kinds)


def test_every_policy_oid_lies_under_its_cas_arc() -> None:
    for (ca, _), oid in DEFAULT_POLICIES.primary.items():
        assert oid.startswith(ca.arc.dotted_string + ".")


def test_lookup_inverts_every_primary_oid() -> None:
    for (ca, kind), oid in DEFAULT_POLICIES.primary.items():
        match = DEFAULT_POLICIES.lookup(oid)
        assert match is not None
        assert (match.ca, match.kind) == (ca, kind)


def test_aliases_are_recognised_as_their_kind() -> None:
    match = lookup_policy("1.2.410.200005.1.1.6.1")  # yessign CORP_IB

    assert match is not None
    assert (match.ca, match.kind) == (CA.YESSIGN, KIND.CORPORATE_BANKING)


def test_unknown_oid_is_not_a_policy() -> None:
    assert lookup_policy("1.2.410.200004.5.5.1.1") is None  # INITECH: not one of the five


def test_assumed_e_tax_oid_can_be_overridden() -> None:
    assert (CA.KICA, KIND.E_TAX_INVOICE) in ASSUMED_POLICIES

    table = DEFAULT_POLICIES.with_overrides({(CA.KICA, KIND.E_TAX_INVOICE): "1.2.410.200004.5.2.9"})

    assert table.oid_for(CA.KICA, KIND.E_TAX_INVOICE).dotted_string == "1.2.410.200004.5.2.9"
    match = table.lookup("1.2.410.200004.5.2.9")
    assert match is not None
    assert match.kind is KIND.E_TAX_INVOICE
    assert table.lookup("1.2.410.200004.5.2.2.80") is None


def test_a_ca_without_a_kind_refuses_its_oid() -> None:
    with pytest.raises(ValueError, match="issues no"):
        DEFAULT_POLICIES.oid_for(CA.SIGNKOREA, KIND.PERSONAL_CIVIL_SERVICE)


def test_kinds_have_korean_and_english_labels_and_a_holder_type() -> None:
    assert KIND.PERSONAL_GENERAL.label_ko == "개인 범용"
    assert KIND.PERSONAL_GENERAL.label_en == "personal general-purpose"
    assert KIND.CORPORATE_GENERAL.is_corporate
    assert KIND.E_TAX_INVOICE.is_corporate
    assert not KIND.PERSONAL_BANKING.is_corporate
    assert all(kind.label_ko and kind.label_en for kind in CertificateKind)


def test_cas_have_korean_names_and_test_intermediate_names() -> None:
    assert CA.YESSIGN.name_ko == "금융결제원"
    assert CA.TRADESIGN.name_ko == "한국무역정보통신"
    assert all("TEST" in ca.test_ca_name for ca in CertificateAuthority)


def test_kisa_oids() -> None:
    assert KISA_IDENTIFY_DATA.dotted_string == "1.2.410.200004.10.1.1"
    assert KISA_VID.dotted_string == "1.2.410.200004.10.1.1.1"
    assert KISA_RANDOM_NUM.dotted_string == "1.2.410.200004.10.1.1.3"
