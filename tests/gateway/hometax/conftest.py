"""A gateway over the Hometax mock (and its peers), and the steps every Hometax test takes."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from typing import Any

import pytest

from gateway.db.models import ClientKind
from gateway.db.repositories import ApiClientRepository
from gateway.services import feed_watcher
from gateway.settings import Settings
from gateway.store import Store
from koreakit.npki import keys
from koreakit.npki.challenge import sign_challenge
from mocks.pki.authority import MockPki
from tests.gateway.conftest import Stack, open_stack
from tests.gateway.test_identity_card import HONG_CARD
from tests.gateway.test_identity_phone import START

BUSINESS = "2148602348"
"""(주)서울물류: no department user in the seed; 대표 박지훈, born 1983-06-30."""
BIRTH_DATE = "1983-06-30"
PASSWORD = "Cargo2024!x"
USER_ID = "cargo_pay1"
CERT_PASSWORD = "holder-password-0123"

ID_CHECK = """
mutation Check($input: HometaxUserIdCheckInput!) {
  hometaxUserIdCheck(input: $input) { available message errors { code field message } }
}
"""
APPLY = """
mutation Apply($input: HometaxDepartmentUserApplyInput!) {
  hometaxDepartmentUserApply(input: $input) {
    application { id step expiresAt userId statusLabel }
    departmentUser { userId name department phone mobile email status statusLabel userType }
    message
    errors { code field message }
  }
}
"""
REPRESENTATIVE_LOGIN = """
mutation Login($input: HometaxRepresentativeLoginInput!) {
  hometaxRepresentativeLogin(input: $input) {
    login { role method businessNumber companyName name }
    token
    errors { code field message }
  }
}
"""
SET_STATUS = """
mutation SetStatus($input: HometaxDepartmentUserSetStatusInput!) {
  hometaxDepartmentUserSetStatus(input: $input) {
    departmentUser { userId status statusLabel changedAt applicationId }
    message
    errors { code field message }
  }
}
"""
USER_LOGIN = """
mutation UserLogin($input: HometaxDepartmentUserLoginInput!) {
  hometaxDepartmentUserLogin(input: $input) {
    login { role method userId name passwordChangeRequired }
    token
    errors { code field message }
  }
}
"""


@pytest.fixture
async def stack(settings: Settings, test_pki: MockPki) -> AsyncIterator[Stack]:
    async with open_stack(settings, test_pki, agencies=("hometax",)) as opened:
        yield opened
        await feed_watcher.stop_all()


async def verified(stack: Stack, card: dict[str, Any] | None = None) -> str:
    """홍길동's card verification for HOMETAX: the `verificationId` an application redeems."""
    result = await stack.gateway.execute(
        START, {"input": {"agency": "HOMETAX", "card": card or HONG_CARD}}
    )
    verification_id: str = result["data"]["identityVerificationStart"]["verification"][
        "verificationId"
    ]
    return verification_id


def application(verification_id: str, **changes: Any) -> dict[str, Any]:
    """A valid application for (주)서울물류 by 홍길동."""
    return {
        "agreements": {"serviceNotice": True, "certificateNotice": True},
        "applicantName": "홍길동",
        "verificationId": verification_id,
        "businessNumber": BUSINESS,
        "representativeBirthDate": BIRTH_DATE,
        "userId": USER_ID,
        "password": PASSWORD,
        "passwordConfirmation": PASSWORD,
        "department": "정산팀",
        "mobile": "010-1234-5678",
        "phone": "02-400-2300",
        "email": "etax@seoul-logistics.example",
    } | changes


async def execute(
    stack: Stack, query: str, variables: dict[str, Any], token: str | None = None
) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    result = await stack.gateway.execute(query, variables, **headers)
    assert "errors" not in result, result
    data: dict[str, Any] = result["data"]
    return next(iter(data.values()))


async def check_id(stack: Stack, user_id: str) -> dict[str, Any]:
    return await execute(stack, ID_CHECK, {"input": {"userId": user_id}})


async def apply(stack: Stack, *, check: bool = True, **changes: Any) -> dict[str, Any]:
    """중복확인 (unless ``check`` is false), then the application, with ``changes``."""
    user_id = changes.get("userId", USER_ID)
    if check:
        await check_id(stack, user_id)
    body = application(await verified(stack), **changes)
    return await execute(stack, APPLY, {"input": body})


async def issue(stack: Stack, kind: str, number: str = BUSINESS) -> dict[str, Any]:
    """A certificate of ``kind`` for the business, from the yessign test CA."""
    body = {
        "ca": "yessign",
        "kind": kind,
        "holder_name": "(주)서울물류",
        "number": number,
        "password": CERT_PASSWORD,
    }
    response = await stack.pki.post("/certificates", json=body)
    assert response.status_code == 201, response.text
    issued: dict[str, Any] = response.json()
    return issued


async def prove(stack: Stack, issued: dict[str, Any]) -> dict[str, str]:
    """A challenge for HOMETAX from `certificateChallenge`, signed by the holder, with R."""
    challenge = await stack.gateway.execute(
        "mutation { certificateChallenge(input: {agency: HOMETAX}) { challenge { nonce } } }"
    )
    nonce = challenge["data"]["certificateChallenge"]["challenge"]["nonce"]
    key, random_num = keys.load_private_key(base64.b64decode(issued["key_file"]), CERT_PASSWORD)
    assert random_num is not None
    return {
        "certificate": issued["certificate"],
        "signature": base64.b64encode(sign_challenge(key, nonce.encode("ascii"))).decode(),
        "challenge": nonce,
        "randomNum": base64.b64encode(random_num).decode(),
    }


async def representative(stack: Stack, business: str = BUSINESS) -> str:
    """The representative's My NTS login with a corporate certificate: the gateway token."""
    issued = await issue(stack, "corporate", business)
    variables = {"input": {"businessNumber": business, "proof": await prove(stack, issued)}}
    payload = await execute(stack, REPRESENTATIVE_LOGIN, variables)
    assert payload["errors"] == [], payload
    token: str = payload["token"]
    return token


async def set_status(stack: Stack, token: str, status: str, user_id: str = USER_ID) -> Any:
    variables = {"input": {"userId": user_id, "status": status}}
    return await execute(stack, SET_STATUS, variables, token)


async def user_login(
    stack: Stack, password: str = PASSWORD, user_id: str = USER_ID
) -> dict[str, Any]:
    variables = {"input": {"userId": user_id, "password": password}}
    return await execute(stack, USER_LOGIN, variables)


def codes(payload: dict[str, Any]) -> list[str]:
    return [error["code"] for error in payload["errors"]]


async def client_key(stack: Stack, name: str, kind: ClientKind = ClientKind.INTEGRATOR) -> str:
    """Register a client application of ``kind``; its API key (send as ``X-Api-Key``)."""
    store: Store = stack.app.state.gateway.store
    async with store.sessions() as db, db.begin():
        _, key = await ApiClientRepository(db).register(name, kind)
    return key
