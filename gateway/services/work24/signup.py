"""기업회원 가입 through Work24: each step a call, each answer the flow as it stands.

A refusal for a step out of order comes back with the flow (`SignupFlowError`), so the client
sees where it is; every step taken is published on ``flowUpdated``; a sign-up that completes
with its MDM customer record pending starts the replica's MDM watcher.
"""

from __future__ import annotations

from typing import NoReturn

from connectors.work24 import (
    CertificateConfirmation,
    InformationEntry,
    SignupState,
    Work24Connector,
)
from gateway.errors import UserError
from gateway.events import EventBus
from gateway.i18n import Language
from gateway.messages.work24 import STEP_NAMES
from gateway.messages.work24 import Work24ErrorCode as Code
from gateway.services.work24 import flows, mdm_watcher
from gateway.services.work24.refusals import call

SIGNUP_TYPES = ("general", "agency")


class SignupFlowError(UserError):
    """A refusal that still knows the flow's state (a step out of order)."""

    def __init__(self, failure: UserError, signup: SignupState | None) -> None:
        super().__init__(failure.code, field=failure.field, **failure.fields)
        self.signup = signup


async def start(connector: Work24Connector, member_type: str, number: str) -> SignupState:
    if member_type not in SIGNUP_TYPES:
        raise UserError(Code.MEMBER_TYPE_NOT_ALLOWED, field=["input", "memberType"])
    return await call(connector.start_signup(member_type, number))


async def get(connector: Work24Connector, signup_id: str) -> SignupState:
    return await call(connector.signup(signup_id))


async def _with_flow(connector: Work24Connector, signup_id: str, failure: UserError) -> NoReturn:
    """Raise ``failure`` with the flow's current state (and its step name when out of order)."""
    try:
        state: SignupState | None = await get(connector, signup_id)
    except UserError:
        state = None
    if failure.code is Code.WRONG_STEP and state is not None:
        name = STEP_NAMES[state.step]
        failure = UserError(
            Code.WRONG_STEP,
            field=["input", "id"],
            step=name.in_(Language.KO),
            step_en=name.in_(Language.EN),
        )
    raise SignupFlowError(failure, state) from failure


async def authenticate(
    connector: Work24Connector,
    events: EventBus | None,
    signup_id: str,
    representative_name: str,
    opening_date: str,
    confirmation: CertificateConfirmation,
) -> SignupState:
    try:
        state = await call(
            connector.authenticate_signup(
                signup_id, representative_name, opening_date, confirmation
            )
        )
    except UserError as failure:
        await _with_flow(connector, signup_id, failure)
    await flows.publish(events, state)
    return state


async def agree_terms(
    connector: Work24Connector, events: EventBus | None, signup_id: str, agreed: list[str]
) -> SignupState:
    try:
        state = await call(connector.agree_terms(signup_id, agreed))
    except UserError as failure:
        await _with_flow(connector, signup_id, failure)
    await flows.publish(events, state)
    return state


async def complete(
    connector: Work24Connector, events: EventBus | None, signup_id: str, entry: InformationEntry
) -> SignupState:
    """03 정보 입력 → 04 가입 완료; the MDM record may still be pending."""
    try:
        state = await call(connector.enter_information(signup_id, entry))
    except UserError as failure:
        await _with_flow(connector, signup_id, failure)
    if state.mdm is not None and state.mdm.status != "complete":
        await mdm_watcher.ensure_watching(connector, events)
    await flows.publish(events, state)
    return state
