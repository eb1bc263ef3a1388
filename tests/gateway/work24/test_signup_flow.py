"""work24Signup*: the four steps in order through the graph, the session's expiry, one
membership per business, and what each step shows the client next."""

from __future__ import annotations

from datetime import datetime, timedelta

from tests.gateway.conftest import Stack
from tests.gateway.work24.support import (
    AGREE,
    HANBIT,
    KOTRA,
    REQUIRED_TERMS,
    START,
    at_information,
    authenticate,
    certificate,
    complete,
    issue,
    joined,
    run,
    start,
)

BUSINESS = """
query Business($number: BusinessNumber!) {
  business(registrationNumber: $number) {
    work24 { id registrationNumber memberType company { companyName }
             mdmSync { status } certificates { kind } services { code } }
  }
}
"""
RESUME = "query Resume($id: ID!) { work24Signup(id: $id) { id step } }"
NODE = "query($id: ID!) { node(id: $id) { ... on Work24CorporateMember { registrationNumber } } }"


async def test_whole_sign_up_makes_the_business_a_member(stack: Stack) -> None:
    # given a sign-up just started, which says what it needs next
    started = await start(stack, HANBIT)
    assert (started["step"], started["stepLabel"]) == ("AUTHENTICATION", "가입 인증")
    assert started["next"] == {
        "mutation": "work24SignupAuthenticate",
        "inputFields": ["representativeName", "openedOn", "certificate"],
    }
    # when it goes through 가입 인증, 약관 동의 and 정보 입력
    done, _ = await joined(stack, HANBIT)
    # then it is 가입 완료 with the member, its certificate registered, the record created
    assert (done["step"], done["next"]) == ("COMPLETED", None)
    assert done["mdmSync"]["status"] == "COMPLETE"
    assert done["member"]["certificates"] == [
        {"kind": "JOINT", "label": done["member"]["certificates"][0]["label"]}
    ]
    # and Business.work24 shows the member
    result = await stack.gateway.execute(BUSINESS, {"number": HANBIT["number"]})
    member = result["data"]["business"]["work24"]
    assert member["registrationNumber"] == HANBIT["number"]
    assert member["memberType"] == "GENERAL"
    assert member["company"]["companyName"] == "(주)한빛소프트웨어"


async def test_a_business_that_is_not_a_member_has_no_work24(stack: Stack) -> None:
    result = await stack.gateway.execute(BUSINESS, {"number": HANBIT["number"]})
    assert result["data"]["business"]["work24"] is None


async def test_a_step_out_of_order_is_refused_and_the_flow_shown(stack: Stack) -> None:
    # given a sign-up at 가입 인증
    signup = await start(stack, HANBIT)
    # when the terms are agreed first
    payload = await run(
        stack, AGREE, "work24SignupAgreeTerms", {"id": signup["id"], "agreed": REQUIRED_TERMS}
    )
    # then refused, with where the sign-up stands
    assert [e["code"] for e in payload["errors"]] == ["WRONG_STEP"]
    assert "가입 인증" in payload["errors"][0]["message"]
    assert payload["signup"]["step"] == "AUTHENTICATION"


async def test_the_sign_up_session_expires(stack: Stack) -> None:
    # given a sign-up at 정보 입력
    signup, _ = await at_information(stack, HANBIT)
    # when 31 minutes pass at Work24
    await stack.mocks["work24"].post("/__admin/clock", json={"advance_seconds": 31 * 60})
    # then the next step is refused and the flow is gone
    payload = await run(
        stack, AGREE, "work24SignupAgreeTerms", {"id": signup["id"], "agreed": REQUIRED_TERMS}
    )
    assert [e["code"] for e in payload["errors"]] == ["SIGNUP_EXPIRED"]
    resumed = await stack.gateway.execute(RESUME, {"id": signup["id"]})
    assert resumed["data"]["work24Signup"] is None


async def test_a_sign_up_resumes_by_its_id(stack: Stack) -> None:
    signup, _ = await at_information(stack, HANBIT)
    resumed = await stack.gateway.execute(RESUME, {"id": signup["id"]})
    assert resumed["data"]["work24Signup"] == {"id": signup["id"], "step": "INFORMATION"}
    expires = datetime.fromisoformat(signup["expiresAt"])
    clock = datetime.fromisoformat(
        (await stack.mocks["work24"].get("/__admin/clock")).json()["now"]
    )
    assert timedelta(minutes=29) < expires - clock <= timedelta(minutes=30)


async def test_a_member_cannot_join_twice(stack: Stack) -> None:
    payload = await run(stack, START, "work24SignupStart", {"registrationNumber": KOTRA["number"]})
    assert payload["signup"] is None
    assert [e["code"] for e in payload["errors"]] == ["ALREADY_MEMBER"]


async def test_a_business_that_just_joined_cannot_join_again(stack: Stack) -> None:
    await joined(stack, HANBIT)
    payload = await run(stack, START, "work24SignupStart", {"registrationNumber": HANBIT["number"]})
    assert [e["code"] for e in payload["errors"]] == ["ALREADY_MEMBER"]


async def test_a_proxy_cannot_sign_up(stack: Stack) -> None:
    given = {"registrationNumber": HANBIT["number"], "memberType": "PROXY"}
    payload = await run(stack, START, "work24SignupStart", given)
    assert [e["code"] for e in payload["errors"]] == ["MEMBER_TYPE_NOT_ALLOWED"]


async def test_an_employment_insurance_agency_signs_up_for_employment_insurance_only(
    stack: Stack,
) -> None:
    # given a sign-up as 고용보험 사무대행기관
    signup = await start(stack, HANBIT, member_type="AGENCY")
    assert signup["memberType"] == "AGENCY"
    # when it completes
    issued = await issue(stack, HANBIT["number"], HANBIT["name"])
    await authenticate(
        stack, signup["id"], HANBIT, await certificate(stack, issued, HANBIT["number"])
    )
    await run(
        stack, AGREE, "work24SignupAgreeTerms", {"id": signup["id"], "agreed": REQUIRED_TERMS}
    )
    done = await complete(stack, signup["id"])
    # then its services are the agency's
    assert done["signup"]["member"]["memberType"] == "AGENCY"
    assert [s["code"] for s in done["signup"]["member"]["services"]] == ["employment_insurance"]
    rows = {r["label"]: r["value"] for r in done["signup"]["summary"]}
    assert rows["회사 구분"] == "고용보험 사무대행기관"


async def test_a_member_is_refetched_by_its_global_id(stack: Stack) -> None:
    # given the seeded member's global id
    result = await stack.gateway.execute(BUSINESS, {"number": KOTRA["number"]})
    global_id = result["data"]["business"]["work24"]["id"]
    # when it is fetched as a node
    node = await stack.gateway.execute(NODE, {"id": global_id})
    # then
    assert node["data"]["node"] == {"registrationNumber": KOTRA["number"]}
