"""KOTRA mutations of companies: 소속기업 등록, 기업정보 등록, 기업정보 관리."""

from __future__ import annotations

import strawberry

from connectors.kotra import payloads as p
from gateway.context import Info
from gateway.resolvers import kotra as r
from gateway.schema.kotra import inputs as i
from gateway.schema.kotra import payloads as out
from gateway.schema.kotra.shared import attempt
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
        logged_in, errors = await attempt(info, lambda: r.company_login(info, body))
        if logged_in is None:
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
        member, errors = await attempt(info, lambda: r.affiliate(info, input.body()))
        return out.KotraMemberPayload(
            member=KotraMember.of(member) if member else None, errors=errors
        )

    @strawberry.mutation(
        description="기업정보 등록 STEP1 약관동의 and STEP2 — check the number: a registered "
        "company must log in; a closed or suspended one cannot register; otherwise KOTRA's "
        "data (or none: a new company, scan required)."
    )
    async def kotra_company_registration_start(
        self, info: Info, input: i.KotraCompanyRegistrationStartInput
    ) -> out.KotraCompanyRegistrationStartPayload | None:
        flow, errors = await attempt(
            info,
            lambda: r.registration_start(info, input.terms.body(), str(input.business_number)),
        )
        registration = KotraCompanyRegistration.of(flow) if flow else None
        return out.KotraCompanyRegistrationStartPayload(registration=registration, errors=errors)

    @strawberry.mutation(
        description="기업정보 등록 STEP3 — 기업인증 with the corporate certificate, the company "
        "login password, the 6-digit approval password and the company form."
    )
    async def kotra_company_register(
        self, info: Info, input: i.KotraCompanyRegisterInput
    ) -> out.KotraCompanyRegisterPayload | None:

        async def register() -> p.CompanyRegistered:
            body = {
                "proof": i.proof_body(input.proof),
                "login_password": input.login_password,
                "login_password_confirm": input.login_password_confirm,
                "approval_password": input.approval_password,
                "approval_password_confirm": input.approval_password_confirm,
                "company": input.company.body(),
                "scan": await scan_body(input.scan),
            }
            return await r.register_company(info, str(input.id), body)

        done, errors = await attempt(info, register)
        if done is None:
            return out.KotraCompanyRegisterPayload(company=None, message=None, errors=errors)
        company = KotraCompany.of_company(done.company)
        return out.KotraCompanyRegisterPayload(company=company, message=done.message, errors=[])

    @strawberry.mutation(description="기업인증 — allows edits for ten minutes.")
    async def kotra_company_certify(
        self, info: Info, input: i.KotraCompanyCertifyInput
    ) -> out.KotraCompanyCertifyPayload | None:
        done, errors = await attempt(
            info, lambda: r.certify_company(info, i.proof_body(input.proof))
        )
        until = done.certified_until if done else None
        return out.KotraCompanyCertifyPayload(certified_until=until, errors=errors)

    @strawberry.mutation(description="기업정보 수정 — only after 기업인증.")
    async def kotra_company_update(
        self, info: Info, input: i.KotraCompanyUpdateInput
    ) -> out.KotraCompanyPayload | None:
        company, errors = await attempt(info, lambda: r.update_company(info, input.company.body()))
        updated = KotraCompany.of_company(company) if company else None
        return out.KotraCompanyPayload(company=updated, errors=errors)

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
        done, errors = await attempt(info, lambda: r.change_approval_password(info, body))
        return out.KotraApprovalPasswordChangePayload(
            changed_at=done.changed_at if done else None,
            employees_kept=done.employees_kept if done else None,
            errors=errors,
        )

    @strawberry.mutation(description="관계 해지 — remove an employee (the company admin).")
    async def kotra_employee_remove(
        self, info: Info, input: i.KotraEmployeeRemoveInput
    ) -> out.KotraEmployeeRemovePayload | None:
        done, errors = await attempt(info, lambda: r.remove_employee(info, input.member_id))
        removed = done.member_id if done else None
        return out.KotraEmployeeRemovePayload(removed_member_id=removed, errors=errors)
