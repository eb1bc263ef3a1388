"""GraphQL documents and helpers of the KOTRA tests: verifying a person for KOTRA, signing a
challenge with a corporate certificate, logging in."""

from __future__ import annotations

import base64
import json
from typing import Any

from koreakit.npki import keys
from koreakit.npki.challenge import sign_challenge
from mocks.identity import people
from mocks.kotra import seed
from tests.gateway.conftest import Stack
from tests.gateway.test_identity_card import card_of
from tests.gateway.test_identity_phone import CONFIRM as PHONE_CONFIRM
from tests.gateway.test_identity_phone import HONG_BY_SMS, sent_codes
from tests.gateway.test_identity_simple_auth import CONFIRM as SIMPLE_AUTH_CONFIRM
from tests.gateway.test_identity_simple_auth import HONG_BY_KAKAO, in_the_app

MEMBER_FIELDS = """
  loginId memberClass name mobile email interestHsCodes interestRegions services
  affiliation company { businessNumber name representative address addressEn phone fax }
  joinedAt consentedAt
"""
ERRORS = "errors { code field message }"

VERIFY_IDENTITY = """
mutation ($input: IdentityVerificationStartInput!) {
  identityVerificationStart(input: $input) { verification { verificationId } errors { code } }
}"""
VERIFY_START = """
mutation ($input: IdentityVerificationStartInput!) {
  identityVerificationStart(input: $input) { verification { id } errors { code message } } }"""
SIGNUP_START = f"""
mutation ($input: KotraSignupStartInput!) {{
  kotraSignupStart(input: $input) {{ signup {{ id step expiresAt }} {ERRORS} }} }}"""
SIGNUP_VERIFY = f"""
mutation ($input: KotraSignupVerifyInput!) {{
  kotraSignupVerify(input: $input) {{ signup {{ id step verifiedName }} {ERRORS} }} }}"""
SIGNUP_COMPLETE = f"""
mutation ($input: KotraSignupCompleteInput!) {{
  kotraSignupComplete(input: $input) {{ member {{ {MEMBER_FIELDS} }} sessionToken message
    {ERRORS} }} }}"""
LOGIN = f"""
mutation ($input: KotraLoginInput!) {{
  kotraLogin(input: $input) {{ member {{ {MEMBER_FIELDS} }} sessionToken {ERRORS} }} }}"""
COMPANY_LOGIN = f"""
mutation ($input: KotraCompanyLoginInput!) {{
  kotraCompanyLogin(input: $input) {{
    company {{ businessNumber name employeeTotal registered }} sessionToken {ERRORS} }} }}"""
CHALLENGE = """
mutation { certificateChallenge(input: {flow: KOTRA_COMPANY_REGISTRATION}) {
  challenge { nonce } errors { code } } }"""
VIEWER_MEMBER = f"{{ viewer {{ kotraMember {{ {MEMBER_FIELDS} }} }} }}"

TERMS = {"termsOfUse": True, "privacyRequired": True, "marketing": False}
PASSWORD = "New-pass-2024!"
CERT_PASSWORD = "holder-password-0123"
KIM_YOUNGHEE_BY_SMS = HONG_BY_SMS | {
    "name": "김영희",
    "birthDate": "1978-09-05",
    "sexDigit": "2",
    "phone": "010-2222-3333",
}
LEE_SEOJUN_BY_TOSS = HONG_BY_KAKAO | {
    "provider": "TOSS",
    "name": "이서준",
    "birthDate": "1985-03-21",
    "phone": "010-5551-0101",
}
KIM_YOUNGHEE_CARD = card_of(people.KIM_YOUNGHEE, 0, "1978-09-05", "2")
HONG_CARD = card_of(people.HONG_GILDONG, 0, "1980-12-10", "1")


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def data(
    stack: Stack, query: str, variables: dict[str, Any] | None = None, **headers: str
) -> dict[str, Any]:
    result = await stack.gateway.execute(query, variables, **headers)
    assert "errors" not in result, result
    found: dict[str, Any] = result["data"]
    return found


async def verification_id(stack: Stack, card: dict[str, Any], agency: str = "KOTRA") -> str:
    started = await data(stack, VERIFY_IDENTITY, {"input": {"agency": agency, "card": card}})
    verified: str = started["identityVerificationStart"]["verification"]["verificationId"]
    return verified


async def phone_verification(stack: Stack, phone: dict[str, Any] = HONG_BY_SMS) -> str:
    """A person (홍길동 unless told) verified by 휴대전화 (SMS code) for KOTRA."""
    started = await data(stack, VERIFY_START, {"input": {"agency": "KOTRA", "phone": phone}})
    flow_id = started["identityVerificationStart"]["verification"]["id"]
    code = (await sent_codes(stack))[-1]
    confirmed = await data(stack, PHONE_CONFIRM, {"input": {"id": flow_id, "code": code}})
    verified: str = confirmed["identityVerificationConfirm"]["verification"]["verificationId"]
    return verified


async def simple_auth_verification(stack: Stack, simple: dict[str, Any] = HONG_BY_KAKAO) -> str:
    """A person (홍길동 by 카카오톡 인증 unless told) verified by 간편인증 for KOTRA, approved in
    the provider's app."""
    variables = {"input": {"agency": "KOTRA", "simpleAuth": simple}}
    started = await data(stack, VERIFY_START, variables)
    flow_id = started["identityVerificationStart"]["verification"]["id"]
    await in_the_app(stack, flow_id, "approve")
    confirmed = await data(stack, SIMPLE_AUTH_CONFIRM, {"input": {"id": flow_id}})
    verified: str = confirmed["identityVerificationConfirm"]["verification"]["verificationId"]
    return verified


async def verified_signup(stack: Stack, card: dict[str, Any] = KIM_YOUNGHEE_CARD) -> str:
    """A sign-up past 약관동의 and 실명인증; returns its id."""
    started = await data(stack, SIGNUP_START, {"input": {"terms": TERMS}})
    flow_id: str = started["kotraSignupStart"]["signup"]["id"]
    verified = await verification_id(stack, card)
    payload = await data(
        stack, SIGNUP_VERIFY, {"input": {"id": flow_id, "verificationId": verified}}
    )
    assert payload["kotraSignupVerify"]["errors"] == [], payload
    return flow_id


def member_info(flow_id: str, **changes: Any) -> dict[str, Any]:
    return {
        "id": flow_id,
        "loginId": "younghee78",
        "password": PASSWORD,
        "passwordConfirm": PASSWORD,
        "email": "younghee.kim@example.com",
        "mobile": "010-2222-3333",
        "interestHsCodes": ["843820"],
        "interestRegions": ["TR", "SY"],
    } | changes


async def complete(stack: Stack, flow_id: str, **changes: Any) -> dict[str, Any]:
    payload = await data(stack, SIGNUP_COMPLETE, {"input": member_info(flow_id, **changes)})
    completed: dict[str, Any] = payload["kotraSignupComplete"]
    return completed


async def signed_up(stack: Stack, **changes: Any) -> str:
    """김영희 joined as a general member; returns the gateway session token."""
    completed = await complete(stack, await verified_signup(stack), **changes)
    assert completed["errors"] == [], completed
    token: str = completed["sessionToken"]
    return token


async def log_in(
    stack: Stack, login_id: str = seed.HONG_LOGIN_ID, password: str = seed.SEED_PASSWORD
) -> str:
    payload = await data(stack, LOGIN, {"input": {"loginId": login_id, "password": password}})
    assert payload["kotraLogin"]["errors"] == [], payload
    token: str = payload["kotraLogin"]["sessionToken"]
    return token


async def company_certificate(stack: Stack, number: str, name: str, **more: str) -> dict[str, Any]:
    """A corporate certificate issued by the test CAs (yessign 법인 범용 unless told)."""
    holder = {"ca": "yessign", "kind": "corporate", "holder_name": name, "number": number}
    response = await stack.pki.post(
        "/certificates", json=holder | {"password": CERT_PASSWORD} | more
    )
    assert response.status_code == 201, response.text
    issued: dict[str, Any] = response.json()
    return issued


async def proof(stack: Stack, issued: dict[str, Any]) -> dict[str, str]:
    """The holder signs a fresh challenge for KOTRA's company flows."""
    nonce = (await data(stack, CHALLENGE))["certificateChallenge"]["challenge"]["nonce"]
    key, random_num = keys.load_private_key(base64.b64decode(issued["key_file"]), CERT_PASSWORD)
    assert random_num is not None
    return {
        "certificate": issued["certificate"],
        "signature": base64.b64encode(sign_challenge(key, nonce.encode("ascii"))).decode(),
        "challenge": nonce,
        "randomNum": base64.b64encode(random_num).decode(),
    }


async def company_login(
    stack: Stack, number: str = seed.EDS_NUMBER, password: str = seed.EDS_COMPANY_PASSWORD
) -> str:
    variables = {"input": {"businessNumber": number, "password": password}}
    payload = (await data(stack, COMPANY_LOGIN, variables))["kotraCompanyLogin"]
    assert payload["errors"] == [], payload
    token: str = payload["sessionToken"]
    return token


async def advance_clock(stack: Stack, days: float) -> None:
    response = await stack.mocks["kotra"].post(
        "/__admin/clock", json={"advance_seconds": days * 86400}
    )
    assert response.status_code == 200, response.text


async def upload(
    stack: Stack,
    query: str,
    variables: dict[str, Any],
    path: str,
    file: tuple[str, bytes, str],
    **headers: str,
) -> dict[str, Any]:
    """One GraphQL multipart request (the spec's ``operations``, ``map`` and the file, with the
    CSRF preflight header): ``file`` (name, bytes, declared type) at variable ``path``."""
    response = await stack.gateway.http.post(
        "/graphql",
        data={
            "operations": json.dumps({"query": query, "variables": variables}),
            "map": json.dumps({"0": [f"variables.{path}"]}),
        },
        files={"0": file},
        headers={"Apollo-Require-Preflight": "true", **headers},
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert "errors" not in body, body
    found: dict[str, Any] = body["data"]
    return found
