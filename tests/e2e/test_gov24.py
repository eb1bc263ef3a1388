"""Gov24 end to end over real sockets: an approval granted at the office, 정부24 접속 by ID and
password, the 복합인증 (certificate login and the phone code), the form, a real signature, the
slip, and the receiving agency's verification."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from koreakit.npki import keys
from koreakit.npki.challenge import sign_challenge
from tests.e2e.processes import add_client, serving

NUMBER = "8306301456781"
NAME = "박지훈"
PHONE = "01022223333"
AGENCY = "B551002"  # 국민연금공단
PASSWORD = "holder-password-0123"
ISSUANCE = "id step draft { contentToSign } confirmation { issuanceNumber slip { pdfBase64 } }"


@dataclass
class Served:
    gateway: str
    gov24: str
    pki: str
    agency_key: str


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    data = tmp_path_factory.mktemp("gov24")
    key = add_client(data, AGENCY, "receiving_agency")
    with serving(data, keep_data=True) as served:
        yield Served(served.gateway, served.mock("gov24"), served.mock("pki"), key)


def graphql(served: Served, query: str, variables: dict[str, Any], **headers: str) -> Any:
    response = httpx.post(
        f"{served.gateway}/graphql",
        json={"query": query, "variables": variables},
        headers=headers,
        timeout=20,
    )
    body = response.json()
    assert "errors" not in body, body
    [payload] = body["data"].values()
    return payload


def mutation(
    served: Served,
    field: str,
    input_type: str,
    selection: str,
    headers: dict[str, str] | None = None,
    **input: Any,
) -> Any:
    document = f"mutation($input: {input_type}!) {{ {field}(input: $input) {{ {selection} }} }}"
    payload = graphql(served, document, {"input": input}, **(headers or {}))
    assert payload["errors"] == [], payload
    return payload


def test_from_approval_to_verification(served: Served) -> None:
    # given the office grants 박지훈 a usage approval with a mobile identity check
    granted = httpx.post(
        f"{served.gov24}/__admin/approvals",
        json={"name": NAME, "resident_number": NUMBER, "method": "mobile", "phone": PHONE},
        timeout=10,
    )
    assert granted.status_code == 201, granted.text
    # and a personal certificate from a test CA
    issued = httpx.post(
        f"{served.pki}/certificates",
        json={"ca": "kica", "kind": "personal", "holder_name": NAME, "number": NUMBER,
              "password": PASSWORD},
        timeout=30,
    ).json()  # fmt: skip
    key, random_num = keys.load_private_key(base64.b64decode(issued["key_file"]), PASSWORD)
    assert random_num is not None

    def sign(text: str) -> str:
        return base64.b64encode(sign_challenge(key, text.encode("utf-8"))).decode()

    # and he is a 정부24 member
    member = {
        "user_id": "jihoon83",
        "password": "Jihoon-pw-0630",
        "name": NAME,
        "resident_number": NUMBER,
    }
    seeded = httpx.post(f"{served.gov24}/__admin/seed", json={"members": [member]}, timeout=10)
    assert seeded.status_code < 300, seeded.text
    # when he enters 정부24 with his ID and password
    entered = mutation(
        served, "gov24MemberLogin", "Gov24MemberLoginInput",
        "member { complexAuthRequired } sessionToken errors { code }",
        userId=member["user_id"], password=member["password"],
    )  # fmt: skip
    assert entered["member"]["complexAuthRequired"] is True
    token = entered["sessionToken"]
    auth = {"Authorization": f"Bearer {token}"}
    # and does the 복합인증: his certificate
    challenge = graphql(
        served,
        "mutation { certificateChallenge(input: {flow: GOV24_SIGNATURE_ISSUANCE}) "
        "{ challenge { nonce } } }",
        {},
    )["challenge"]["nonce"]
    proof = {
        "certificate": issued["certificate"],
        "signature": sign(challenge),
        "challenge": challenge,
        "randomNum": base64.b64encode(random_num).decode(),
    }
    start = mutation(
        served, "gov24IssuanceStart", "Gov24IssuanceStartInput",
        f"issuance {{ {ISSUANCE} }} sessionToken errors {{ code }}", auth,
        proof=proof, residentNumber=NUMBER,
    )  # fmt: skip
    flow_id = start["issuance"]["id"]
    assert start["issuance"]["step"] == "IDENTITY_CHECK"
    assert start["sessionToken"] is None  # his gateway session goes on
    # and enters the code the phone call read out
    outbox = httpx.get(f"{served.gov24}/__admin/outbox", params={"to": PHONE}, timeout=10)
    code = outbox.json()["messages"][-1]["code"]
    mutation(
        served, "gov24IssuanceIdentityCheck", "Gov24IssuanceIdentityCheckInput",
        "issuance { step } errors { code }", id=flow_id, code=code,
    )  # fmt: skip
    # and picks his address and the submission agency from the searches
    address = graphql(
        served,
        'query($id: ID!) { gov24AddressSearch(issuanceId: $id, query: "세종대로 209") { id } }',
        {"id": flow_id},
    )[0]["id"]
    agency = graphql(
        served, '{ gov24Agencies(query: "국민연금") { edges { node { code } } } }', {}
    )["edges"][0]["node"]["code"]
    applied = mutation(
        served, "gov24IssuanceApply", "Gov24IssuanceApplyInput",
        f"issuance {{ {ISSUANCE} }} errors {{ code }}",
        id=flow_id, name=NAME, residentNumber=NUMBER, addressId=address, purpose="연금 수령 위임",
        counterparty="국민연금공단 종로지사", delegate="박지영 (배우자)",
        submissionAgencyCode=agency,
    )  # fmt: skip
    content = applied["issuance"]["draft"]["contentToSign"]
    # and signs the content with his certificate
    signed = mutation(
        served, "gov24IssuanceSign", "Gov24IssuanceSignInput",
        f"issuance {{ {ISSUANCE} }} errors {{ code }}",
        id=flow_id, certificate=issued["certificate"], signature=sign(content),
    )  # fmt: skip
    # then the confirmation is issued, with its slip as a PDF
    confirmation = signed["issuance"]["confirmation"]
    assert base64.b64decode(confirmation["slip"]["pdfBase64"]).startswith(b"%PDF-")
    number = confirmation["issuanceNumber"]
    # and 국민연금공단, as a receiving-agency client, verifies it by number and name
    verified = graphql(
        served,
        "mutation($input: Gov24SignatureConfirmationVerifyInput!) { "
        "gov24SignatureConfirmationVerify(input: $input) { "
        "confirmation { purpose signatureValid residentNumberMasked } errors { code } } }",
        {"input": {"issuanceNumber": number, "name": NAME}},
        **{"X-Api-Key": served.agency_key},
    )  # fmt: skip
    assert verified["errors"] == []
    assert verified["confirmation"] == {
        "purpose": "연금 수령 위임",
        "signatureValid": True,
        "residentNumberMasked": "830630-1******",
    }
    # and 박지훈 sees that look-up in his session
    lookups = graphql(
        served,
        "query($n: String!) { viewer { gov24SignatureConfirmation(issuanceNumber: $n) "
        "{ lookups { agencyCode outcome } } } }",
        {"n": number},
        Authorization=f"Bearer {token}",
    )["gov24SignatureConfirmation"]["lookups"]
    assert lookups == [{"agencyCode": AGENCY, "outcome": "VIEWED"}]
