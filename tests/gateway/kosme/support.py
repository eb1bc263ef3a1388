"""GraphQL documents and steps shared by the KOSME gateway tests: sign-up, login, résumés,
multipart uploads (the GraphQL multipart request spec)."""

from __future__ import annotations

import json
from typing import Any, Final

import httpx

from tests.gateway.conftest import Stack
from tests.gateway.test_identity_phone import CONFIRM, HONG_BY_SMS, START, sent_codes
from tests.mocks.kosme.support import NGUYEN_NUMBER, sns_code

MEMBER_FIELDS: Final = """
  member { memberId kind name loginId snsProvider mobile referral snsMessageNotices emailNotices
           address jobSeekerType programmeType }
  token
  errors { code field message }
"""
SNS_SIGNUP: Final = f"""
mutation SnsSignup($input: KosmeSnsMemberSignupInput!) {{
  kosmeSnsMemberSignup(input: $input) {{ {MEMBER_FIELDS} }}
}}
"""
SIGNUP: Final = f"""
mutation Signup($input: KosmeMemberSignupInput!) {{
  kosmeMemberSignup(input: $input) {{ {MEMBER_FIELDS} }}
}}
"""
LOGIN: Final = f"""
mutation Login($input: KosmeMemberLoginInput!) {{
  kosmeMemberLogin(input: $input) {{ {MEMBER_FIELDS} }}
}}
"""
RESUME_FIELDS: Final = """
  id title name englishName loginId foreignerNumberMasked mobile email nationality visaType
  visaExpiresOn address jobSeekerType programmeType careerKind
  photo { filename contentType size }
  educations { kind schoolName region major department entered graduated graduationStatus
               projectUrls }
  careers { company started ended current }
"""
CREATE: Final = f"""
mutation Create($input: KosmeResumeInput!) {{
  kosmeResumeCreate(input: $input) {{
    resume {{ {RESUME_FIELDS} }}
    errors {{ code field message }}
  }}
}}
"""
UPDATE: Final = f"""
mutation Update($input: KosmeResumeUpdateInput!) {{
  kosmeResumeUpdate(input: $input) {{
    resume {{ {RESUME_FIELDS} }}
    errors {{ code field message }}
  }}
}}
"""
VIEWER: Final = f"""
query Me($first: Int, $after: String) {{
  viewer {{
    logins {{ agency principal }}
    kosme {{ name kind }}
    kosmeResumes(first: $first, after: $after) {{
      edges {{ cursor node {{ {RESUME_FIELDS} }} }}
      pageInfo {{ hasNextPage endCursor }}
    }}
  }}
}}
"""
REAL_NAME: Final = """
mutation RealName($input: KosmeForeignerRealNameCheckInput!) {
  kosmeForeignerRealNameCheck(input: $input) {
    check { result message foreignerNumberMasked }
    errors { code field message }
  }
}
"""


def member_input(**overrides: Any) -> dict[str, Any]:
    """The sign-up form as the graph takes it, passing every rule."""
    return {
        "referral": "SCHOOL",
        "mobile": "010-1111-2222",
        "email": "an.nguyen@example.com",
        "notices": {"snsMessage": "RECEIVE", "email": "REFUSE"},
        "agreeToAllRequiredTerms": True,
        "address": "서울특별시 관악구 관악로 1 서울대학교 기숙사 919동",
        "jobSeekerType": "FOREIGN_STUDENT",
        "programmeType": "GENERAL",
    } | overrides


def resume_input(**overrides: Any) -> dict[str, Any]:
    """NGUYEN VAN AN's résumé as the graph takes it, passing every rule."""
    return {
        "title": "Software engineer (웹 개발)",
        "englishName": "NGUYEN VAN AN",
        "foreignerNumber": NGUYEN_NUMBER,
        "mobile": "010-1111-2222",
        "email": "an.nguyen@example.com",
        "nationality": "VN",
        "visaType": "D-2",
        "visaExpiresOn": "2030-02-28",
        "uniqueIdConsent": True,
        "educations": [
            {
                "kind": "KOREAN",
                "schoolName": "서울대학교",
                "region": "서울",
                "major": "컴퓨터공학",
                "department": "컴퓨터공학부",
                "entered": "2021-03",
                "graduated": "2025-02",
                "courses": "웹 서비스 캡스톤",
                "projectUrls": ["https://github.com/example/capstone"],
            },
            {
                "kind": "FOREIGN",
                "schoolName": "Vietnam National University",
                "region": "VN",
                "major": "Computer Science",
                "entered": "2019-09",
                "graduated": "2020-12",
                "graduationStatus": "DROPPED_OUT",
            },
        ],
        "careerKind": "EXPERIENCED",
        "careers": [
            {"company": "Hanoi Soft", "started": "2019-01", "ended": "2019-08"},
            {"company": "(주)한빛소프트웨어", "started": "2025-03", "current": True},
        ],
    } | overrides


async def sns_signed_up(stack: Stack, **overrides: Any) -> str:
    """NGUYEN VAN AN joins by facebook: the new gateway session's bearer token."""
    code = await sns_code(stack.identity)
    variables = {"input": {"provider": "FACEBOOK", "code": code} | member_input(**overrides)}
    result = await stack.gateway.execute(SNS_SIGNUP, variables)
    payload = result["data"]["kosmeSnsMemberSignup"]
    assert payload["errors"] == [], payload
    token: str = payload["token"]
    return token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def phone_verified(stack: Stack, agency: str = "KOSME", channel: str = "SMS") -> str:
    """홍길동 verified by phone (SMS, or PASS) through the graph for ``agency``: the
    ``verificationId``."""
    phone = HONG_BY_SMS | {"channel": channel}
    started = await stack.gateway.execute(START, {"input": {"agency": agency, "phone": phone}})
    flow_id = started["data"]["identityVerificationStart"]["verification"]["id"]
    code = (await sent_codes(stack))[-1]
    confirmed = await stack.gateway.execute(CONFIRM, {"input": {"id": flow_id, "code": code}})
    verification_id: str = confirmed["data"]["identityVerificationConfirm"]["verification"][
        "verificationId"
    ]
    return verification_id


async def upload(
    http: httpx.AsyncClient,
    query: str,
    variables: dict[str, Any],
    files: list[tuple[str, bytes, str]],
    *,
    path: str = "variables.input.photos",
    preflight: bool = True,
    **headers: str,
) -> httpx.Response:
    """One multipart request: ``files`` (name, bytes, declared type) at ``path``.0, .1 …"""
    operations = {"query": query, "variables": variables}
    mapping = {str(i): [f"{path}.{i}"] for i in range(len(files))}
    if preflight:
        headers = {"Apollo-Require-Preflight": "true", **headers}
    return await http.post(
        "/graphql",
        data={"operations": json.dumps(operations), "map": json.dumps(mapping)},
        files={str(i): file for i, file in enumerate(files)},
        headers=headers,
    )


async def create_with_photo(
    stack: Stack, token: str, photo: tuple[str, bytes, str], **overrides: Any
) -> dict[str, Any]:
    variables = {"input": resume_input(photos=[None], **overrides)}
    response = await upload(stack.gateway.http, CREATE, variables, [photo], **bearer(token))
    assert response.status_code == 200, response.text
    payload: dict[str, Any] = response.json()["data"]["kosmeResumeCreate"]
    return payload
