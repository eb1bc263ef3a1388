"""KOTRA 무역투자24 end to end over real sockets (`serve --in-memory`): a general sign-up with
real-name verification, registering a new company with its corporate certificate and the scan
(a GraphQL multipart upload), a second member (a converted legacy account) joining by the
approval password, and the company admin seeing and removing that employee."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from koreakit.npki import keys
from koreakit.npki.challenge import sign_challenge
from mocks.identity import people
from mocks.kotra import seed
from tests.e2e.processes import Serving, serving

CARD = {
    "issuer": people.KIM_YOUNGHEE.cards[0].issuer,
    "cardNumber": people.KIM_YOUNGHEE.cards[0].number,
    "expiry": people.CARD_EXPIRY,
    "password2": people.CARD_PASSWORD_2,
    "name": "김영희",
    "birthDate": "1978-09-05",
    "sexDigit": "2",
    "consents": {"personalInfo": True, "uniqueId": True, "serviceTerms": True},
}
TERMS = {"termsOfUse": True, "privacyRequired": True}
PASSWORD = "New-pass-2024!"
CERT_PASSWORD = "holder-password-0123"
NEW_COMPANY = "2208100016"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Serving]:
    with serving(tmp_path_factory.mktemp("serve-kotra")) as running:
        yield running


def gql(base: str, query: str, variables: dict[str, Any], token: str | None = None) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(
        f"{base}/graphql",
        json={"query": query, "variables": variables},
        headers=headers,
        timeout=20,
    )
    body = response.json()
    assert "errors" not in body, body
    (payload,) = body["data"].values()
    return payload


def gql_upload(
    base: str,
    query: str,
    variables: dict[str, Any],
    path: str,
    file: tuple[str, bytes, str],
    token: str,
) -> Any:
    """One GraphQL multipart request: ``file`` (name, bytes, type) at variable ``path``."""
    response = httpx.post(
        f"{base}/graphql",
        data={
            "operations": json.dumps({"query": query, "variables": variables}),
            "map": json.dumps({"0": [f"variables.{path}"]}),
        },
        files={"0": file},
        headers={"Authorization": f"Bearer {token}", "Apollo-Require-Preflight": "true"},
        timeout=20,
    )
    body = response.json()
    assert "errors" not in body, body
    (payload,) = body["data"].values()
    return payload


def test_signup_then_company_registration_over_real_sockets(served: Serving) -> None:
    base = served.gateway
    # 실명인증 for KOTRA by 김영희's personal card
    verification = gql(
        base,
        "mutation ($i: IdentityVerificationStartInput!) { identityVerificationStart(input: $i) "
        "{ verification { verificationId } errors { code } } }",
        {"i": {"agency": "KOTRA", "card": CARD}},
    )["verification"]["verificationId"]
    # 약관동의 → 실명인증 → 회원정보 입력 with the company's approval password
    flow = gql(
        base,
        "mutation ($i: KotraSignupStartInput!) { kotraSignupStart(input: $i) "
        "{ signup { id step } errors { code } } }",
        {"i": {"terms": TERMS}},
    )["signup"]
    assert flow["step"] == "VERIFICATION"
    verified = gql(
        base,
        "mutation ($i: KotraSignupVerifyInput!) { kotraSignupVerify(input: $i) "
        "{ signup { step verifiedName } errors { code } } }",
        {"i": {"id": flow["id"], "verificationId": verification}},
    )["signup"]
    assert verified == {"step": "MEMBER_INFO", "verifiedName": "김영희"}
    completed = gql(
        base,
        "mutation ($i: KotraSignupCompleteInput!) { kotraSignupComplete(input: $i) "
        "{ member { loginId memberClass company { name } } sessionToken errors { code } } }",
        {
            "i": {
                "id": flow["id"],
                "loginId": "younghee78",
                "password": PASSWORD,
                "passwordConfirm": PASSWORD,
                "email": "younghee@example.com",
                "mobile": "010-2222-3333",
                "interestHsCodes": ["1806"],
            }
        },
    )
    assert completed["errors"] == []
    assert completed["member"]["memberClass"] == "GENERAL"
    token = completed["sessionToken"]
    # 기업정보 등록 of a new company: the scan and the corporate certificate
    registration = gql(
        base,
        "mutation ($i: KotraCompanyRegistrationStartInput!) { "
        "kotraCompanyRegistrationStart(input: $i) { registration { id scanRequired } "
        "errors { code } } }",
        {"i": {"terms": TERMS, "businessNumber": NEW_COMPANY}},
        token,
    )["registration"]
    assert registration["scanRequired"] is True
    issued = httpx.post(
        f"{served.mock('pki')}/certificates",
        json={
            "ca": "yessign",
            "kind": "corporate",
            "holder_name": "(주)한빛소프트웨어",
            "number": NEW_COMPANY,
            "password": CERT_PASSWORD,
        },
        timeout=20,
    ).json()
    nonce = gql(
        base,
        "mutation { certificateChallenge(input: {flow: KOTRA_COMPANY_REGISTRATION}) "
        "{ challenge { nonce } errors { code } } }",
        {},
    )["challenge"]["nonce"]
    key, random_num = keys.load_private_key(base64.b64decode(issued["key_file"]), CERT_PASSWORD)
    assert random_num is not None
    proof = {
        "certificate": issued["certificate"],
        "signature": base64.b64encode(sign_challenge(key, nonce.encode("ascii"))).decode(),
        "challenge": nonce,
        "randomNum": base64.b64encode(random_num).decode(),
    }
    company = gql_upload(
        base,
        "mutation ($i: KotraCompanyRegisterInput!) { kotraCompanyRegister(input: $i) "
        "{ company { businessNumber name registered } errors { code message } } }",
        {
            "i": {
                "id": registration["id"],
                "proof": proof,
                "loginPassword": "Hanbit-company-1!",
                "loginPasswordConfirm": "Hanbit-company-1!",
                "approvalPassword": "246810",
                "approvalPasswordConfirm": "246810",
                "company": {
                    "name": "(주)한빛소프트웨어",
                    "nameEn": "Hanbit Software Co., Ltd.",
                    "representative": "이서준",
                    "representativeEn": "LEE SEOJUN",
                    "companyType": "법인",
                    "companyClass": "중소기업",
                    "tradeKind": "제조",
                    "mainProduct": "소프트웨어",
                    "phone": "02-555-0101",
                    "email": "contact@hanbit.example.com",
                },
                "scan": None,
            }
        },
        "i.scan",
        ("사업자등록증.pdf", b"%PDF-1.4 scan", "application/pdf"),
        token,
    )
    assert company["errors"] == []
    assert company["company"]["registered"] is True
    # the company admin logs in and sees the business through Business.kotra
    admin = gql(
        base,
        "mutation ($i: KotraCompanyLoginInput!) { kotraCompanyLogin(input: $i) "
        "{ company { name employeeTotal } sessionToken errors { code } } }",
        {"i": {"businessNumber": NEW_COMPANY, "password": "Hanbit-company-1!"}},
    )
    assert admin["company"]["name"] == "(주)한빛소프트웨어"
    admin_token = admin["sessionToken"]
    # a second member — 윤하림's converted legacy account — joins by the approval password
    conversion = gql(
        base,
        "mutation ($i: KotraLegacyLoginInput!) { kotraLegacyLogin(input: $i) "
        "{ conversion { id } errors { code } } }",
        {"i": {"loginId": "yoonharim", "password": seed.LEGACY_PASSWORD}},
    )["conversion"]
    converted = gql(
        base,
        "mutation ($i: KotraLegacyConvertInput!) { kotraLegacyConvert(input: $i) "
        "{ sessionToken errors { code } } }",
        {
            "i": {
                "id": conversion["id"],
                "loginId": "yoonharim",
                "password": "Harim-new-pass1!",
                "passwordConfirm": "Harim-new-pass1!",
                "terms": TERMS,
            }
        },
    )
    joined = gql(
        base,
        "mutation ($i: KotraAffiliationInput!) { kotraAffiliationRegister(input: $i) "
        "{ member { memberClass company { name } } errors { code } } }",
        {"i": {"businessNumber": NEW_COMPANY, "approvalPassword": "246810"}},
        converted["sessionToken"],
    )
    assert joined["member"]["memberClass"] == "GENERAL_APPROVAL_PASSWORD"
    # the admin sees both employees and removes 윤하림
    employees = "{ viewer { kotraEmployees { totalCount edges { node { memberId loginId } } } } }"
    page = gql(base, employees, {}, admin_token)["kotraEmployees"]
    assert [e["node"]["loginId"] for e in page["edges"]] == ["younghee78", "yoonharim"]
    removed = gql(
        base,
        "mutation ($i: KotraEmployeeRemoveInput!) { kotraEmployeeRemove(input: $i) "
        "{ removedMemberId errors { code } } }",
        {"i": {"memberId": page["edges"][1]["node"]["memberId"]}},
        admin_token,
    )
    assert removed["errors"] == []
    after = gql(base, employees, {}, admin_token)["kotraEmployees"]
    assert [e["node"]["loginId"] for e in after["edges"]] == ["younghee78"]
    business = gql(
        base,
        "query ($n: BusinessNumber!) { business(registrationNumber: $n) "
        "{ nts { statusLabel } kotra { name registered } } }",
        {"n": NEW_COMPANY},
    )
    assert business["kotra"] == {"name": "(주)한빛소프트웨어", "registered": True}
    calls = httpx.get(f"{served.mock('kotra')}/__admin/calls", timeout=10).json()
    registered = [k for k in calls["calls"] if k.startswith("POST /company-registrations/")]
    assert [calls["calls"][k] for k in registered] == [1]
