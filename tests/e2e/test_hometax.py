"""Hometax department users end to end, over real sockets with `agency-gateway serve`: a
person is verified, applies, the representative approves with the business's certificate (the
applicant's subscription hears it at once) and a third-party platform registers the user."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from koreakit.npki import keys
from koreakit.npki.challenge import sign_challenge
from mocks.identity import people
from mocks.serve import mock_ports
from tests.e2e.processes import add_client, serving
from tests.support.graphql_ws import GraphQLWebSocket

BUSINESS = "2148602348"  # (주)서울물류, 대표 박지훈 (1983-06-30)
PASSWORD = "Cargo2024!x"
CERT_PASSWORD = "holder-password-0123"
HONG_CARD = {
    "issuer": people.HONG_GILDONG.cards[0].issuer,
    "cardNumber": people.HONG_GILDONG.cards[0].number,
    "expiry": people.CARD_EXPIRY,
    "password2": people.CARD_PASSWORD_2,
    "name": "홍길동",
    "birthDate": "1980-12-10",
    "sexDigit": "1",
    "consents": {"personalInfo": True, "uniqueId": True, "serviceTerms": True},
}
VERIFY = """mutation($input: IdentityVerificationStartInput!) {
  identityVerificationStart(input: $input) { verification { verificationId } errors { code } } }"""
CHECK = """mutation($id: String!) {
  hometaxUserIdCheck(input: {userId: $id}) { available errors { code } } }"""
APPLY = """mutation($input: HometaxDepartmentUserApplyInput!) {
  hometaxDepartmentUserApply(input: $input) {
    application { id step } message errors { code field message } } }"""
FLOW_UPDATED = """subscription($id: ID!) {
  flowUpdated(id: $id) { id agency step status message } }"""
CHALLENGE = """mutation {
  certificateChallenge(input: {agency: HOMETAX}) { challenge { nonce } } }"""
LOGIN = """mutation($input: HometaxRepresentativeLoginInput!) {
  hometaxRepresentativeLogin(input: $input) {
    login { role companyName } token errors { code } } }"""
USERS = """{ viewer { hometaxDepartmentUsers(first: 10) {
  totalCount edges { node { userId name statusLabel } } } } }"""
SET_STATUS = """mutation($input: HometaxDepartmentUserSetStatusInput!) {
  hometaxDepartmentUserSetStatus(input: $input) {
    departmentUser { statusLabel } message errors { code } } }"""
DELEGATE = """mutation($input: HometaxDepartmentUserDelegateInput!) {
  hometaxDepartmentUserDelegate(input: $input) {
    delegation { token businessNumber companyName scopes } errors { code } } }"""
STANDING = """{ business(registrationNumber: "2148602348") {
  hometax { departmentUser { status statusLabel } } } }"""


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int, str]]:
    """The gateway and mocks, with the platform (카고페이) registered as an integrator client;
    its API key is the third item."""
    data = tmp_path_factory.mktemp("hometax")
    key = add_client(data, "cargopay", "integrator")
    with serving(data, keep_data=True) as served:
        yield served.gateway, served.mock_port, key


async def graphql(
    base: str,
    query: str,
    variables: dict[str, Any] | None = None,
    token: str = "",
    api_key: str = "",
) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if api_key:
        headers["X-Api-Key"] = api_key
    body = {"query": query, "variables": variables or {}}
    async with httpx.AsyncClient(timeout=20) as http:
        response = await http.post(f"{base}/graphql", json=body, headers=headers)
    result = response.json()
    assert "errors" not in result, result
    return next(iter(result["data"].values()))


async def signed(
    base: str, pki: str, number: str = BUSINESS, direct: bool = False
) -> dict[str, str]:
    """A corporate certificate of the business from the pki mock, signing a challenge from the
    gateway (or, ``direct``, from the CAs themselves, as Hometax's own site would)."""
    holder = {"ca": "yessign", "kind": "corporate", "holder_name": "(주)서울물류",
              "number": number, "password": CERT_PASSWORD}  # fmt: skip
    async with httpx.AsyncClient(timeout=30) as http:
        issued = (await http.post(f"{pki}/certificates", json=holder)).json()
        if direct:
            challenge = await http.post(f"{pki}/challenges", json={"site_code": "hometax"})
            nonce = challenge.json()["nonce"]
    if not direct:
        nonce = (await graphql(base, CHALLENGE))["challenge"]["nonce"]
    key, random_num = keys.load_private_key(base64.b64decode(issued["key_file"]), CERT_PASSWORD)
    assert random_num is not None
    return {
        "certificate": issued["certificate"],
        "signature": base64.b64encode(sign_challenge(key, nonce.encode("ascii"))).decode(),
        "challenge": nonce,
        "randomNum": base64.b64encode(random_num).decode(),
    }


async def test_application_to_approval_to_third_party_registration(
    served: tuple[str, int, str],
) -> None:
    base, mock_port, platform_key = served
    ports = mock_ports(mock_port, ["pki", "hometax"])
    pki, hometax = (f"http://127.0.0.1:{ports[name]}" for name in ("pki", "hometax"))
    # given 홍길동 verified for Hometax and a checked ID
    verification = await graphql(base, VERIFY, {"input": {"agency": "HOMETAX", "card": HONG_CARD}})
    verification_id = verification["verification"]["verificationId"]
    assert (await graphql(base, CHECK, {"id": "cargo_pay1"}))["available"] is True
    # when the application is sent
    application = {
        "agreements": {"serviceNotice": True, "certificateNotice": True},
        "applicantName": "홍길동", "verificationId": verification_id,
        "businessNumber": BUSINESS, "representativeBirthDate": "1983-06-30",
        "userId": "cargo_pay1", "password": PASSWORD, "passwordConfirmation": PASSWORD,
        "department": "정산팀", "mobile": "010-1234-5678", "email": "etax@seoul.example",
    }  # fmt: skip
    applied = await graphql(base, APPLY, {"input": application})
    assert applied["errors"] == []
    assert applied["application"]["step"] == "PENDING"
    flow_id = applied["application"]["id"]
    ws_url = base.replace("http://", "ws://") + "/graphql"
    async with GraphQLWebSocket.open(ws_url) as applicant:
        # and the applicant's app subscribes to its flow
        await applicant.subscribe("approval", FLOW_UPDATED, id=flow_id)
        # when the representative logs in with the business's certificate and sets 사용
        login = await graphql(base, LOGIN, {"input": {"businessNumber": BUSINESS,
                                                "proof": await signed(base, pki)}})  # fmt: skip
        assert login["errors"] == []
        token = login["token"]
        users = (await graphql(base, USERS, token=token))["hometaxDepartmentUsers"]
        assert users["edges"][0]["node"] == {
            "userId": "cargo_pay1", "name": "홍길동", "statusLabel": "대기",
        }  # fmt: skip
        saved = await graphql(
            base, SET_STATUS, {"input": {"userId": "cargo_pay1", "status": "ACTIVE"}}, token
        )
        assert saved["departmentUser"]["statusLabel"] == "사용"
        # then the applicant hears it at once, and the stream completes
        message = await applicant.receive(within=10)
        assert message["payload"]["data"]["flowUpdated"] == {
            "id": flow_id, "agency": "HOMETAX", "step": "ACTIVE",
            "status": "SUCCEEDED", "message": "사용",
        }  # fmt: skip
        assert (await applicant.receive())["type"] == "complete"
    # when the logistics payment platform (an integrator client) registers the user
    delegate = {"userId": "cargo_pay1", "password": PASSWORD, "platform": "카고페이"}
    async with httpx.AsyncClient(timeout=20) as http:
        anonymous = await http.post(
            f"{base}/graphql", json={"query": DELEGATE, "variables": {"input": delegate}}
        )
    assert anonymous.json()["errors"][0]["extensions"]["code"] == "CLIENT_KIND_NOT_ALLOWED"
    delegated = await graphql(base, DELEGATE, {"input": delegate}, api_key=platform_key)
    delegation = delegated["delegation"]
    # then it acts for the business, as Hometax itself confirms
    assert (delegation["businessNumber"], delegation["companyName"]) == (BUSINESS, "(주)서울물류")
    async with httpx.AsyncClient(timeout=10) as http:
        introspect = {"token": delegation["token"]}
        seen = (await http.post(f"{hometax}/delegations/introspect", json=introspect)).json()
    assert (seen["active"], seen["business_number"]) == (True, BUSINESS)
    # and the business view shows the active department user
    standing = (await graphql(base, STANDING))["hometax"]["departmentUser"]
    assert standing == {"status": "ACTIVE", "statusLabel": "사용"}


async def test_approval_made_on_hometax_itself_reaches_the_applicant(
    served: tuple[str, int, str],
) -> None:
    base, mock_port, _ = served
    ports = mock_ports(mock_port, ["pki", "hometax"])
    pki, hometax = (f"http://127.0.0.1:{ports[name]}" for name in ("pki", "hometax"))
    flow_id = "dpu_seed_hanbit_test"  # the manual's row: hanbit_test of 2208100016, 대기
    ws_url = base.replace("http://", "ws://") + "/graphql"
    async with GraphQLWebSocket.open(ws_url) as applicant:
        # given the applicant's app subscribed, then read its application (still 대기)
        await applicant.subscribe("approval", FLOW_UPDATED, id=flow_id)
        read = await graphql(
            base, "query($id: ID!) { hometaxDepartmentUserApplication(id: $id) { step } }",
            {"id": flow_id},
        )  # fmt: skip
        assert read == {"step": "PENDING"}
        # when the representative saves 사용 on Hometax's own site, not through the gateway
        login = {"business_number": "2208100016",
                 "proof": await signed(base, pki, "2208100016", direct=True)}  # fmt: skip
        async with httpx.AsyncClient(timeout=20) as http:
            token = (await http.post(f"{hometax}/auth/certificate", json=login)).json()["token"]
            saved = await http.put(
                f"{hometax}/my-nts/department-users/hanbit_test/status",
                json={"status": "active"},
                headers={"Authorization": f"Bearer {token}"},
            )
        assert saved.status_code == 200, saved.text
        # then the gateway hears it from Hometax's status feed and tells the applicant
        message = await applicant.receive(within=10)
        assert message["payload"]["data"]["flowUpdated"] == {
            "id": flow_id, "agency": "HOMETAX", "step": "ACTIVE",
            "status": "SUCCEEDED", "message": "사용",
        }  # fmt: skip
