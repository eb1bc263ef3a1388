"""Driving the Gov24 issuance through GraphQL in tests: documents and the steps a portal sends."""

from __future__ import annotations

from typing import Any

from gateway.db.models import ClientKind
from gateway.db.repositories import ApiClientRepository
from gateway.store import Store
from tests.gateway.conftest import Stack
from tests.mocks.gov24.support import HONG, NPS, Holder, holder, last_code

ISSUANCE_FIELDS = """
  id step expiresAt
  identityCheck { method phoneMasked tokenSerial codeExpiresAt message }
  approval { id name residentNumberMasked identityCheckMethod capacity status expiresAt renewable }
  draft { contentToSign guardianRequired }
  confirmation {
    id issuanceNumber issuedAt name residentNumberMasked purpose submissionAgency delegate
    slip { issuanceNumber notice fileName }
  }
"""
CHALLENGE = """
mutation { certificateChallenge(input: {flow: GOV24_SIGNATURE_ISSUANCE}) {
  challenge { nonce } errors { code } } }
"""
START = f"""
mutation Start($input: Gov24IssuanceStartInput!) {{
  gov24IssuanceStart(input: $input) {{
    issuance {{ {ISSUANCE_FIELDS} }} sessionToken errors {{ code field message triesLeft }}
  }}
}}
"""
CHECK = f"""
mutation Check($input: Gov24IssuanceIdentityCheckInput!) {{
  gov24IssuanceIdentityCheck(input: $input) {{
    issuance {{ {ISSUANCE_FIELDS} }} errors {{ code field message triesLeft }}
  }}
}}
"""
APPLY = f"""
mutation Apply($input: Gov24IssuanceApplyInput!) {{
  gov24IssuanceApply(input: $input) {{
    issuance {{ {ISSUANCE_FIELDS} }} errors {{ code field message }}
  }}
}}
"""
SIGN = f"""
mutation Sign($input: Gov24IssuanceSignInput!) {{
  gov24IssuanceSign(input: $input) {{
    issuance {{ {ISSUANCE_FIELDS} }} errors {{ code field message }}
  }}
}}
"""
CONSENT = f"""
mutation Consent($input: Gov24IssuanceGuardianConsentInput!) {{
  gov24IssuanceGuardianConsent(input: $input) {{
    issuance {{ {ISSUANCE_FIELDS} }} errors {{ code field message }}
  }}
}}
"""
VERIFY = """
mutation Verify($input: Gov24SignatureConfirmationVerifyInput!) {
  gov24SignatureConfirmationVerify(input: $input) {
    confirmation { issuanceNumber name residentNumberMasked purpose submissionAgency delegate
                   content signatureValid }
    errors { code field message }
  }
}
"""


async def run(stack: Stack, document: str, input: dict[str, Any], **headers: str) -> Any:
    result = await stack.gateway.execute(document, {"input": input}, **headers)
    assert "errors" not in result, result
    [payload] = result["data"].values()
    return payload


async def nonce(stack: Stack) -> str:
    result = await stack.gateway.execute(CHALLENGE)
    value: str = result["data"]["certificateChallenge"]["challenge"]["nonce"]
    return value


async def start(stack: Stack, who: Holder, number: str, **headers: str) -> Any:
    proof = who.proof(await nonce(stack))
    return await run(stack, START, {"proof": proof, "residentNumber": number}, **headers)


async def logged_in(
    stack: Stack, person: tuple[str, str] = HONG, to: str = "01012345678"
) -> tuple[Holder, dict[str, Any], str]:
    """The person's certificate, the issuance past its identity check, the session token."""
    who = await holder(stack.pki, person)
    started = await start(stack, who, person[1])
    assert started["errors"] == [], started
    code = await last_code(stack.mocks["gov24"], to)
    checked = await run(stack, CHECK, {"id": started["issuance"]["id"], "code": code})
    assert checked["errors"] == [], checked
    return who, checked["issuance"], started["sessionToken"]


def form(issuance_id: str, person: tuple[str, str] = HONG, **changes: Any) -> dict[str, Any]:
    return {
        "id": issuance_id,
        "name": person[0],
        "residentNumber": person[1],
        "addressId": "ADR-0001",
        "addressDetail": "101동 1001호",
        "purpose": "부동산 매도",
        "counterparty": "김철수 (서울특별시 강남구)",
        "delegate": "박대리",
        "submissionAgencyCode": NPS,
    } | changes


async def issued(stack: Stack) -> tuple[dict[str, Any], str]:
    """홍길동's confirmation for 국민연금공단, and his gateway session token."""
    who, issuance, token = await logged_in(stack)
    applied = await run(stack, APPLY, form(issuance["id"]))
    content = applied["issuance"]["draft"]["contentToSign"]
    signed = await run(
        stack,
        SIGN,
        {"id": issuance["id"], "certificate": who.certificate, "signature": who.sign(content)},
    )
    assert signed["errors"] == [], signed
    return signed["issuance"]["confirmation"], token


async def agency_key(
    stack: Stack, code: str, kind: ClientKind = ClientKind.RECEIVING_AGENCY
) -> str:
    """Register a client application named by its 기관코드; its API key."""
    store: Store = stack.app.state.gateway.store
    async with store.sessions() as db, db.begin():
        _, key = await ApiClientRepository(db).register(code, kind)
    return key
