"""Root fields of Hometax department users, merged into the one graph's Query and Mutation.

Order of a portal: `hometaxUserIdCheck` → `hometaxDepartmentUserApply` (the applicant);
`hometaxRepresentativeLogin` → `viewer { hometaxDepartmentUsers }` →
`hometaxDepartmentUserSetStatus` (the representative); `hometaxDepartmentUserLogin` →
`hometaxDepartmentUserCertificateRegister` → `hometaxDepartmentUserCertificateLogin` (the user);
`hometaxDepartmentUserDelegate` (a third-party platform).
"""

from __future__ import annotations

from typing import Annotated

import strawberry

from connectors.hometax import HometaxLogin
from gateway.context import Info
from gateway.errors import UserError
from gateway.resolvers import hometax as resolvers
from gateway.schema.hometax.errors import hometax_errors
from gateway.schema.hometax.inputs import (
    HometaxDepartmentUserApplyInput,
    HometaxDepartmentUserCertificateLoginInput,
    HometaxDepartmentUserCertificateRegisterInput,
    HometaxDepartmentUserDelegateInput,
    HometaxDepartmentUserLoginInput,
    HometaxDepartmentUserPasswordChangeInput,
    HometaxDepartmentUserSetStatusInput,
    HometaxRepresentativeLoginInput,
    HometaxTemporaryPasswordSendInput,
    HometaxUserIdCheckInput,
    proof_json,
)
from gateway.schema.hometax.payloads import (
    HometaxDepartmentUserApplyPayload,
    HometaxDepartmentUserCertificateRegisterPayload,
    HometaxDepartmentUserDelegatePayload,
    HometaxDepartmentUserPasswordChangePayload,
    HometaxDepartmentUserSetStatusPayload,
    HometaxLoginPayload,
    HometaxTemporaryPasswordSendPayload,
    HometaxUserIdCheckPayload,
)
from gateway.schema.hometax.types import (
    HometaxDelegation,
    HometaxDepartmentUser,
    HometaxDepartmentUserApplication,
    HometaxLoginResult,
    HometaxRegisteredCertificate,
)
from gateway.services.hometax.management import NewStatus


@strawberry.type
class HometaxQueries:
    @strawberry.field(
        description=(
            "부서사용자 아이디 신청 — an application flow by its `id`, as Hometax keeps it now, "
            "whoever changed it (how the applicant's app resumes: subscribe to `flowUpdated`, "
            "then read this once). Null for an unknown id."
        )
    )
    async def hometax_department_user_application(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The flow's `id`.")],
    ) -> HometaxDepartmentUserApplication | None:
        state = await resolvers.resolve_application(info, str(id))
        return HometaxDepartmentUserApplication.of(state) if state else None


LoginOutcome = tuple[HometaxLogin, str | None] | UserError


def _login_payload(info: Info, outcome: LoginOutcome) -> HometaxLoginPayload:
    if isinstance(outcome, UserError):
        return HometaxLoginPayload(
            login=None, token=None, errors=hometax_errors(outcome, info.context.language)
        )
    login, token = outcome
    return HometaxLoginPayload(login=HometaxLoginResult.of(login), token=token, errors=[])


@strawberry.type
class HometaxMutations:
    @strawberry.mutation(
        description=(
            "중복확인 — whether a user ID is well-formed and free (IDs are case-sensitive). "
            "Applying needs a passed check of the same ID."
        )
    )
    async def hometax_user_id_check(
        self, info: Info, input: HometaxUserIdCheckInput
    ) -> HometaxUserIdCheckPayload | None:
        try:
            message = await resolvers.resolve_user_id_check(info, input.user_id)
        except UserError as failure:
            errors = hometax_errors(failure, info.context.language)
            return HometaxUserIdCheckPayload(available=False, message=None, errors=errors)
        return HometaxUserIdCheckPayload(available=True, message=message, errors=[])

    @strawberry.mutation(
        description=(
            "아이디 신청하기 — apply for the business's e-tax-invoice department user ID (one per "
            "business). It waits (대기) until the representative sets 사용."
        )
    )
    async def hometax_department_user_apply(
        self, info: Info, input: HometaxDepartmentUserApplyInput
    ) -> HometaxDepartmentUserApplyPayload | None:
        try:
            applied = await resolvers.resolve_apply(info, input.to_application())
        except UserError as failure:
            return HometaxDepartmentUserApplyPayload(
                application=None,
                department_user=None,
                message=None,
                errors=hometax_errors(failure, info.context.language),
            )
        user = applied.department_user
        return HometaxDepartmentUserApplyPayload(
            application=HometaxDepartmentUserApplication.of_user(user),
            department_user=HometaxDepartmentUser.of(user),
            message=applied.message,
            errors=[],
        )

    @strawberry.mutation(
        description=(
            "My NTS 공인인증서 로그인 — the representative signs a challenge with the business's "
            "certificate; the login is held in the caller's session."
        )
    )
    async def hometax_representative_login(
        self, info: Info, input: HometaxRepresentativeLoginInput
    ) -> HometaxLoginPayload | None:
        try:
            outcome: LoginOutcome = await resolvers.resolve_representative_login(
                info, str(input.business_number), proof_json(input.proof)
            )
        except UserError as failure:
            outcome = failure
        return _login_payload(info, outcome)

    @strawberry.mutation(
        description=(
            "저장하기 — the representative sets a department user's status: 사용 (only then it "
            "logs in), 탈퇴 (no longer needed; final) or 미승인. Published on `flowUpdated`."
        )
    )
    async def hometax_department_user_set_status(
        self, info: Info, input: HometaxDepartmentUserSetStatusInput
    ) -> HometaxDepartmentUserSetStatusPayload | None:
        try:
            changed = await resolvers.resolve_set_status(
                info, input.user_id, NewStatus(input.status.value)
            )
        except UserError as failure:
            errors = hometax_errors(failure, info.context.language)
            return HometaxDepartmentUserSetStatusPayload(
                department_user=None, message=None, errors=errors
            )
        return HometaxDepartmentUserSetStatusPayload(
            department_user=HometaxDepartmentUser.of(changed.department_user),
            message=changed.message,
            errors=[],
        )

    @strawberry.mutation(
        description=(
            "임시 비밀번호 발송 — the representative has a temporary password e-mailed to the "
            "department user, who must change it at the next login; it logs in only until "
            "`expiresAt` (24 hours), then `TEMPORARY_PASSWORD_EXPIRED`."
        )
    )
    async def hometax_temporary_password_send(
        self, info: Info, input: HometaxTemporaryPasswordSendInput
    ) -> HometaxTemporaryPasswordSendPayload | None:
        try:
            sent = await resolvers.resolve_temporary_password(info, input.user_id)
        except UserError as failure:
            errors = hometax_errors(failure, info.context.language)
            return HometaxTemporaryPasswordSendPayload(
                email_masked=None, expires_at=None, errors=errors
            )
        return HometaxTemporaryPasswordSendPayload(
            email_masked=sent.email_masked, expires_at=sent.expires_at, errors=[]
        )

    @strawberry.mutation(
        description=(
            "아이디 로그인 — the department user with ID and password; only 사용 may log in "
            "(대기/미승인: NOT_APPROVED, 탈퇴: WITHDRAWN)."
        )
    )
    async def hometax_department_user_login(
        self, info: Info, input: HometaxDepartmentUserLoginInput
    ) -> HometaxLoginPayload | None:
        try:
            outcome: LoginOutcome = await resolvers.resolve_password_login(
                info, input.user_id, input.password
            )
        except UserError as failure:
            outcome = failure
        return _login_payload(info, outcome)

    @strawberry.mutation(
        description="공인인증서 로그인 — the department user with its registered certificate."
    )
    async def hometax_department_user_certificate_login(
        self, info: Info, input: HometaxDepartmentUserCertificateLoginInput
    ) -> HometaxLoginPayload | None:
        try:
            outcome: LoginOutcome = await resolvers.resolve_certificate_login(
                info, str(input.business_number), input.user_id, proof_json(input.proof)
            )
        except UserError as failure:
            outcome = failure
        return _login_payload(info, outcome)

    @strawberry.mutation(
        description="비밀번호 변경 — the department user's new password (after a temporary one)."
    )
    async def hometax_department_user_password_change(
        self, info: Info, input: HometaxDepartmentUserPasswordChangeInput
    ) -> HometaxDepartmentUserPasswordChangePayload | None:
        try:
            message = await resolvers.resolve_password_change(
                info, input.current_password, input.new_password, input.new_password_confirmation
            )
        except UserError as failure:
            errors = hometax_errors(failure, info.context.language)
            return HometaxDepartmentUserPasswordChangePayload(
                changed=False, message=None, errors=errors
            )
        return HometaxDepartmentUserPasswordChangePayload(changed=True, message=message, errors=[])

    @strawberry.mutation(
        description=(
            "공인인증서 등록 — the department user, logged in with ID and password (not with a "
            "certificate: `PASSWORD_LOGIN_REQUIRED`), registers its own e-tax-invoice "
            "certificate (not the business's; a renewed one replaces it); then it can log in "
            "with it."
        )
    )
    async def hometax_department_user_certificate_register(
        self, info: Info, input: HometaxDepartmentUserCertificateRegisterInput
    ) -> HometaxDepartmentUserCertificateRegisterPayload | None:
        try:
            registered = await resolvers.resolve_certificate_register(info, proof_json(input.proof))
        except UserError as failure:
            errors = hometax_errors(failure, info.context.language)
            return HometaxDepartmentUserCertificateRegisterPayload(certificate=None, errors=errors)
        return HometaxDepartmentUserCertificateRegisterPayload(
            certificate=HometaxRegisteredCertificate.of(registered), errors=[]
        )

    @strawberry.mutation(
        description=(
            "부서사용자등록 — a third-party platform (e.g. a logistics payment service's "
            "회원사관리) registers an active department user by ID and password and gets a "
            "delegation token to act for the business; the representative's certificate is never "
            "involved. Only integrator clients (`X-Api-Key` of kind `integrator`): anyone else "
            "gets the GraphQL error `CLIENT_KIND_NOT_ALLOWED`."
        )
    )
    async def hometax_department_user_delegate(
        self, info: Info, input: HometaxDepartmentUserDelegateInput
    ) -> HometaxDepartmentUserDelegatePayload | None:
        try:
            delegation = await resolvers.resolve_delegate(
                info, input.user_id, input.password, input.platform
            )
        except UserError as failure:
            errors = hometax_errors(failure, info.context.language)
            return HometaxDepartmentUserDelegatePayload(delegation=None, errors=errors)
        return HometaxDepartmentUserDelegatePayload(
            delegation=HometaxDelegation.of(delegation), errors=[]
        )
