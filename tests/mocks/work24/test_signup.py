"""Work24 mock, sign-up: the four steps in order, the NTS check with its overnight link, the
certificate checks, the 정보입력 rules and the 가입완료 summary."""

from __future__ import annotations

from datetime import datetime, timedelta

from mocks.work24.messages import (
    NTS_MISMATCH_MESSAGE,
    OWNER_MISMATCH_MESSAGE,
    SIGNUP_TTL,
)
from tests.mocks.work24.conftest import (
    HANBIT,
    INFORMATION,
    KOREA_EDS,
    KOTRA,
    REQUIRED_TERMS,
    Mocks,
    at_information,
    authenticated,
    issue,
    joint_proof,
    start,
)


async def test_whole_sign_up_registers_the_member_and_its_certificate(mocks: Mocks) -> None:
    # given a sign-up at 정보 입력, autofilled from the NTS registry
    signup, _ = await at_information(mocks, HANBIT)
    assert signup["step"] == "information"
    assert signup["company"]["company_name"] == "(주)한빛소프트웨어"
    assert signup["company"]["opening_date"] == "2010-03-15"
    # when the information is entered
    response = await mocks.work24.post(f"/signups/{signup['id']}/information", json=INFORMATION)
    # then the sign-up is complete, the summary shows every field, the MDM record exists
    assert response.status_code == 200, response.text
    done = response.json()
    assert done["step"] == "completed"
    rows = {row["label"]: row["value"] for row in done["summary"]}
    assert rows["회사명"] == "(주)한빛소프트웨어"
    assert rows["SMS/알림톡 수신여부 (민원처리연락)"] == "수신함"
    assert rows["이메일 수신여부"] == "수신하지 않음"
    assert rows["고용멤버십 이용 동의"] == "동의함"
    assert done["mdm"]["status"] == "complete"
    member = (await mocks.work24.get(f"/members/{HANBIT['number']}")).json()
    assert [c["kind"] for c in member["certificates"]] == ["joint"]
    assert (await mocks.work24.get(f"/mdm/customers/{HANBIT['number']}")).status_code == 200


async def test_a_step_out_of_order_is_refused(mocks: Mocks) -> None:
    # given a sign-up still at 가입 인증
    signup = await start(mocks, HANBIT)
    # when the terms are sent first
    response = await mocks.work24.post(
        f"/signups/{signup['id']}/terms", json={"agreed": REQUIRED_TERMS}
    )
    # then
    assert response.status_code == 409
    assert response.json()["code"] == "WRONG_STEP"


async def test_the_sign_up_session_expires(mocks: Mocks) -> None:
    signup = await start(mocks, HANBIT)
    await mocks.work24.post("/__admin/clock", json={"advance_seconds": SIGNUP_TTL.seconds + 1})
    response = await mocks.work24.get(f"/signups/{signup['id']}")
    assert response.status_code == 410
    assert response.json()["code"] == "SIGNUP_EXPIRED"


async def test_a_member_cannot_join_twice(mocks: Mocks) -> None:
    response = await mocks.work24.post(
        "/signups", json={"member_type": "general", "business_number": KOTRA["number"]}
    )
    assert response.status_code == 409
    assert response.json()["code"] == "ALREADY_MEMBER"


async def test_representative_and_opening_date_are_required(mocks: Mocks) -> None:
    signup = await start(mocks, HANBIT)
    url = f"/signups/{signup['id']}/authenticate"
    no_name = await mocks.work24.post(url, json={"opening_date": "2010-03-15"})
    no_date = await mocks.work24.post(url, json={"representative_name": "이서준"})
    assert no_name.json()["message"] == "대표자 성명을 입력해 주세요."
    assert no_date.json()["message"] == "개업일을 입력해 주세요."


async def test_nts_mismatch_answers_the_manuals_message(mocks: Mocks) -> None:
    signup = await start(mocks, HANBIT)
    body = {"representative_name": "홍길동", "opening_date": "2010-03-15"}
    response = await mocks.work24.post(f"/signups/{signup['id']}/authenticate", json=body)
    assert response.status_code == 422
    assert response.json()["message"] == NTS_MISMATCH_MESSAGE


async def test_nts_change_is_seen_by_work24_the_next_day(mocks: Mocks) -> None:
    # given both clocks at one instant, and Work24 has linked 한빛 once
    now = datetime.fromisoformat((await mocks.nts.get("/__admin/clock")).json()["now"])
    for client in (mocks.work24, mocks.nts):
        await client.post("/__admin/clock", json={"now": now.isoformat()})
    first = await start(mocks, HANBIT)
    issued = await issue(mocks, HANBIT["number"], HANBIT["name"])
    body = {"representative_name": "이서준", "opening_date": "2010-03-15"}
    proof = await joint_proof(mocks, issued, HANBIT["number"])
    linked = await mocks.work24.post(
        f"/signups/{first['id']}/authenticate", json={**body, "joint": proof}
    )
    assert linked.status_code == 200, linked.text
    # when the NTS registers a new representative today
    change = {"businesses": [{"b_no": HANBIT["number"], "p_nm": "김새롬"}]}
    assert (await mocks.nts.post("/__admin/seed", json=change)).status_code == 200
    # then Work24 still knows the old one today
    today = await start(mocks, HANBIT)
    new_name = {"representative_name": "김새롬", "opening_date": "2010-03-15"}
    refused = await mocks.work24.post(f"/signups/{today['id']}/authenticate", json=new_name)
    assert refused.json()["code"] == "NTS_MISMATCH"
    # and the new one from tomorrow
    tomorrow = (now + timedelta(days=1)).isoformat()
    await mocks.work24.post("/__admin/clock", json={"now": tomorrow})
    later = await start(mocks, HANBIT)
    proof = await joint_proof(mocks, issued, HANBIT["number"])
    accepted = await mocks.work24.post(
        f"/signups/{later['id']}/authenticate", json={**new_name, "joint": proof}
    )
    assert accepted.status_code == 200, accepted.text


async def test_owner_check_takes_the_business_number_typed_without_hyphens(mocks: Mocks) -> None:
    signup = await start(mocks, HANBIT)
    issued = await issue(mocks, HANBIT["number"], HANBIT["name"])
    body = {"representative_name": "이서준", "opening_date": "20100315"}
    url = f"/signups/{signup['id']}/authenticate"
    hyphens = await joint_proof(mocks, issued, "220-81-00016")
    refused = await mocks.work24.post(url, json={**body, "joint": hyphens})
    assert refused.json()["code"] == "TYPED_NUMBER_FORMAT"
    other = await joint_proof(mocks, issued, KOREA_EDS["number"])
    mismatch = await mocks.work24.post(url, json={**body, "joint": other})
    assert mismatch.status_code == 422
    assert mismatch.json()["message"] == OWNER_MISMATCH_MESSAGE


async def test_a_certificate_of_another_business_is_refused(mocks: Mocks) -> None:
    signup = await start(mocks, HANBIT)
    issued = await issue(mocks, KOREA_EDS["number"], KOREA_EDS["name"])
    proof = await joint_proof(mocks, issued, KOREA_EDS["number"])
    body = {"representative_name": "이서준", "opening_date": "20100315", "joint": proof}
    response = await mocks.work24.post(f"/signups/{signup['id']}/authenticate", json=body)
    assert response.json()["code"] == "OWNER_MISMATCH"


async def test_a_personal_certificate_is_not_accepted(mocks: Mocks) -> None:
    signup = await start(mocks, HANBIT)
    issued = await issue(mocks, "8012101234562", "홍길동", kind="personal", ca="crosscert")
    proof = await joint_proof(mocks, issued, HANBIT["number"])
    body = {"representative_name": "이서준", "opening_date": "20100315", "joint": proof}
    response = await mocks.work24.post(f"/signups/{signup['id']}/authenticate", json=body)
    assert response.json()["code"] == "KIND_NOT_ACCEPTED"


async def test_contact_rules(mocks: Mocks) -> None:
    signup, _ = await at_information(mocks, HANBIT)
    url = f"/signups/{signup['id']}/information"

    async def code_for(**contact: object) -> str:
        body = {**INFORMATION, "contact": {"name": "김담당", **contact}}
        return str((await mocks.work24.post(url, json=body)).json()["code"])

    assert await code_for(name=" ") == "CONTACT_NAME_REQUIRED"
    assert await code_for() == "CONTACT_PHONE_REQUIRED"
    assert await code_for(landline="02-555-0101", email="a@b.kr") == "MOBILE_REQUIRED"
    assert await code_for(mobile="010-2222-3333") == "EMAIL_REQUIRED"


async def test_authenticated_sign_up_reaches_terms(mocks: Mocks) -> None:
    signup, _ = await authenticated(mocks, HANBIT)
    assert signup["step"] == "terms"
    assert [t["code"] for t in signup["terms"] if t["required"]] == REQUIRED_TERMS
