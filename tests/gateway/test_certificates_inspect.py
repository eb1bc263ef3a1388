"""certificateInspect: owner, CA, kind, validity, trust and revocation of certificates the pki
mock issues; the VID owner check; which agency flows take a certificate and why not."""

from __future__ import annotations

import base64
from typing import Any

from cryptography.hazmat.primitives import serialization

from koreakit.npki import keys
from koreakit.npki.oids import CertificateAuthority, CertificateKind
from mocks.identity import people
from mocks.pki.authority import MockPki
from tests.gateway.conftest import Stack

INSPECT = """
mutation Inspect($input: CertificateInspectInput!) {
  certificateInspect(input: $input) {
    certificate {
      serialNumber holderName kind kindKo kindEn generalPurpose corporate policyOid
      notBefore notAfter validity trusted
      authority { id brand nameKo nameEn }
      revocation { status revokedAt reason }
      ownerCheck { numberKind numberMasked matches }
      acceptedBy { flow agency accepted reason }
    }
    errors { code field message }
  }
}
"""
PASSWORD = "holder-password-0123"
KOREA_EDS = {
    "ca": "yessign",
    "kind": "corporate",
    "holder_name": "(주)한국이디에스",
    "number": "6638501035",
    "password": PASSWORD,
}
HONG = {
    "ca": "crosscert",
    "kind": "personal",
    "holder_name": "홍길동",
    "number": people.HONG_GILDONG.resident_number,
    "password": PASSWORD,
}


async def issue(stack: Stack, holder: dict[str, str], **changes: str) -> dict[str, Any]:
    response = await stack.pki.post("/certificates", json={**holder, **changes})
    assert response.status_code == 201, response.text
    issued: dict[str, Any] = response.json()
    return issued


def random_num_of(issued: dict[str, Any]) -> str:
    _, random_num = keys.load_private_key(base64.b64decode(issued["key_file"]), PASSWORD)
    assert random_num is not None
    return base64.b64encode(random_num).decode()


async def inspect(stack: Stack, certificate: str, **more: str) -> dict[str, Any]:
    headers = {"Accept-Language": more.pop("language")} if "language" in more else {}
    variables = {"input": {"certificate": certificate, **more}}
    result = await stack.gateway.execute(INSPECT, variables, **headers)
    assert "errors" not in result, result
    payload: dict[str, Any] = result["data"]["certificateInspect"]
    return payload


def acceptance(certificate: dict[str, Any]) -> dict[str, bool]:
    return {entry["flow"]: entry["accepted"] for entry in certificate["acceptedBy"]}


async def test_corporate_certificate_is_read_and_accepted_by_work24_and_kotra_not_gov24(
    stack: Stack,
) -> None:
    # given a 법인 범용 certificate of (주)한국이디에스 from yessign
    issued = await issue(stack, KOREA_EDS)
    # when
    payload = await inspect(stack, issued["certificate_pem"])
    # then
    assert payload["errors"] == []
    certificate = payload["certificate"]
    assert certificate["holderName"] == "(주)한국이디에스"
    assert certificate["serialNumber"] == issued["serial"]
    assert certificate["authority"] == {
        "id": "YESSIGN",
        "brand": "yessign",
        "nameKo": "금융결제원",
        "nameEn": "Korea Financial Telecommunications & Clearings Institute (KFTC)",
    }
    assert (certificate["kind"], certificate["kindKo"], certificate["kindEn"]) == (
        "CORPORATE_GENERAL",
        "법인(사업자) 범용",
        "corporate general-purpose",
    )
    assert (certificate["generalPurpose"], certificate["corporate"]) == (True, True)
    assert (certificate["validity"], certificate["trusted"]) == ("VALID", True)
    assert certificate["revocation"]["status"] == "GOOD"
    assert acceptance(certificate) == {
        "WORK24_CORPORATE_SIGNUP": True,
        "KOTRA_COMPANY_REGISTRATION": True,
        "HOMETAX_DEPARTMENT_USER": True,
        "GOV24_SIGNATURE_ISSUANCE": False,
    }
    [gov24] = [e for e in certificate["acceptedBy"] if e["agency"] == "GOV24"]
    assert gov24["reason"] == (
        "정부24 전자본인서명확인서 발급에는 본인 명의의 개인 범용 공동인증서만 사용할 수 "
        "있습니다. 이 인증서는 금융결제원 법인(사업자) 범용입니다."
    )


async def test_base64_der_reads_like_pem_even_with_line_breaks(stack: Stack) -> None:
    issued = await issue(stack, KOREA_EDS)
    der = issued["certificate"]
    wrapped = "\n".join(der[i : i + 64] for i in range(0, len(der), 64))
    for pasted in (der, wrapped):
        payload = await inspect(stack, pasted)
        assert payload["certificate"]["holderName"] == "(주)한국이디에스"


async def test_personal_certificate_is_not_accepted_where_corporate_is_needed(
    stack: Stack,
) -> None:
    issued = await issue(stack, HONG)
    certificate = (await inspect(stack, issued["certificate_pem"]))["certificate"]
    assert (certificate["kind"], certificate["kindKo"]) == ("PERSONAL_GENERAL", "개인 범용")
    assert acceptance(certificate) == {
        "WORK24_CORPORATE_SIGNUP": False,
        "KOTRA_COMPANY_REGISTRATION": False,
        "HOMETAX_DEPARTMENT_USER": False,
        "GOV24_SIGNATURE_ISSUANCE": True,
    }
    [work24] = [e for e in certificate["acceptedBy"] if e["agency"] == "WORK24"]
    assert "법인(사업자) 범용 공동인증서" in work24["reason"]
    assert "한국전자인증 개인 범용" in work24["reason"]


async def test_refusal_reasons_are_in_english_on_request(stack: Stack) -> None:
    issued = await issue(stack, HONG)
    payload = await inspect(stack, issued["certificate_pem"], language="en")
    [work24] = [e for e in payload["certificate"]["acceptedBy"] if e["agency"] == "WORK24"]
    assert work24["reason"] == (
        "Work24 corporate member sign-up takes only a corporate general-purpose certificate of "
        "one of the five accredited CAs; this certificate is a CrossCert personal "
        "general-purpose certificate."
    )


async def test_kotra_takes_the_limited_use_kinds_on_its_list(stack: Stack) -> None:
    # given 정보인증전자세금용(법인), on KOTRA's list, and SignKorea's 법인 금융거래용, not on it
    tax = await issue(stack, KOREA_EDS, ca="kica", kind="e-tax-invoice")
    banking = await issue(stack, KOREA_EDS, ca="signkorea", kind="corporate-banking")
    # when / then
    taken = acceptance((await inspect(stack, tax["certificate_pem"]))["certificate"])
    refused = acceptance((await inspect(stack, banking["certificate_pem"]))["certificate"])
    assert taken["KOTRA_COMPANY_REGISTRATION"]
    assert taken["HOMETAX_DEPARTMENT_USER"]
    assert not taken["WORK24_CORPORATE_SIGNUP"]
    assert not refused["KOTRA_COMPANY_REGISTRATION"]


async def test_revoked_certificate_is_shown_revoked(stack: Stack) -> None:
    # given a certificate its CA revoked
    issued = await issue(stack, KOREA_EDS)
    revoke = await stack.pki.post(
        f"/certificates/{issued['serial']}/revoke", json={"reason": "keyCompromise"}
    )
    assert revoke.status_code == 200
    # when
    certificate = (await inspect(stack, issued["certificate_pem"]))["certificate"]
    # then
    revocation = certificate["revocation"]
    assert (revocation["status"], revocation["reason"]) == ("REVOKED", "keyCompromise")
    assert revocation["revokedAt"] is not None
    assert certificate["validity"] == "VALID"


async def test_expired_certificate_is_shown_expired(stack: Stack) -> None:
    # given a certificate that expired on 2023-11-04, like the one in the Work24 manual
    issued = await issue(
        stack,
        KOREA_EDS,
        ca="signkorea",
        not_before="2022-11-04T00:00:00+09:00",
        not_after="2023-11-04T23:59:59+09:00",
    )
    # when
    certificate = (await inspect(stack, issued["certificate_pem"]))["certificate"]
    # then it is still a trusted certificate, only expired
    assert (certificate["validity"], certificate["trusted"]) == ("EXPIRED", True)
    assert certificate["notAfter"].startswith("2023-11-04T14:59:59")


async def test_vid_matches_the_owners_business_number(stack: Stack) -> None:
    issued = await issue(stack, KOREA_EDS)
    payload = await inspect(
        stack,
        issued["certificate_pem"],
        typedNumber="663-85-01035",
        randomNum=random_num_of(issued),
    )
    assert payload["certificate"]["ownerCheck"] == {
        "numberKind": "BUSINESS",
        "numberMasked": "663-85-*****",
        "matches": True,
    }


async def test_vid_does_not_match_another_number(stack: Stack) -> None:
    issued = await issue(stack, KOREA_EDS)
    payload = await inspect(
        stack, issued["certificate_pem"], typedNumber="1208200275", randomNum=random_num_of(issued)
    )
    assert payload["certificate"]["ownerCheck"]["matches"] is False


async def test_resident_number_is_checked_but_never_echoed(stack: Stack) -> None:
    # given 홍길동's personal certificate and his resident number typed
    issued = await issue(stack, HONG)
    number = people.HONG_GILDONG.resident_number
    variables = {
        "input": {
            "certificate": issued["certificate_pem"],
            "typedNumber": number,
            "randomNum": random_num_of(issued),
        }
    }
    # when
    response = await stack.gateway.post(INSPECT, variables)
    # then
    owner = response.json()["data"]["certificateInspect"]["certificate"]["ownerCheck"]
    assert owner == {"numberKind": "RESIDENT", "numberMasked": "801210-1******", "matches": True}
    assert number not in response.text
    assert number[6:] not in response.text


async def test_owner_check_needs_r(stack: Stack) -> None:
    issued = await issue(stack, KOREA_EDS)
    payload = await inspect(stack, issued["certificate_pem"], typedNumber="6638501035")
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("RANDOM_NUM_REQUIRED", ["input", "randomNum"])
    assert payload["certificate"]["ownerCheck"] is None
    assert payload["certificate"]["holderName"] == "(주)한국이디에스"


async def test_malformed_certificate_is_refused(stack: Stack) -> None:
    payload = await inspect(stack, "bm90IGEgY2VydGlmaWNhdGU=")
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("MALFORMED_CERTIFICATE", ["input", "certificate"])
    assert payload["certificate"] is None


async def test_certificate_of_another_pki_is_not_trusted(stack: Stack) -> None:
    # given a certificate from a PKI the CAs do not know, with a real NPKI policy OID
    key = keys.generate_key()
    stranger = MockPki.ephemeral(key_factory=lambda: key)
    issued = stranger.authority.issue(
        CertificateAuthority.YESSIGN,
        CertificateKind.CORPORATE_GENERAL,
        "(주)한국이디에스",
        "6638501035",
        private_key=key,
    )
    pem = issued.certificate.public_bytes(serialization.Encoding.PEM).decode()
    # when
    certificate = (await inspect(stack, pem))["certificate"]
    # then it reads like any other, but is not trusted
    assert (certificate["kind"], certificate["trusted"]) == ("CORPORATE_GENERAL", False)


async def test_cas_down_leave_the_local_reading_standing(stack: Stack) -> None:
    # given a certificate, then the CAs unreachable
    issued = await issue(stack, KOREA_EDS)
    await stack.pki.post("/__admin/faults", json={"outage": True})
    # when
    result = await stack.gateway.execute(INSPECT, {"input": {"certificate": issued["certificate"]}})
    # then trust and revocation are null with AGENCY_UNAVAILABLE, the rest answers
    certificate = result["data"]["certificateInspect"]["certificate"]
    assert (certificate["holderName"], certificate["trusted"], certificate["revocation"]) == (
        "(주)한국이디에스",
        None,
        None,
    )
    assert {tuple(e["path"]) for e in result["errors"]} == {
        ("certificateInspect", "certificate", "trusted"),
        ("certificateInspect", "certificate", "revocation"),
    }
    assert {e["extensions"]["code"] for e in result["errors"]} == {"AGENCY_UNAVAILABLE"}
