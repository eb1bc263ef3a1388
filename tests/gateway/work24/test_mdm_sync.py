"""The MDM customer record: a failure does not fail the sign-up (the manual's notice), Work24
retries it until it exists, exactly once, and ``flowUpdated`` tells the sign-up's subscribers
when it turns complete (the gateway's MDM watcher reads Work24's sync feed)."""

from __future__ import annotations

import asyncio
from typing import Any

from gateway.events import EventBus
from gateway.events.flows import FlowStatus, FlowUpdate, flow_topic
from gateway.services.work24 import mdm_watcher
from tests.gateway.conftest import Stack
from tests.gateway.work24.support import HANBIT, at_information, complete

MDM_NOTICE = (  # seed 000 §1.3.4.3, MDM 고객정보 연동 오류
    "[기업회원 가입] 요청이 완료되었으나 [기업회원 고객정보 생성] 작업 지연으로 반영에 시간이 "
    "소요됩니다."
)
SIGNUP_DONE = (  # seed 000 §1.3.8 (the scan's "고충24" is the page's 고용24)
    "회원가입이 완료되었습니다. 로그인 후 고용24의 스마트한 맞춤형 고용 서비스를 이용하실 수 "
    "있습니다."
)
RESUME = "query($id: ID!) { work24Signup(id: $id) { mdmSync { status } } }"
MEMBER = """query($n: BusinessNumber!) { business(registrationNumber: $n) {
  work24 { mdmSync { status attempts flowId message } } } }"""


async def member_sync(stack: Stack) -> dict[str, Any]:
    result = await stack.gateway.execute(MEMBER, {"n": HANBIT["number"]})
    sync: dict[str, Any] = result["data"]["business"]["work24"]["mdmSync"]
    return sync


async def next_update(updates: Any) -> FlowUpdate:
    update: FlowUpdate = await asyncio.wait_for(anext(updates), timeout=10)
    return update


async def test_a_failed_customer_record_is_retried_until_it_exists_once(stack: Stack) -> None:
    work24 = stack.mocks["work24"]
    events: EventBus = stack.app.state.gateway.events
    # given the MDM is down when a sign-up completes
    fault = (
        await work24.post("/__admin/faults", json={"route": "/mdm/customers", "outage": True})
    ).json()
    signup, _ = await at_information(stack, HANBIT)
    async with events.subscribe(flow_topic(signup["id"])) as updates:
        payload = await complete(stack, signup["id"])
        # then the sign-up completes with the manual's notice and the record pending
        assert payload["errors"] == []
        done = payload["signup"]
        assert done["step"] == "COMPLETED"
        assert done["message"] == MDM_NOTICE
        assert done["mdmSync"] == {
            "status": "PENDING",
            "attempts": 1,
            "message": MDM_NOTICE,
            "flowId": signup["id"],
        }
        first = await next_update(updates)
        assert (first.step, first.status, first.message) == (
            "COMPLETED",
            FlowStatus.IN_PROGRESS,
            MDM_NOTICE,
        )
        # when a retry is due while MDM is still down
        await work24.post("/__admin/clock", json={"advance_seconds": 61})
        await work24.post("/__admin/mdm/retry")
        # then still pending, one more attempt
        assert (await member_sync(stack))["attempts"] == 2
        # when MDM is back and the next retry runs
        await work24.delete(f"/__admin/faults/{fault['id']}")
        await work24.post("/__admin/clock", json={"advance_seconds": 61})
        await work24.post("/__admin/mdm/retry")
        # then the subscriber hears it turn complete
        update = await next_update(updates)
        while update.status is not FlowStatus.SUCCEEDED:
            update = await next_update(updates)
        assert update.flow_id == signup["id"]
    # and the member shows it, with exactly one record at MDM
    assert (await member_sync(stack))["status"] == "COMPLETE"
    assert (await work24.get(f"/mdm/customers/{HANBIT['number']}")).status_code == 200
    feed = (await work24.get("/mdm/events")).json()["events"]
    mine = [e["status"] for e in feed if e["business_number"] == HANBIT["number"]]
    assert mine == ["pending", "complete"]


async def test_without_a_fault_the_record_is_created_at_once(stack: Stack) -> None:
    events: EventBus = stack.app.state.gateway.events
    signup, _ = await at_information(stack, HANBIT)
    async with events.subscribe(flow_topic(signup["id"])) as updates:
        payload = await complete(stack, signup["id"])
        assert payload["signup"]["mdmSync"]["status"] == "COMPLETE"
        assert payload["signup"]["message"] == SIGNUP_DONE
        update = await next_update(updates)
    assert (update.step, update.status) == ("COMPLETED", FlowStatus.SUCCEEDED)


async def test_a_replica_that_did_not_see_the_sign_up_still_reports_the_record(
    stack: Stack,
) -> None:
    work24 = stack.mocks["work24"]
    events: EventBus = stack.app.state.gateway.events
    # given a sign-up completed with its record pending, and the replica that watched it gone
    outage = {"route": "/mdm/customers", "outage": True}
    fault = (await work24.post("/__admin/faults", json=outage)).json()
    signup, _ = await at_information(stack, HANBIT)
    await complete(stack, signup["id"])
    await mdm_watcher.stop_all()
    assert not mdm_watcher.watching(stack.app.state.gateway.upstreams.work24)
    async with events.subscribe(flow_topic(signup["id"])) as updates:
        # when a replica shows the pending member (which starts its watcher)
        assert (await member_sync(stack))["status"] == "PENDING"
        # and MDM comes back
        await work24.delete(f"/__admin/faults/{fault['id']}")
        await work24.post("/__admin/clock", json={"advance_seconds": 61})
        await work24.post("/__admin/mdm/retry")
        # then the subscriber hears it
        update = await next_update(updates)
    assert (update.flow_id, update.status) == (signup["id"], FlowStatus.SUCCEEDED)


async def test_resuming_a_pending_sign_up_restarts_the_watcher(stack: Stack) -> None:
    work24 = stack.mocks["work24"]
    events: EventBus = stack.app.state.gateway.events
    connector = stack.app.state.gateway.upstreams.work24
    # given a sign-up completed with its record pending, and no watcher left (a restart)
    fault = (
        await work24.post("/__admin/faults", json={"route": "/mdm/customers", "outage": True})
    ).json()
    signup, _ = await at_information(stack, HANBIT)
    await complete(stack, signup["id"])
    await mdm_watcher.stop_all()
    assert not mdm_watcher.watching(connector)
    async with events.subscribe(flow_topic(signup["id"])) as updates:
        # when the client resumes the flow by its id
        resumed = await stack.gateway.execute(RESUME, {"id": signup["id"]})
        assert resumed["data"]["work24Signup"]["mdmSync"]["status"] == "PENDING"
        assert mdm_watcher.watching(connector)
        # and MDM comes back
        await work24.delete(f"/__admin/faults/{fault['id']}")
        await work24.post("/__admin/clock", json={"advance_seconds": 61})
        await work24.post("/__admin/mdm/retry")
        # then its subscription hears the record complete
        update = await next_update(updates)
    assert (update.flow_id, update.status) == (signup["id"], FlowStatus.SUCCEEDED)


async def test_stop_all_is_idempotent(stack: Stack) -> None:
    work24 = stack.mocks["work24"]
    connector = stack.app.state.gateway.upstreams.work24
    # given a watcher running for a pending record
    await work24.post("/__admin/faults", json={"route": "/mdm/customers", "outage": True})
    signup, _ = await at_information(stack, HANBIT)
    await complete(stack, signup["id"])
    assert mdm_watcher.watching(connector)
    # when the app shuts down twice over
    await mdm_watcher.stop_all()
    await mdm_watcher.stop_all()
    # then no watcher is left, and a later start watches again
    assert not mdm_watcher.watching(connector)
    await stack.gateway.execute(MEMBER, {"n": HANBIT["number"]})
    assert mdm_watcher.watching(connector)
