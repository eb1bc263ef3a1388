"""Work24 mock: the MDM customer record and its retry, login, certificate registration,
member lookups and the 금융인증서 path."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from mocks.pki.authority import MockPki
from mocks.pki.seed import FINCERT_PIN
from mocks.work24.messages import MDM_PENDING_NOTICE, MDM_RETRY_INTERVAL, NOT_REGISTERED_MESSAGE
from tests.mocks.work24.conftest import (
    HANBIT,
    INFORMATION,
    KOREA_EDS,
    KOTRA,
    REQUIRED_TERMS,
    Mocks,
    at_information,
    issue,
    joint_proof,
    open_mocks,
    start,
)

MDM_FAULT = {"route": "/mdm/customers", "outage": True}


async def complete(mocks: Mocks, business: dict[str, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    signup, issued = await at_information(mocks, business)
    response = await mocks.work24.post(f"/signups/{signup['id']}/information", json=INFORMATION)
    assert response.status_code == 200, response.text
    return response.json(), issued


async def test_mdm_failure_still_completes_and_is_retried_until_it_exists_once(
    mocks: Mocks,
) -> None:
    # given the MDM is down
    fault = (await mocks.work24.post("/__admin/faults", json=MDM_FAULT)).json()
    # when a sign-up completes
    done, _ = await complete(mocks, HANBIT)
    # then it is complete with the delay notice, the record pending
    assert done["step"] == "completed"
    assert done["message"] == MDM_PENDING_NOTICE
    assert done["mdm"]["status"] == "pending"
    # and a retry while still down leaves it pending
    await mocks.work24.post("/__admin/clock", json={"advance_seconds": 61})
    await mocks.work24.post("/__admin/mdm/retry")
    member = (await mocks.work24.get(f"/members/{HANBIT['number']}")).json()
    assert (member["mdm"]["status"], member["mdm"]["attempts"]) == ("pending", 2)
    # when the MDM is back and the next retry is due
    await mocks.work24.delete(f"/__admin/faults/{fault['id']}")
    await mocks.work24.post(
        "/__admin/clock", json={"advance_seconds": MDM_RETRY_INTERVAL.seconds + 1}
    )
    await mocks.work24.post("/__admin/mdm/retry")
    again = (await mocks.work24.post("/__admin/mdm/retry")).json()
    # then the record exists exactly once, and the feed shows pending then complete
    member = (await mocks.work24.get(f"/members/{HANBIT['number']}")).json()
    assert member["mdm"]["status"] == "complete"
    assert again == {"attempted": 0, "completed": 0}
    assert (await mocks.work24.get(f"/mdm/customers/{HANBIT['number']}")).status_code == 200
    feed = (await mocks.work24.get("/mdm/events")).json()
    mine = [e["status"] for e in feed["events"] if e["business_number"] == HANBIT["number"]]
    assert mine == ["pending", "complete"]
    assert feed["pending"] == 0


async def test_login_with_the_sign_up_certificate(mocks: Mocks) -> None:
    # given a company that has just joined
    _, issued = await complete(mocks, HANBIT)
    # when it logs in as 일반사업자 with that certificate
    body = {
        "member_type": "general",
        "business_number": HANBIT["number"],
        "joint": await joint_proof(mocks, issued, HANBIT["number"]),
    }
    response = await mocks.work24.post("/logins", json=body)
    # then it has a session with every service
    assert response.status_code == 201, response.text
    login = response.json()
    assert "firm_care" in [s["code"] for s in login["services"]]
    me = await mocks.work24.get("/me", headers={"Authorization": f"Bearer {login['token']}"})
    assert me.json()["member"]["business_number"] == HANBIT["number"]
    # and as 대리인 only the proxy services
    body["joint"] = await joint_proof(mocks, issued, HANBIT["number"])
    proxy = (await mocks.work24.post("/logins", json={**body, "member_type": "proxy"})).json()
    assert [s["code"] for s in proxy["services"]] == [
        "employment_insurance",
        "vocational_training",
        "foreign_workers",
    ]


async def test_unregistered_certificate_cannot_log_in_until_registered(mocks: Mocks) -> None:
    # given the seeded member KOTRA with no certificate registered
    issued = await issue(mocks, KOTRA["number"], KOTRA["name"])
    login = {"member_type": "general", "business_number": KOTRA["number"]}
    # when it logs in
    refused = await mocks.work24.post(
        "/logins", json={**login, "joint": await joint_proof(mocks, issued, KOTRA["number"])}
    )
    # then the manual's message
    assert refused.status_code == 422
    assert refused.json()["message"] == NOT_REGISTERED_MESSAGE
    # when the certificate is registered with 대표자 성명 and 개업일
    registration = {
        "representative_name": KOTRA["rep"],
        "opening_date": KOTRA["opened"],
        "joint": await joint_proof(mocks, issued, KOTRA["number"]),
    }
    registered = await mocks.work24.post(
        f"/members/{KOTRA['number']}/certificates", json=registration
    )
    assert registered.status_code == 201, registered.text
    # then the login works
    accepted = await mocks.work24.post(
        "/logins", json={**login, "joint": await joint_proof(mocks, issued, KOTRA["number"])}
    )
    assert accepted.status_code == 201, accepted.text


async def test_a_member_logs_in_only_as_its_own_type_or_as_proxy(mocks: Mocks) -> None:
    issued = await issue(mocks, KOTRA["number"], KOTRA["name"])
    body = {
        "member_type": "agency",
        "business_number": KOTRA["number"],
        "joint": await joint_proof(mocks, issued, KOTRA["number"]),
    }
    response = await mocks.work24.post("/logins", json=body)
    assert response.json()["code"] == "MEMBER_TYPE_MISMATCH"


async def test_lookup_answers_members_only(mocks: Mocks) -> None:
    numbers = [KOTRA["number"], HANBIT["number"], "1234503335"]
    response = await mocks.work24.post("/members/lookup", json={"business_numbers": numbers})
    found = {m["business_number"]: m["member_type"] for m in response.json()["members"]}
    assert found == {KOTRA["number"]: "general", "1234503335": "agency"}


async def sms_code(mocks: Mocks) -> str:
    code: str = (await mocks.pki.get("/__admin/outbox")).json()["messages"][-1]["code"]
    return code


async def test_sign_up_with_a_financial_certificate_signing_up_on_first_use(
    mocks: Mocks,
) -> None:
    # given 한빛 has no 금융인증서 cloud account yet
    signup = await start(mocks, HANBIT)
    started = await mocks.work24.post(
        "/fincert", json={"business_number": HANBIT["number"], "phone": "010-5551-0101"}
    )
    use = started.json()
    assert use["step"] == "signup"
    # when it signs up, confirms the SMS code and signs with its new PIN
    terms = [t["code"] for t in use["terms"]]
    pin = {"pin": "482916", "pin_confirm": "482916"}
    await mocks.work24.post(
        f"/fincert/{use['id']}/signup",
        json={"name": HANBIT["name"], "agreed_terms": terms, **pin},
    )
    await mocks.work24.post(f"/fincert/{use['id']}/confirm", json={"code": await sms_code(mocks)})
    signed = await mocks.work24.post(f"/fincert/{use['id']}/sign", json={"pin": "482916"})
    assert signed.json()["verified"] is True, signed.text
    # then the use passes 가입 인증, once
    body = {"representative_name": "이서준", "opening_date": "2010-03-15", "fincert_id": use["id"]}
    url = f"/signups/{signup['id']}/authenticate"
    assert (await mocks.work24.post(url, json=body)).status_code == 200
    again = await start(mocks, HANBIT)
    reused = await mocks.work24.post(f"/signups/{again['id']}/authenticate", json=body)
    assert reused.json()["code"] == "FINCERT_NOT_VERIFIED"


async def test_financial_certificate_of_another_business_is_refused(mocks: Mocks) -> None:
    signup = await start(mocks, HANBIT)
    use = (
        await mocks.work24.post(
            "/fincert", json={"business_number": KOREA_EDS["number"], "phone": "010-3473-6973"}
        )
    ).json()
    await mocks.work24.post(f"/fincert/{use['id']}/confirm", json={"code": await sms_code(mocks)})
    await mocks.work24.post(f"/fincert/{use['id']}/sign", json={"pin": FINCERT_PIN})
    body = {"representative_name": "이서준", "opening_date": "2010-03-15", "fincert_id": use["id"]}
    response = await mocks.work24.post(f"/signups/{signup['id']}/authenticate", json=body)
    assert response.json()["code"] == "FINCERT_NOT_VERIFIED"


async def test_terms_must_all_be_agreed(mocks: Mocks) -> None:
    signup = await start(mocks, HANBIT)
    assert signup["step"] == "authentication"
    issued = await issue(mocks, HANBIT["number"], HANBIT["name"])
    body = {
        "representative_name": "이서준",
        "opening_date": "2010-03-15",
        "joint": await joint_proof(mocks, issued, HANBIT["number"]),
    }
    await mocks.work24.post(f"/signups/{signup['id']}/authenticate", json=body)
    response = await mocks.work24.post(
        f"/signups/{signup['id']}/terms", json={"agreed": REQUIRED_TERMS[:2]}
    )
    assert response.json()["code"] == "TERMS_REQUIRED"


async def test_overlapping_retries_create_the_record_once(pki: MockPki, tmp_path: Path) -> None:
    # given a member whose record failed, in a database file that two writers really share
    async with open_mocks(pki, f"sqlite+aiosqlite:///{tmp_path / 'work24.sqlite'}") as mocks:
        await _overlapping_retries(mocks)


async def _overlapping_retries(mocks: Mocks) -> None:
    fault = (await mocks.work24.post("/__admin/faults", json=MDM_FAULT)).json()
    await complete(mocks, HANBIT)
    await mocks.work24.delete(f"/__admin/faults/{fault['id']}")
    await mocks.work24.post("/__admin/clock", json={"advance_seconds": 61})
    # when three retries run at once
    runs = await asyncio.gather(*(mocks.work24.post("/__admin/mdm/retry") for _ in range(3)))
    # then the record was created by exactly one of them, and exists once
    assert sum(run.json()["completed"] for run in runs) == 1
    feed = (await mocks.work24.get("/mdm/events")).json()["events"]
    assert [e["status"] for e in feed if e["business_number"] == HANBIT["number"]] == [
        "pending",
        "complete",
    ]


async def test_the_openapi_document_lists_every_operation(mocks: Mocks) -> None:
    paths = (await mocks.work24.get("/openapi.json")).json()["paths"]
    for path in ("/signups", "/signups/{id}/authenticate", "/logins", "/members/lookup"):
        assert path in paths
    assert "/mdm/events" in paths
