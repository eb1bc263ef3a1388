"""Work24 corporate sign-up and login end to end: `agency-gateway serve` in its own process,
the portal's operations over HTTP, the MDM sync followed over a WebSocket, the mocks' admin
APIs driven as a test harness would."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mocks.registry import MOCKS
from tests.e2e.processes import serving
from tests.gateway.test_certificates_challenge import proof
from tests.gateway.test_certificates_inspect import PASSWORD
from tests.support.graphql_ws import GraphQLWebSocket

HANBIT = "2208100016"
MDM_NOTICE = (
    "[기업회원 가입] 요청이 완료되었으나 [기업회원 고객정보 생성] 작업 지연으로 반영에 시간이 "
    "소요됩니다."
)
CHALLENGE = """mutation { certificateChallenge(input: {flow: WORK24_CORPORATE_SIGNUP}) {
  challenge { nonce } } }"""
START = """mutation($input: Work24SignupStartInput!) { work24SignupStart(input: $input) {
  signup { id step next { mutation } } errors { code message } } }"""
AUTHENTICATE = """mutation($input: Work24SignupAuthenticateInput!) {
  work24SignupAuthenticate(input: $input) { signup { step terms { code required } }
  errors { code message } } }"""
AGREE = """mutation($input: Work24SignupAgreeTermsInput!) { work24SignupAgreeTerms(input: $input) {
  signup { step company { companyName industry { code } } } errors { code message } } }"""
COMPLETE = """mutation($input: Work24SignupCompleteInput!) { work24SignupComplete(input: $input) {
  signup { step message mdmSync { status flowId } summary { label value } }
  errors { code message } } }"""
LOGIN = """mutation($input: Work24LoginInput!) { work24Login(input: $input) {
  token login { loginType member { registrationNumber mdmSync { status } } }
  errors { code message } } }"""
VIEWER = "{ viewer { work24 { loginType member { company { companyName } } } } }"
FLOW_UPDATED = "subscription($id: ID!) { flowUpdated(id: $id) { id agency step status message } }"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    with serving(tmp_path_factory.mktemp("serve-work24")) as served:
        yield served.gateway, {name: served.mock(name) for name in MOCKS}


async def graphql(http: httpx.AsyncClient, query: str, field: str, **variables: Any) -> Any:
    response = await http.post("/graphql", json={"query": query, "variables": variables})
    body = response.json()
    assert "errors" not in body, body
    return body["data"][field]


async def signed(http: httpx.AsyncClient, issued: dict[str, Any]) -> dict[str, Any]:
    nonce = (await graphql(http, CHALLENGE, "certificateChallenge"))["challenge"]["nonce"]
    return {"proof": proof(issued, nonce), "typedNumber": HANBIT}


async def test_sign_up_follow_the_mdm_sync_and_log_in(served: tuple[str, dict[str, str]]) -> None:
    base, mocks = served
    async with (
        httpx.AsyncClient(base_url=base, timeout=10) as http,
        httpx.AsyncClient(base_url=mocks["work24"], timeout=10) as work24,
        httpx.AsyncClient(base_url=mocks["pki"], timeout=10) as pki,
    ):
        # given (주)한빛소프트웨어's corporate certificate from a test CA
        holder = {"ca": "kica", "kind": "corporate", "holder_name": "(주)한빛소프트웨어"}
        issued = (
            await pki.post("/certificates", json={**holder, "number": HANBIT, "password": PASSWORD})
        ).json()
        # when the portal walks 가입 인증 → 약관 동의
        start = await graphql(
            http, START, "work24SignupStart", input={"registrationNumber": HANBIT}
        )
        signup_id = start["signup"]["id"]
        authenticated = await graphql(
            http,
            AUTHENTICATE,
            "work24SignupAuthenticate",
            input={
                "id": signup_id,
                "representativeName": "이서준",
                "openedOn": "2010-03-15",
                "certificate": await signed(http, issued),
            },
        )
        assert authenticated["errors"] == []
        required = [t["code"] for t in authenticated["signup"]["terms"] if t["required"]]
        agreed = await graphql(
            http, AGREE, "work24SignupAgreeTerms", input={"id": signup_id, "agreed": required}
        )
        assert agreed["signup"]["company"]["companyName"] == "(주)한빛소프트웨어"
        # and 정보 입력 while MDM is down, following the flow over a WebSocket
        outage = {"route": "/mdm/customers", "outage": True}
        fault = (await work24.post("/__admin/faults", json=outage)).json()
        ws_url = base.replace("http://", "ws://") + "/graphql"
        async with GraphQLWebSocket.open(ws_url) as ws:
            await ws.subscribe("mdm", FLOW_UPDATED, id=signup_id)
            information = {
                "id": signup_id,
                "industryCode": agreed["signup"]["company"]["industry"]["code"],
                "contact": {"name": "김담당", "mobile": "010-2222-3333"},
                "consents": {
                    "smsCivilAffairs": True,
                    "smsPromotions": False,
                    "emailNews": False,
                    "electronicNoticeEmail": False,
                },
                "employmentMembership": True,
            }
            done = await graphql(http, COMPLETE, "work24SignupComplete", input=information)
            # then the sign-up completes with the manual's notice, the record pending
            assert done["errors"] == []
            assert done["signup"]["step"] == "COMPLETED"
            assert done["signup"]["message"] == MDM_NOTICE
            assert done["signup"]["mdmSync"] == {"status": "PENDING", "flowId": signup_id}
            # when MDM is back and the retry is due
            await work24.delete(f"/__admin/faults/{fault['id']}")
            await work24.post("/__admin/clock", json={"advance_seconds": 61})
            await work24.post("/__admin/mdm/retry")
            # then the subscriber sees it turn complete, and the stream ends
            statuses = []
            while True:
                message = await ws.receive(within=15)
                if message["type"] == "complete":
                    break
                statuses.append(message["payload"]["data"]["flowUpdated"]["status"])
            assert statuses[-1] == "SUCCEEDED"
        # and the company logs in at once with the certificate it joined with
        login = await graphql(
            http,
            LOGIN,
            "work24Login",
            input={
                "memberType": "GENERAL",
                "registrationNumber": HANBIT,
                "certificate": await signed(http, issued),
            },
        )
        assert login["errors"] == []
        assert login["login"]["member"]["mdmSync"]["status"] == "COMPLETE"
        viewer = await http.post(
            "/graphql",
            json={"query": VIEWER},
            headers={"Authorization": f"Bearer {login['token']}"},
        )
        assert viewer.json()["data"]["viewer"]["work24"] == {
            "loginType": "GENERAL",
            "member": {"company": {"companyName": "(주)한빛소프트웨어"}},
        }
