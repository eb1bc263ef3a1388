"""The applicant's flow hears the representative's decision at once, also when it is made on
Hometax's own site rather than through the gateway (the gateway watches Hometax's status feed),
and reads the current status back whenever it asks."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from gateway.app import GatewayState
from gateway.events.flows import FlowUpdate, flow_topic
from gateway.services import feed_watcher
from gateway.services.hometax import watcher
from tests.gateway.conftest import Stack
from tests.gateway.hometax.conftest import BUSINESS, apply, execute, representative, set_status
from tests.mocks.hometax.support import bearer, issue, prove

APPLICATION = """
query($id: ID!) { hometaxDepartmentUserApplication(id: $id) { step statusLabel } }
"""


@pytest.fixture(autouse=True)
def quick_polls(monkeypatch: pytest.MonkeyPatch) -> None:
    """The watcher polls every 10 ms here, so no test waits a second."""
    monkeypatch.setattr(watcher, "POLL_SECONDS", 0.01)


async def _at_hometax(stack: Stack, status: str, user_id: str = "cargo_pay1") -> None:
    """The representative saves ``status`` on Hometax's own site (the mock, not the gateway)."""
    issued = await issue(stack.pki, "corporate", BUSINESS)
    login = {"business_number": BUSINESS, "proof": await prove(stack.pki, issued)}
    token = (await stack.mocks["hometax"].post("/auth/certificate", json=login)).json()["token"]
    saved = await stack.mocks["hometax"].put(
        f"/my-nts/department-users/{user_id}/status",
        json={"status": status},
        headers=bearer(token),
    )
    assert saved.status_code == 200, saved.text


async def _next(updates: AsyncIterator[FlowUpdate]) -> FlowUpdate:
    return await asyncio.wait_for(anext(updates), 5)


async def _read(stack: Stack, application_id: str) -> dict[str, Any]:
    read: dict[str, Any] = await execute(stack, APPLICATION, {"id": application_id})
    return read


async def test_approval_on_hometax_itself_reaches_the_subscriber(stack: Stack) -> None:
    # given the applicant listening on its application's flow
    application_id = (await apply(stack))["application"]["id"]
    state: GatewayState = stack.app.state.gateway
    async with state.events.subscribe(flow_topic(application_id)) as subscribed:
        updates = aiter(subscribed)
        # when the representative sets 미승인, then 사용, on Hometax's own site
        await _at_hometax(stack, "not_approved")
        first = await _next(updates)
        await _at_hometax(stack, "active")
        second = await _next(updates)
    # then both reach the subscriber in order, the second ending the flow
    assert (first.step, first.status.value, first.message) == (
        "NOT_APPROVED",
        "in_progress",
        "미승인",
    )
    assert (second.step, second.status.value, second.message) == ("ACTIVE", "succeeded", "사용")


async def test_reading_the_application_reports_a_change_made_at_hometax(stack: Stack) -> None:
    # given an application the representative approved on Hometax's own site
    application_id = (await apply(stack))["application"]["id"]
    await _at_hometax(stack, "active")
    # when the applicant's app reads its application (as after subscribing)
    # then it gets the current status
    assert await _read(stack, application_id) == {"step": "ACTIVE", "statusLabel": "사용"}


async def test_reading_an_undecided_application_resumes_watching(stack: Stack) -> None:
    # given an application and a replica whose watcher is not running (a restart)
    application_id = (await apply(stack))["application"]["id"]
    hometax = stack.app.state.gateway.upstreams.hometax
    await feed_watcher.stop_all()
    assert not watcher.watching(hometax)
    # when the applicant's app subscribes and reads its application (still 대기)
    state: GatewayState = stack.app.state.gateway
    async with state.events.subscribe(flow_topic(application_id)) as subscribed:
        assert (await _read(stack, application_id))["step"] == "PENDING"
        # and the representative approves on Hometax's own site
        await _at_hometax(stack, "active")
        update = await _next(aiter(subscribed))
    # then the decision still reaches the subscriber
    assert (update.step, update.status.value) == ("ACTIVE", "succeeded")


async def test_a_change_made_through_the_gateway_is_sent_once(stack: Stack) -> None:
    # given the applicant listening, and the watcher reading the feed too
    application_id = (await apply(stack))["application"]["id"]
    state: GatewayState = stack.app.state.gateway
    async with state.events.subscribe(flow_topic(application_id)) as subscribed:
        updates = aiter(subscribed)
        # when the representative sets 미승인 then 사용 through the gateway
        token = await representative(stack)
        await set_status(stack, token, "NOT_APPROVED")
        first = await _next(updates)
        await asyncio.sleep(0.05)  # several watcher polls see the 미승인 in the feed
        await set_status(stack, token, "ACTIVE")
        second = await _next(updates)
    # then each change came once: no 미승인 again from the feed before the 사용
    assert [first.step, second.step] == ["NOT_APPROVED", "ACTIVE"]
