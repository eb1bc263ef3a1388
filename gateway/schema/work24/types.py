"""Types of Work24's flows: the sign-up, the login and a 금융인증서 use."""

from __future__ import annotations

from datetime import datetime

import strawberry

from connectors.work24 import FincertState, Login, SignupState, Term
from gateway.schema.work24.enums import Work24FincertMethod, Work24FincertStep, Work24MemberType
from gateway.schema.work24.member import (
    Work24Company,
    Work24CorporateMember,
    Work24Industry,
    Work24MdmSync,
    Work24Service,
)
from gateway.services.work24.flows import NEXT_STEP, Step

__all__ = [
    "Work24Company",
    "Work24CorporateMember",
    "Work24Fincert",
    "Work24Industry",
    "Work24Login",
    "Work24MdmSync",
    "Work24Signup",
]


@strawberry.type(description="약관 — a term to agree to at step 02 (약관 동의).")
class Work24Term:
    code: str = strawberry.field(description="Code to send in `agreed`.")
    title: str = strawberry.field(description="약관명 — title.")
    required: bool = strawberry.field(description="필수 — whether it must be agreed.")

    @classmethod
    def of(cls, term: Term) -> Work24Term:
        return cls(code=term.code, title=term.title, required=term.required)


@strawberry.type(description="가입 완료 화면의 한 줄 — one row of the 가입 완료 summary.")
class Work24SummaryRow:
    label: str = strawberry.field(description="The manual's label (e.g. `이메일 수신여부`).")
    value: str = strawberry.field(description="As shown (`수신함`, `수신하지 않음`, `동의함` …).")


@strawberry.type(description="다음 단계 — what the sign-up's next step needs.")
class Work24SignupNextStep:
    mutation: str = strawberry.field(description="The mutation to send next.")
    input_fields: list[str] = strawberry.field(description="Its input fields besides `id`.")


@strawberry.type(
    description=(
        "기업회원 가입 — a sign-up in progress at Work24 (01 가입 인증 → 02 약관 동의 → 03 정보 "
        "입력 → 04 가입 완료). Its `id` resumes it (`work24Signup`) and names its "
        "`flowUpdated` stream."
    )
)
class Work24Signup:
    id: strawberry.ID = strawberry.field(description="The flow's id (Work24's sign-up id).")
    step: Step = strawberry.field(description="Where the sign-up stands.")
    step_label: str = strawberry.field(description="The manual's name of the step.")
    member_type: Work24MemberType = strawberry.field(description="회원가입 유형.")
    registration_number: str = strawberry.field(description="사업자등록번호.")
    expires_at: datetime = strawberry.field(
        description="When the sign-up session expires (30 minutes from its start)."
    )
    next: Work24SignupNextStep | None = strawberry.field(
        description="What the next step needs; null once completed."
    )
    terms: list[Work24Term] | None = strawberry.field(description="At `TERMS`: the terms.")
    company: Work24Company | None = strawberry.field(
        description="At `INFORMATION`: the company autofilled from the NTS (read-only)."
    )
    summary: list[Work24SummaryRow] | None = strawberry.field(
        description="At `COMPLETED`: the 가입 완료 table, every field as the manual shows it."
    )
    mdm_sync: Work24MdmSync | None = strawberry.field(
        description="At `COMPLETED`: the customer record's state."
    )
    message: str | None = strawberry.field(
        description="Work24's notice at completion (the MDM delay notice when pending)."
    )
    member_registration_number: strawberry.Private[str | None]

    @strawberry.field(description="At `COMPLETED`: the new member.")
    async def member(self, info: strawberry.Info) -> Work24CorporateMember | None:
        if self.member_registration_number is None:
            return None
        loader = info.context.loaders.work24_member_by_number
        found = await loader.load(self.member_registration_number)
        return Work24CorporateMember.of(found) if found else None

    @classmethod
    def of(cls, state: SignupState) -> Work24Signup:
        step = Step(state.step)
        nxt = NEXT_STEP.get(step)
        return cls(
            id=strawberry.ID(state.id),
            step=step,
            step_label=state.step_label,
            member_type=Work24MemberType(state.member_type),
            registration_number=state.business_number,
            expires_at=state.expires_at,
            next=Work24SignupNextStep(mutation=nxt[0], input_fields=list(nxt[1])) if nxt else None,
            terms=[Work24Term.of(t) for t in state.terms] if state.terms is not None else None,
            company=Work24Company.of(state.company) if state.company else None,
            summary=[Work24SummaryRow(label=s.label, value=s.value) for s in state.summary]
            if state.summary is not None
            else None,
            mdm_sync=Work24MdmSync.of(state.mdm, state.id) if state.mdm else None,
            message=state.message,
            member_registration_number=state.business_number if state.member_id else None,
        )


@strawberry.type(description="고용24 기업회원 로그인 — a login held in the gateway session.")
class Work24Login:
    login_type: Work24MemberType = strawberry.field(description="기업회원 유형 chosen at login.")
    login_type_label: str = strawberry.field(
        description="`일반사업자`, `고용보험 사무대행기관` or `대리인`."
    )
    services: list[Work24Service] = strawberry.field(
        description="What this login may use (대리인: 고용보험/직업훈련/외국인 업무 only)."
    )
    expires_at: datetime = strawberry.field(description="When Work24 ends the login.")
    member: Work24CorporateMember = strawberry.field(description="The member logged in.")

    @classmethod
    def of(cls, login: Login) -> Work24Login:
        return cls(
            login_type=Work24MemberType(login.login_type),
            login_type_label=login.login_type_label,
            services=[Work24Service(code=s.code, name=s.name) for s in login.services],
            expires_at=login.expires_at,
            member=Work24CorporateMember.of(login.member),
        )


@strawberry.type(
    description=(
        "금융인증서 확인 — one use of the business's 금융인증서, relayed by Work24 to the CA. "
        "Once `verified`, pass its `id` as `certificate.fincertId` (sign-up, login, "
        "registration); it is spent once."
    )
)
class Work24Fincert:
    id: strawberry.ID = strawberry.field(description="Work24's id of this use.")
    step: Work24FincertStep = strawberry.field(description="Where it stands.")
    method: Work24FincertMethod = strawberry.field(description="SMS, OTP or ARS.")
    number_masked: str = strawberry.field(description="사업자번호, partly hidden.")
    phone_masked: str = strawberry.field(description="휴대폰번호, partly hidden.")
    expires_at: datetime = strawberry.field(description="When this use expires.")
    code_expires_at: datetime | None = strawberry.field(description="When the code expires.")
    tries_left: int | None = strawberry.field(description="Wrong codes still allowed.")
    message: str = strawberry.field(description="The CA's instruction for this step.")
    terms: list[Work24Term] | None = strawberry.field(
        description="At `SIGNUP`: 금융인증서비스 약관 to agree to."
    )
    ars_display_code: str | None = strawberry.field(
        description="ARS: the 2-digit 확인코드 to show; the user keys it into the call."
    )
    verified: bool = strawberry.field(description="Whether the CA's signature was verified.")

    @classmethod
    def of(cls, state: FincertState) -> Work24Fincert:
        return cls(
            id=strawberry.ID(state.id),
            step=Work24FincertStep(state.step),
            method=Work24FincertMethod(state.method),
            number_masked=state.number_masked,
            phone_masked=state.phone_masked,
            expires_at=state.expires_at,
            code_expires_at=state.code_expires_at,
            tries_left=state.tries_left,
            message=state.message,
            terms=[Work24Term.of(t) for t in state.terms] if state.terms is not None else None,
            ars_display_code=state.ars_display_code,
            verified=state.verified,
        )
