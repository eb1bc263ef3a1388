"""KOSME foreigner résumés through the graph: one test per rule of the form, the masked
number, prefilled items, careers most recent first, several résumés and their edits."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from koreakit import rrn
from tests.gateway.conftest import Stack
from tests.gateway.kosme.support import (
    CREATE,
    REAL_NAME,
    UPDATE,
    VIEWER,
    bearer,
    resume_input,
    sns_signed_up,
)
from tests.gateway.kosme.test_wording import unquoted_pieces
from tests.mocks.kosme.support import NGUYEN_NUMBER


@pytest.fixture
async def token(stack: Stack) -> str:
    """NGUYEN VAN AN, joined by facebook and logged in."""
    return await sns_signed_up(stack)


async def _create(stack: Stack, token: str, **overrides: Any) -> dict[str, Any]:
    variables = {"input": resume_input(**overrides)}
    result = await stack.gateway.execute(CREATE, variables, **bearer(token))
    payload: dict[str, Any] = result["data"]["kosmeResumeCreate"]
    return payload


async def test_resume_is_saved_with_the_number_masked(stack: Stack, token: str) -> None:
    payload = await _create(stack, token)
    assert payload["errors"] == []
    resume = payload["resume"]
    assert resume["foreignerNumberMasked"] == f"{NGUYEN_NUMBER[:6]}-7******"
    assert NGUYEN_NUMBER not in str(payload)


async def test_address_and_types_are_prefilled_from_the_member(stack: Stack, token: str) -> None:
    resume = (await _create(stack, token))["resume"]
    assert resume["address"].startswith("서울특별시 관악구")
    assert (resume["jobSeekerType"], resume["programmeType"]) == ("FOREIGN_STUDENT", "GENERAL")
    own = await _create(stack, token, address="부산광역시 해운대구", programmeType="LARGE_SME")
    assert (own["resume"]["address"], own["resume"]["programmeType"]) == (
        "부산광역시 해운대구",
        "LARGE_SME",
    )


async def test_careers_are_listed_most_recent_first(stack: Stack, token: str) -> None:
    resume = (await _create(stack, token))["resume"]
    assert [c["company"] for c in resume["careers"]] == ["(주)한빛소프트웨어", "Hanoi Soft"]


async def test_most_recent_work_comes_first_whatever_the_input_order(
    stack: Stack, token: str
) -> None:
    # 작성된 이력서에는 최근 근무일을 우선으로 표시합니다: the current job, then by last day
    careers = [
        {"company": "Oldest", "started": "2015-01", "ended": "2016-12"},
        {"company": "Current", "started": "2024-01", "current": True},
        {"company": "Latest ended", "started": "2017-01", "ended": "2023-05"},
        {"company": "Middle", "started": "2019-01", "ended": "2019-06"},
    ]
    resume = (await _create(stack, token, careers=careers))["resume"]
    assert [c["company"] for c in resume["careers"]] == [
        "Current",
        "Latest ended",
        "Middle",
        "Oldest",
    ]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"title": ""}, ["input", "title"]),
        ({"englishName": ""}, ["input", "englishName"]),
        ({"foreignerNumber": ""}, ["input", "foreignerNumber"]),
        ({"mobile": ""}, ["input", "mobile"]),
        ({"nationality": ""}, ["input", "nationality"]),
        ({"visaType": ""}, ["input", "visaType"]),
        ({"visaExpiresOn": None}, ["input", "visaExpiresOn"]),
        ({"careerKind": None}, ["input", "careerKind"]),
    ],
)
async def test_required_items_are_named(
    stack: Stack, token: str, overrides: dict[str, Any], field: list[str]
) -> None:
    payload = await _create(stack, token, **overrides)
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("REQUIRED", field)
    assert error["message"].endswith("* 표시가 되어 있는 항목은 필수 입력 항목입니다.")
    assert unquoted_pieces(error["message"]) == []  # the item's label and the notice, verbatim


async def test_required_item_in_english(stack: Stack, token: str) -> None:
    variables = {"input": resume_input(title="")}
    result = await stack.gateway.execute(
        CREATE, variables, **bearer(token), **{"Accept-Language": "en"}
    )
    message = result["data"]["kosmeResumeCreate"]["errors"][0]["message"]
    assert message == "이력서 제목(Title of Resume): items with asterisks are required."


async def test_unique_id_consent_is_required_to_save(stack: Stack, token: str) -> None:
    payload = await _create(stack, token, uniqueIdConsent=False)
    assert payload["errors"][0]["code"] == "UNIQUE_ID_CONSENT_REQUIRED"
    assert payload["resume"] is None


async def test_real_name_must_match_the_number(stack: Stack, token: str) -> None:
    payload = await _create(stack, token, englishName="NGUYEN VAN BINH")
    assert payload["errors"][0]["code"] == "REAL_NAME_MISMATCH"
    assert payload["errors"][0]["message"] == "입력하신 성명과 외국인등록번호가 일치하지 않습니다."


async def test_a_citizens_number_is_refused_before_the_platform(stack: Stack, token: str) -> None:
    calls_before = (await stack.mocks["kosme"].get("/__admin/calls")).json()["calls"]
    payload = await _create(stack, token, foreignerNumber="801210-1234568")
    assert payload["errors"][0]["code"] == "INVALID_FOREIGNER_NUMBER"
    calls_after = (await stack.mocks["kosme"].get("/__admin/calls")).json()["calls"]
    assert calls_after.get("POST /resumes", 0) == calls_before.get("POST /resumes", 0)


async def test_an_expired_visa_is_refused(stack: Stack, token: str) -> None:
    payload = await _create(stack, token, visaExpiresOn="2020-01-31")
    assert payload["errors"][0]["code"] == "VISA_EXPIRED"


async def test_korean_university_needs_its_department(stack: Stack, token: str) -> None:
    education = resume_input()["educations"][0] | {"department": ""}
    payload = await _create(stack, token, educations=[education])
    error = payload["errors"][0]
    assert (error["code"], error["field"]) == (
        "REQUIRED",
        ["input", "educations", "0", "department"],
    )


async def test_study_period_is_required(stack: Stack, token: str) -> None:
    education = resume_input()["educations"][1] | {"entered": None}
    payload = await _create(stack, token, educations=[education])
    assert payload["errors"][0]["field"] == ["input", "educations", "0", "period", "start"]


async def test_project_urls_must_be_web_addresses(stack: Stack, token: str) -> None:
    education = resume_input()["educations"][0] | {"projectUrls": ["ftp://x"]}
    payload = await _create(stack, token, educations=[education])
    assert payload["errors"][0]["code"] == "INVALID_URL"


async def test_work_period_ends_or_is_current(stack: Stack, token: str) -> None:
    open_ended = [{"company": "Hanoi Soft", "started": "2019-01"}]
    payload = await _create(stack, token, careers=open_ended)
    assert payload["errors"][0]["field"] == ["input", "careers", "0", "period", "end"]
    backwards = [{"company": "Hanoi Soft", "started": "2019-09", "ended": "2019-01"}]
    assert (await _create(stack, token, careers=backwards))["errors"][0]["code"] == (
        "INVALID_PERIOD"
    )


async def test_new_comers_enter_no_careers(stack: Stack, token: str) -> None:
    payload = await _create(stack, token, careerKind="NEW")
    assert payload["errors"][0]["code"] == "CAREER_FOR_NEW_COMER"
    assert (await _create(stack, token, careerKind="NEW", careers=[]))["errors"] == []


async def test_experienced_needs_a_career(stack: Stack, token: str) -> None:
    payload = await _create(stack, token, careers=[])
    assert payload["errors"][0]["code"] == "CAREER_REQUIRED"


async def test_saving_needs_a_kosme_login(stack: Stack) -> None:
    result = await stack.gateway.execute(CREATE, {"input": resume_input()})
    assert result["data"]["kosmeResumeCreate"]["errors"][0]["code"] == "NOT_LOGGED_IN"


async def test_several_resumes_are_a_connection_and_editable(stack: Stack, token: str) -> None:
    # given two résumés
    first = (await _create(stack, token, title="Backend engineer"))["resume"]
    await _create(stack, token, title="Data analyst")
    # when the first is edited without retyping the number
    variables = {"input": resume_input(id=first["id"], title="Platform engineer")}
    variables["input"]["foreignerNumber"] = ""
    result = await stack.gateway.execute(UPDATE, variables, **bearer(token))
    payload = result["data"]["kosmeResumeUpdate"]
    assert payload["errors"] == []
    assert payload["resume"]["foreignerNumberMasked"] == f"{NGUYEN_NUMBER[:6]}-7******"
    # then the member pages through both, the edit shown
    page = (await stack.gateway.execute(VIEWER, {"first": 1}, **bearer(token)))["data"]["viewer"]
    assert page["kosmeResumes"]["pageInfo"]["hasNextPage"] is True
    after = page["kosmeResumes"]["pageInfo"]["endCursor"]
    rest = await stack.gateway.execute(VIEWER, {"first": 5, "after": after}, **bearer(token))
    titles = [e["node"]["title"] for e in page["kosmeResumes"]["edges"]] + [
        e["node"]["title"] for e in rest["data"]["viewer"]["kosmeResumes"]["edges"]
    ]
    assert sorted(titles) == ["Data analyst", "Platform engineer"]


async def test_a_resume_refetches_by_global_id(stack: Stack, token: str) -> None:
    resume = (await _create(stack, token))["resume"]
    query = "query N($id: ID!) { node(id: $id) { ... on KosmeResume { title } } }"
    mine = await stack.gateway.execute(query, {"id": resume["id"]}, **bearer(token))
    assert mine["data"]["node"] == {"title": resume["title"]}
    stranger = await stack.gateway.execute(query, {"id": resume["id"]})
    assert stranger["data"]["node"] is None


async def test_resumes_asked_by_id_in_one_request_take_one_platform_call(
    stack: Stack, token: str
) -> None:
    ids = [(await _create(stack, token, title=title))["resume"]["id"] for title in "ABC"]
    kosme = stack.mocks["kosme"]
    await kosme.delete("/__admin/calls")
    fields = " ".join(
        f'r{n}: node(id: "{i}") {{ ... on KosmeResume {{ title }} }}'
        for n, i in enumerate([ids[2], ids[0], ids[2]])
    )
    result = await stack.gateway.execute(f"{{ {fields} }}", **bearer(token))
    assert result["data"] == {"r0": {"title": "C"}, "r1": {"title": "A"}, "r2": {"title": "C"}}
    calls = (await kosme.get("/__admin/calls")).json()["calls"]
    assert calls == {"GET /resumes": 1}
    # one résumé by id: its own call, as before
    await kosme.delete("/__admin/calls")
    query = "query N($id: ID!) { node(id: $id) { ... on KosmeResume { title } } }"
    mine = await stack.gateway.execute(query, {"id": ids[1]}, **bearer(token))
    assert mine["data"]["node"] == {"title": "B"}
    calls = (await kosme.get("/__admin/calls")).json()
    assert calls["total"] == 1
    assert next(iter(calls["calls"])).startswith("GET /resumes/res_")


async def test_real_name_button(stack: Stack, token: str) -> None:
    variables = {"input": {"englishName": "Nguyen Van An", "foreignerNumber": NGUYEN_NUMBER}}
    result = await stack.gateway.execute(REAL_NAME, variables, **bearer(token))
    check = result["data"]["kosmeForeignerRealNameCheck"]["check"]
    assert check["result"] == "MATCH"
    assert NGUYEN_NUMBER not in str(result)


async def test_the_number_appears_in_no_log(
    stack: Stack, token: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    await _create(stack, token)
    await _create(stack, token, englishName="NGUYEN VAN BINH")
    assert NGUYEN_NUMBER not in caplog.text
    assert NGUYEN_NUMBER[:6] + "-" + NGUYEN_NUMBER[6:] not in caplog.text


async def test_platform_outage_is_agency_unavailable(stack: Stack, token: str) -> None:
    await stack.mocks["kosme"].post(
        "/__admin/faults", json={"route": "/resumes", "method": "POST", "outage": True}
    )
    result = await stack.gateway.execute(CREATE, {"input": resume_input()}, **bearer(token))
    assert result["data"]["kosmeResumeCreate"] is None
    assert result["errors"][0]["extensions"]["code"] == "AGENCY_UNAVAILABLE"


@pytest.mark.parametrize(
    ("overrides", "code", "field"),
    [
        ({"email": "an.nguyen-at-example.com"}, "INVALID_EMAIL", "email"),
        ({"mobile": "02-880-5114"}, "INVALID_PHONE", "mobile"),
        ({"nationality": "KR"}, "INVALID_NATIONALITY", "nationality"),
        ({"nationality": "Vietnam"}, "INVALID_NATIONALITY", "nationality"),
        ({"visaType": "student"}, "INVALID_VISA", "visaType"),
    ],
)
async def test_basic_information_must_be_exact(
    stack: Stack, token: str, overrides: dict[str, Any], code: str, field: str
) -> None:
    # 이메일과 휴대전화 정보는 정확히 입력해주시기 바랍니다; 국적 and 체류비자 are codes
    payload = await _create(stack, token, **overrides)
    assert payload["resume"] is None
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == (code, ["input", field])


async def test_email_is_optional(stack: Stack, token: str) -> None:
    payload = await _create(stack, token, email="")
    assert payload["errors"] == []
    assert payload["resume"]["email"] == ""


async def test_a_number_without_a_registration_is_not_found(stack: Stack, token: str) -> None:
    # given a well-formed foreigner registration number nobody holds
    unknown = NGUYEN_NUMBER[:7] + "99999"
    unknown += str(rrn.check_digit(unknown))
    # when the résumé is saved with it
    payload = await _create(stack, token, foreignerNumber=unknown)
    # then the real-name check refuses it
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("REAL_NAME_NOT_FOUND", ["input", "englishName"])


@pytest.mark.parametrize(
    ("index", "label"), [(0, "한국 대학교 명"), (1, "외국 대학교 명")], ids=["korean", "foreign"]
)
async def test_a_university_needs_its_name(
    stack: Stack, token: str, index: int, label: str
) -> None:
    education = resume_input()["educations"][index] | {"schoolName": " "}
    payload = await _create(stack, token, educations=[education])
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == (
        "REQUIRED",
        ["input", "educations", "0", "schoolName"],
    )
    assert error["message"].startswith(f"{label}: ")


async def test_a_career_needs_its_company(stack: Stack, token: str) -> None:
    careers = [{"company": "", "started": "2025-03", "current": True}]
    payload = await _create(stack, token, careers=careers)
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("REQUIRED", ["input", "careers", "0", "company"])
    assert error["message"].startswith("회사명: ")


async def test_a_career_may_not_start_in_the_future(stack: Stack, token: str) -> None:
    careers = [{"company": "Hanoi Soft", "started": "2099-01", "current": True}]
    payload = await _create(stack, token, careers=careers)
    assert payload["errors"][0]["code"] == "INVALID_PERIOD"


async def test_career_details_are_kept(stack: Stack, token: str) -> None:
    # 업종, 지역, 근무부서, 직급/직책, 담당 업무, 퇴직사유 travel whole
    career = {
        "company": "Hanoi Soft",
        "industry": "정보통신업",
        "industryDetail": "소프트웨어 개발",
        "region": "해외",
        "district": "Hanoi",
        "started": "2019-01",
        "ended": "2019-08",
        "department": "웹서비스팀",
        "position": "Intern",
        "duties": "모바일 서비스 고도화(2019.01 ~ 2019.06)",
        "leavingReason": "유학",
    }
    query = CREATE.replace(
        "careers { company started ended current }",
        "careers { company industry industryDetail region district started ended current "
        "department position duties leavingReason }",
    )
    result = await stack.gateway.execute(
        query, {"input": resume_input(careers=[career])}, **bearer(token)
    )
    [saved] = result["data"]["kosmeResumeCreate"]["resume"]["careers"]
    assert saved == career | {"current": False}


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"uniqueIdConsent": False}, "UNIQUE_ID_CONSENT_REQUIRED"),
        ({"careerKind": "NEW"}, "CAREER_FOR_NEW_COMER"),
        ({"careers": []}, "CAREER_REQUIRED"),
        ({"email": "x@"}, "INVALID_EMAIL"),
    ],
)
async def test_resume_refusals_quote_the_manual(
    stack: Stack, token: str, overrides: dict[str, Any], code: str
) -> None:
    [error] = (await _create(stack, token, **overrides))["errors"]
    assert error["code"] == code
    assert unquoted_pieces(error["message"]) == []


@pytest.mark.parametrize(
    ("field", "label", "given"),
    [
        ("address", "한국 주소(Address)", {"address": "서울특별시 관악구 관악로 1"}),
        ("jobSeekerType", "구직자 유형", {"jobSeekerType": "GENERAL"}),
        ("programmeType", "참여사업 유형", {"programmeType": "GENERAL"}),
    ],
)
async def test_items_the_sign_up_left_empty_are_required(
    stack: Stack, field: str, label: str, given: dict[str, Any]
) -> None:
    # given a member who gave no address nor types at sign-up (nothing to prefill)
    token = await sns_signed_up(stack, address="", jobSeekerType=None, programmeType=None)
    complete = {"address": "서울특별시 관악구 관악로 1", "jobSeekerType": "GENERAL"}
    complete |= {"programmeType": "GENERAL"}
    # when the résumé leaves one of them out too
    left_out = {k: v for k, v in complete.items() if k != field}
    [error] = (await _create(stack, token, **left_out))["errors"]
    # then it is required, named by the form's label
    assert (error["code"], error["field"]) == ("REQUIRED", ["input", field])
    assert error["message"].startswith(f"{label}: ")
    # and given, the résumé is saved
    assert (await _create(stack, token, **left_out, **given))["errors"] == []
