"""The sign-up flow as the gateway shows it, and its updates on ``flowUpdated``.

A sign-up's ``id`` is Work24's own sign-up id (an unguessable random token): any replica can
carry the flow on, a client resumes it with ``work24Signup(id:)``, and the MDM watcher, which
learns of the customer record from Work24's feed, publishes under the same id.
"""

from __future__ import annotations

import enum

from connectors.work24 import SignupState
from gateway.events import EventBus
from gateway.events.flows import Agency, FlowStatus, FlowUpdate, publish_flow_update
from gateway.i18n import Language
from gateway.messages.work24 import MDM_COMPLETE, MDM_PENDING


class Step(enum.Enum):
    AUTHENTICATION = "authentication"
    TERMS = "terms"
    INFORMATION = "information"
    COMPLETED = "completed"


NEXT_STEP = {
    Step.AUTHENTICATION: (
        "work24SignupAuthenticate",
        ("representativeName", "openedOn", "certificate"),
    ),
    Step.TERMS: ("work24SignupAgreeTerms", ("agreed",)),
    Step.INFORMATION: (
        "work24SignupComplete",
        ("industryCode", "contact", "consents", "employmentMembership"),
    ),
}
"""What each step needs next: the mutation and its input fields (none once completed)."""


def status_of(state: SignupState) -> FlowStatus:
    if state.step != Step.COMPLETED.value:
        return FlowStatus.IN_PROGRESS
    if state.mdm is not None and state.mdm.status != "complete":
        return FlowStatus.IN_PROGRESS
    return FlowStatus.SUCCEEDED


async def publish(events: EventBus | None, state: SignupState) -> None:
    """Tell ``flowUpdated`` subscribers where the sign-up stands now."""
    if events is None:
        return
    pending = state.mdm is not None and state.mdm.status != "complete"
    message = MDM_PENDING.in_(Language.KO) if pending else None
    update = FlowUpdate(
        flow_id=state.id,
        agency=Agency.WORK24,
        step=Step(state.step).name,
        status=status_of(state),
        message=message,
    )
    await publish_flow_update(events, update)


async def publish_mdm(events: EventBus, signup_id: str, complete: bool) -> None:
    """The customer record of the member that sign-up ``signup_id`` created moved."""
    update = FlowUpdate(
        flow_id=signup_id,
        agency=Agency.WORK24,
        step=Step.COMPLETED.name,
        status=FlowStatus.SUCCEEDED if complete else FlowStatus.IN_PROGRESS,
        message=(MDM_COMPLETE if complete else MDM_PENDING).in_(Language.KO),
    )
    await publish_flow_update(events, update)
