"""부서사용자 아이디 신청: 중복확인, the application (대기), and its state for the applicant.

The application's public id at Hometax is the flow id the applicant subscribes to
(`flowUpdated`): the representative's status changes are published under it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from connectors.hometax import (
    Application,
    ApplicationState,
    Applied,
    DepartmentUserStatus,
    HometaxConnector,
)
from connectors.identity import IdentityConnector
from gateway.crypto import Sealer
from gateway.errors import UserError
from gateway.events import EventBus
from gateway.messages.hometax import HometaxErrorCode as Code
from gateway.services.hometax import rules, watcher
from gateway.services.hometax.refusals import call
from gateway.services.identity import redeem
from gateway.services.identity.flows import VERIFIED_PURPOSE, open_sealed

SITE_CODE = "hometax"


@dataclass(frozen=True)
class Upstreams:
    hometax: HometaxConnector
    identity: IdentityConnector
    sealer: Sealer
    events: EventBus | None = None


async def check_user_id(hometax: HometaxConnector, user_id: str) -> str:
    """중복확인: Hometax's "사용 가능한 아이디입니다." when the ID is well-formed and free."""
    rules.check_user_id(user_id, ["input", "userId"])
    return await call(hometax.check_user_id(user_id))


async def apply(upstreams: Upstreams, application: Application, now: datetime) -> Applied:
    """Check the form early, redeem the applicant's 실명인증 for Hometax, then apply."""
    if not (application.service_notice_agreed and application.certificate_notice_agreed):
        name = "serviceNotice" if not application.service_notice_agreed else "certificateNotice"
        raise UserError(Code.AGREEMENT_REQUIRED, field=["input", "agreements", name])
    rules.require_text(application.applicant_name, ["input", "applicantName"], "성명", "name")
    birth_date = rules.check_birth_date(
        application.representative_birth_date, ["input", "representativeBirthDate"]
    )
    rules.check_user_id(application.user_id, ["input", "userId"])
    rules.check_password(
        application.password,
        application.password_confirmation,
        ["input", "password"],
        ["input", "passwordConfirmation"],
    )
    upstream_id = await _real_name(upstreams, application, now)  # the form first, then agencies
    checked = replace(
        application, identity_verification_id=upstream_id, representative_birth_date=birth_date
    )
    applied = await call(upstreams.hometax.apply(checked))
    await watcher.ensure_watching(upstreams.hometax, upstreams.events)
    return applied


async def _real_name(upstreams: Upstreams, application: Application, now: datetime) -> str:
    """The provider's own verification id behind the gateway's ``verificationId``, once it is
    verified for Hometax under the applicant's name."""
    field = ["input", "verificationId"]
    try:
        redeemed = await redeem(
            upstreams.identity,
            upstreams.sealer,
            application.identity_verification_id,
            site_code=SITE_CODE,
            now=now,
            field=field,
        )
    except UserError:
        raise UserError(Code.REAL_NAME_FAILED, field=field) from None
    if "".join(redeemed.person.name.split()) != "".join(application.applicant_name.split()):
        raise UserError(Code.REAL_NAME_FAILED, field=["input", "applicantName"])
    sealed = open_sealed(
        upstreams.sealer, application.identity_verification_id, VERIFIED_PURPOSE, field
    )
    return str(sealed["u"])


UNDECIDED = (DepartmentUserStatus.PENDING, DepartmentUserStatus.NOT_APPROVED)


async def state(
    hometax: HometaxConnector, application_id: str, events: EventBus | None = None
) -> ApplicationState | None:
    """The application's status now, read from Hometax (so a change made at Hometax itself is
    reported); None for an unknown id. While it is undecided, this replica watches Hometax's
    status feed, so the reader's `flowUpdated` subscription hears the decision."""
    try:
        found = await call(hometax.application(application_id))
    except UserError:
        return None
    if found.status in UNDECIDED:
        await watcher.ensure_watching(hometax, events)
    return found
