"""The issuance flow as the gateway sees it: a sealed reference to the citizen's login at the
발급시스템 (its bearer token), and the step that login is at.

The gateway keeps no state of its own: the flow id seals (AES-GCM, bound to its purpose) the
agency's login token, so any replica carries the flow on and a mobile client resumes it after a
restart with `gov24Issuance(id:)`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from connectors.gov24 import LoginState
from gateway.crypto import SealedDataError, Sealer
from gateway.errors import UserError
from gateway.messages.gov24 import Gov24ErrorCode as Code

PURPOSE = "gov24-issuance"


class Step(enum.Enum):
    """Where an issuance stands."""

    IDENTITY_CHECK = "identity_check"
    FORM = "form"
    SIGNATURE = "signature"
    GUARDIAN_CONSENT = "guardian_consent"
    ISSUED = "issued"
    LOCKED = "locked"


@dataclass(frozen=True)
class Flow:
    """An issuance: its id, its step, when it lapses, and the agency's view of the login."""

    id: str
    step: Step
    expires_at: datetime
    login: LoginState


def step_of(login: LoginState) -> Step:
    if login.status == "locked":
        return Step.LOCKED
    if login.status == "identity_check":
        return Step.IDENTITY_CHECK
    if login.draft is None:
        return Step.FORM
    return Step(login.draft.step)


def seal(sealer: Sealer, token: str) -> str:
    return sealer.seal(token.encode(), PURPOSE)


def token_of(sealer: Sealer, flow_id: str, field: list[str] | None = None) -> str:
    """The agency's login token sealed in ``flow_id``.

    Raises: UserError FLOW_NOT_FOUND (not issued by this gateway, or tampered with).
    """
    try:
        return sealer.open(flow_id, PURPOSE).decode()
    except (SealedDataError, ValueError):
        raise UserError(Code.FLOW_NOT_FOUND, field=field or ["input", "id"]) from None


def flow_of(flow_id: str, login: LoginState) -> Flow:
    expires = login.expires_at
    if login.draft is not None and login.draft.step != "issued":
        expires = min(expires, login.draft.expires_at)
    return Flow(flow_id, step_of(login), expires, login)
