"""GraphQL documents and helpers of the Work24 gateway tests."""

from __future__ import annotations

from typing import Any

from tests.gateway.conftest import Stack
from tests.gateway.test_certificates_challenge import proof
from tests.gateway.test_certificates_inspect import PASSWORD

HANBIT = {
    "number": "2208100016",
    "name": "(주)한빛소프트웨어",
    "rep": "이서준",
    "opened": "2010-03-15",
}
"""An NTS seed business, not a member; no 금융인증서 yet (phone 010-5551-0101)."""
KOREA_EDS = {
    "number": "6638501035",
    "name": "(주)한국이디에스",
    "rep": "김형원",
    "opened": "2015-03-02",
}
"""Not a member; its 금융인증서 exists (phone 010-3473-6973, PIN 135790)."""
KOTRA = {
    "number": "1208200275",
    "name": "대한무역투자진흥공사",
    "rep": "유정열",
    "opened": "1962-06-21",
}
"""A seed member (일반사업자), no certificate registered."""
CHEONGSOL = {
    "number": "1234503335",
    "name": "청솔세무회계",
    "rep": "윤서연",
    "opened": "2012-01-02",
}
"""A seed member (고용보험 사무대행기관), no certificate registered."""

SIGNUP_FIELDS = """
  id step stepLabel memberType registrationNumber expiresAt
  next { mutation inputFields }
  terms { code title required }
  company { registrationNumber companyName address representativeName openedOn businessPhone
            industry { code name } }
  summary { label value }
  mdmSync { status attempts message flowId }
  message
  member { registrationNumber memberType services { code } mdmSync { status }
           certificates { kind label } }
"""
ERRORS = "errors { code field message reason triesLeft }"

START = f"""
mutation Start($input: Work24SignupStartInput!) {{
  work24SignupStart(input: $input) {{ signup {{ {SIGNUP_FIELDS} }} {ERRORS} }}
}}"""
AUTHENTICATE = f"""
mutation Authenticate($input: Work24SignupAuthenticateInput!) {{
  work24SignupAuthenticate(input: $input) {{ signup {{ {SIGNUP_FIELDS} }} {ERRORS} }}
}}"""
AGREE = f"""
mutation Agree($input: Work24SignupAgreeTermsInput!) {{
  work24SignupAgreeTerms(input: $input) {{ signup {{ {SIGNUP_FIELDS} }} {ERRORS} }}
}}"""
COMPLETE = f"""
mutation Complete($input: Work24SignupCompleteInput!) {{
  work24SignupComplete(input: $input) {{ signup {{ {SIGNUP_FIELDS} }} {ERRORS} }}
}}"""
LOGIN = f"""
mutation Login($input: Work24LoginInput!) {{
  work24Login(input: $input) {{
    token
    login {{ loginType loginTypeLabel services {{ code name }} member {{ registrationNumber }} }}
    {ERRORS}
  }}
}}"""
REGISTER = f"""
mutation Register($input: Work24CertificateRegisterInput!) {{
  work24CertificateRegister(input: $input) {{ member {{ certificates {{ kind label }} }} {ERRORS} }}
}}"""
FINCERT_FIELDS = (
    "id step method numberMasked phoneMasked message terms { code required } verified "
    "arsDisplayCode triesLeft"
)
FINCERT_START = f"""
mutation FincertStart($input: Work24FincertStartInput!) {{
  work24FincertStart(input: $input) {{ fincert {{ {FINCERT_FIELDS} }} {ERRORS} }}
}}"""
FINCERT_REGISTER = f"""
mutation FincertRegister($input: Work24FincertRegisterInput!) {{
  work24FincertRegister(input: $input) {{ fincert {{ {FINCERT_FIELDS} }} {ERRORS} }}
}}"""
FINCERT_CONFIRM = f"""
mutation FincertConfirm($input: Work24FincertConfirmInput!) {{
  work24FincertConfirm(input: $input) {{ fincert {{ {FINCERT_FIELDS} }} {ERRORS} }}
}}"""
FINCERT_SIGN = f"""
mutation FincertSign($input: Work24FincertSignInput!) {{
  work24FincertSign(input: $input) {{ fincert {{ {FINCERT_FIELDS} }} {ERRORS} }}
}}"""
CHALLENGE = """
mutation { certificateChallenge(input: {flow: WORK24_CORPORATE_SIGNUP}) { challenge { nonce } } }
"""
REQUIRED_TERMS = ["work24_terms", "privacy_collection", "unique_id"]
CONTACT = {
    "name": "김담당",
    "landline": "02-555-0101",
    "mobile": "010-2222-3333",
    "email": "hr@hanbit.example",
}
CONSENTS = {
    "smsCivilAffairs": True,
    "smsPromotions": False,
    "emailNews": False,
    "electronicNoticeEmail": True,
}
INFORMATION = {
    "industryCode": "722000",
    "contact": CONTACT,
    "consents": CONSENTS,
    "employmentMembership": True,
}


async def run(
    stack: Stack, document: str, field: str, input: dict[str, Any], **headers: str
) -> dict[str, Any]:
    """The payload of ``field``; fails on any GraphQL error."""
    result = await stack.gateway.execute(document, {"input": input}, **headers)
    assert "errors" not in result, result
    payload: dict[str, Any] = result["data"][field]
    return payload


async def issue(stack: Stack, number: str, name: str, **changes: str) -> dict[str, Any]:
    """A certificate from the test CAs (yessign 법인 범용 by default)."""
    holder = {"ca": "yessign", "kind": "corporate", "holder_name": name, "number": number}
    response = await stack.pki.post(
        "/certificates", json={**holder, "password": PASSWORD, **changes}
    )
    assert response.status_code == 201, response.text
    issued: dict[str, Any] = response.json()
    return issued


async def certificate(stack: Stack, issued: dict[str, Any], typed: str) -> dict[str, Any]:
    """The certificate input: a fresh challenge signed by the holder, and the typed number."""
    result = await stack.gateway.execute(CHALLENGE)
    nonce = result["data"]["certificateChallenge"]["challenge"]["nonce"]
    return {"proof": proof(issued, nonce), "typedNumber": typed}


async def start(
    stack: Stack, business: dict[str, str], member_type: str = "GENERAL"
) -> dict[str, Any]:
    payload = await run(
        stack,
        START,
        "work24SignupStart",
        {"registrationNumber": business["number"], "memberType": member_type},
    )
    assert payload["errors"] == [], payload
    signup: dict[str, Any] = payload["signup"]
    return signup


async def authenticate(
    stack: Stack, signup_id: str, business: dict[str, str], cert: dict[str, Any] | None
) -> dict[str, Any]:
    given = {
        "id": signup_id,
        "representativeName": business["rep"],
        "openedOn": business["opened"],
        "certificate": cert,
    }
    return await run(stack, AUTHENTICATE, "work24SignupAuthenticate", given)


async def at_information(
    stack: Stack, business: dict[str, str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """A sign-up at 03 정보 입력 (joint certificate); (the sign-up, the issued certificate)."""
    signup = await start(stack, business)
    issued = await issue(stack, business["number"], business["name"])
    cert = await certificate(stack, issued, business["number"])
    authenticated = await authenticate(stack, signup["id"], business, cert)
    assert authenticated["errors"] == [], authenticated
    agreed = await run(
        stack, AGREE, "work24SignupAgreeTerms", {"id": signup["id"], "agreed": REQUIRED_TERMS}
    )
    assert agreed["errors"] == [], agreed
    return agreed["signup"], issued


async def complete(stack: Stack, signup_id: str, **changes: Any) -> dict[str, Any]:
    return await run(
        stack, COMPLETE, "work24SignupComplete", {"id": signup_id, **INFORMATION, **changes}
    )


async def joined(stack: Stack, business: dict[str, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A business that has just joined; (the completed sign-up, its certificate)."""
    signup, issued = await at_information(stack, business)
    done = await complete(stack, signup["id"])
    assert done["errors"] == [], done
    return done["signup"], issued
