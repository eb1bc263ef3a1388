"""KOTRA mutations of companies: 소속기업 등록, 기업정보 등록, 기업정보 관리."""

from __future__ import annotations

import strawberry

from gateway.context import Info
from gateway.errors import UserError
from gateway.resolvers import kotra as r
from gateway.schema.kotra import inputs as i
from gateway.schema.kotra import payloads as out
from gateway.schema.kotra.errors import kotra_errors
from gateway.schema.kotra.shared import lang as _lang
from gateway.schema.kotra.types import (
    KotraCompany,
    KotraCompanyRegistration,
    KotraMember,
)
from gateway.services.kotra import logins
from gateway.services.kotra.scan import scan_body


@strawberry.type
class KotraCompanyMutations:
    """Mutations of companies (소속기업, 기업정보 등록 and 관리)."""

    @strawberry.mutation(
        description="기업정보 관리 로그인 — 사업자등록번호 and 기업 로그인 비밀번호, or the "
        "company's 범용인증서 (which also counts as 기업인증)."
    )
    async def kotra_company_login(
        self, info: Info, input: i.KotraCompanyLoginInput
    ) -> out.KotraCompanyLoginPayload | None:
        body: dict[str, object] = {"number": str(input.business_number)}
        if input.password is not None:
            body["password"] = input.password
        if input.proof is not None:
            body["proof"] = i.proof_body(input.proof)
        try:
            logged_in = await r.company_login(info, body)
        except UserError as failure:
            errors = kotra_errors(failure, _lang(info))
            return out.KotraCompanyLoginPayload(company=None, session_token=None, errors=errors)
        token = await logins.hold(info, logged_in)
        assert logged_in.company is not None
        company = KotraCompany.of_company(logged_in.company)
        return out.KotraCompanyLoginPayload(company=company, session_token=token, errors=[])

    @strawberry.mutation(
        description="소속기업 등록 — the logged-in general member joins a registered company by "
        "its 승인 비밀번호 or its 범용인증서."
    )
    async def kotra_affiliation_register(
        self, info: Info, input: i.KotraAffiliationInput
    ) -> out.KotraMemberPayload | None:
        try:
            member = await r.affiliate(info, input.body())
        except UserError as failure:
            return out.KotraMemberPayload(member=None, errors=kotra_errors(failure, _lang(info)))
        return out.KotraMemberPayload(member=KotraMember.of(member), errors=[])

    @strawberry.mutation(
        description="기업정보 등록 STEP1 약관동의 and STEP2 — check the number: a registered "
        "company must log in; a closed or suspended one cannot register; otherwise KOTRA's "
        "data (or none: a new company, scan required)."
    )
    async def kotra_company_registration_start(
        self, info: Info, input: i.KotraCompanyRegistrationStartInput
    ) -> out.KotraCompanyRegistrationStartPayload | None:
        try:
            flow = await r.registration_start(info, input.terms.body(), str(input.business_number))
        except UserError as failure:
            errors = kotra_errors(failure, _lang(info))
            return out.KotraCompanyRegistrationStartPayload(registration=None, errors=errors)
        registration = KotraCompanyRegistration.of(flow)
        return out.KotraCompanyRegistrationStartPayload(registration=registration, errors=[])

    @strawberry.mutation(
        description="기업정보 등록 STEP3 — 기업인증 with the corporate certificate, the company "
        "login password, the 6-digit approval password and the company form."
    )
    async def kotra_company_register(
        self, info: Info, input: i.KotraCompanyRegisterInput
    ) -> out.KotraCompanyRegisterPayload | None:
        try:
            scan = await scan_body(input.scan)
        except UserError as failure:
            errors = kotra_errors(failure, _lang(info))
            return out.KotraCompanyRegisterPayload(company=None, message=None, errors=errors)
        body = {
            "proof": i.proof_body(input.proof),
            "login_password": input.login_password,
            "login_password_confirm": input.login_password_confirm,
            "approval_password": input.approval_password,
            "approval_password_confirm": input.approval_password_confirm,
            "company": input.company.body(),
            "scan": scan,
        }
        try:
            done = await r.register_company(info, str(input.id), body)
        except UserError as failure:
            errors = kotra_errors(failure, _lang(info))
            return out.KotraCompanyRegisterPayload(company=None, message=None, errors=errors)
        company = KotraCompany.of_company(done.company)
        return out.KotraCompanyRegisterPayload(company=company, message=done.message, errors=[])

    @strawberry.mutation(description="기업인증 — allows edits for ten minutes.")
    async def kotra_company_certify(
        self, info: Info, input: i.KotraCompanyCertifyInput
    ) -> out.KotraCompanyCertifyPayload | None:
        try:
            done = await r.certify_company(info, i.proof_body(input.proof))
        except UserError as failure:
            errors = kotra_errors(failure, _lang(info))
            return out.KotraCompanyCertifyPayload(certified_until=None, errors=errors)
        return out.KotraCompanyCertifyPayload(certified_until=done.certified_until, errors=[])

    @strawberry.mutation(description="기업정보 수정 — only after 기업인증.")
    async def kotra_company_update(
        self, info: Info, input: i.KotraCompanyUpdateInput
    ) -> out.KotraCompanyPayload | None:
        try:
            company = await r.update_company(info, input.company.body())
        except UserError as failure:
            return out.KotraCompanyPayload(company=None, errors=kotra_errors(failure, _lang(info)))
        return out.KotraCompanyPayload(company=KotraCompany.of_company(company), errors=[])

    @strawberry.mutation(
        description="승인비밀번호 변경 — only after 기업인증; existing employees stay."
    )
    async def kotra_approval_password_change(
        self, info: Info, input: i.KotraApprovalPasswordChangeInput
    ) -> out.KotraApprovalPasswordChangePayload | None:
        body = {
            "approval_password": input.approval_password,
            "approval_password_confirm": input.approval_password_confirm,
        }
        try:
            done = await r.change_approval_password(info, body)
        except UserError as failure:
            errors = kotra_errors(failure, _lang(info))
            return out.KotraApprovalPasswordChangePayload(
                changed_at=None, employees_kept=None, errors=errors
            )
        return out.KotraApprovalPasswordChangePayload(
            changed_at=done.changed_at, employees_kept=done.employees_kept, errors=[]
        )

    @strawberry.mutation(description="관계 해지 — remove an employee (the company admin).")
    async def kotra_employee_remove(
        self, info: Info, input: i.KotraEmployeeRemoveInput
    ) -> out.KotraEmployeeRemovePayload | None:
        try:
            done = await r.remove_employee(info, input.member_id)
        except UserError as failure:
            errors = kotra_errors(failure, _lang(info))
            return out.KotraEmployeeRemovePayload(removed_member_id=None, errors=errors)
        return out.KotraEmployeeRemovePayload(removed_member_id=done.member_id, errors=[])
