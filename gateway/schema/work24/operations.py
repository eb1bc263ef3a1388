"""Root fields of Work24: the sign-up flow, 금융인증서, login and certificate registration."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, TypeVar

import strawberry

from connectors.work24 import FincertState, SignupState
from gateway.context import Info
from gateway.errors import UserError
from gateway.resolvers import work24 as resolvers
from gateway.schema.work24.errors import work24_errors
from gateway.schema.work24.inputs import (
    Work24CertificateRegisterInput,
    Work24FincertConfirmInput,
    Work24FincertRegisterInput,
    Work24FincertResendInput,
    Work24FincertSignInput,
    Work24FincertStartInput,
    Work24LoginInput,
    Work24SignupAgreeTermsInput,
    Work24SignupAuthenticateInput,
    Work24SignupCompleteInput,
    Work24SignupStartInput,
    confirmation_of,
    dashed,
)
from gateway.schema.work24.payloads import (
    Work24CertificateRegisterPayload,
    Work24FincertConfirmPayload,
    Work24FincertRegisterPayload,
    Work24FincertResendPayload,
    Work24FincertSignPayload,
    Work24FincertStartPayload,
    Work24LoginPayload,
    Work24SignupAgreeTermsPayload,
    Work24SignupAuthenticatePayload,
    Work24SignupCompletePayload,
    Work24SignupStartPayload,
)
from gateway.schema.work24.types import (
    Work24CorporateMember,
    Work24Fincert,
    Work24Industry,
    Work24Login,
    Work24Signup,
)
from gateway.services.work24.signup import SignupFlowError

P = TypeVar("P")


async def _signup(info: Info, payload: Callable[..., P], call: Awaitable[SignupState]) -> P:
    try:
        state = await call
    except UserError as failure:
        known = failure.signup if isinstance(failure, SignupFlowError) else None
        return payload(
            signup=Work24Signup.of(known) if known else None,
            errors=work24_errors(failure, info.context.language),
        )
    return payload(signup=Work24Signup.of(state), errors=[])


async def _fincert(info: Info, payload: Callable[..., P], call: Awaitable[FincertState]) -> P:
    try:
        state = await call
    except UserError as failure:
        return payload(fincert=None, errors=work24_errors(failure, info.context.language))
    return payload(fincert=Work24Fincert.of(state), errors=[])


@strawberry.type
class Work24Queries:
    """Work24's root query fields."""

    @strawberry.field(
        description=(
            "기업회원 가입 — a sign-up by its `id`, as Work24 keeps it now: how a client "
            "resumes. Null when Work24 knows no such sign-up (or it expired)."
        )
    )
    async def work24_signup(
        self, info: Info, id: Annotated[strawberry.ID, strawberry.argument(description="`id`.")]
    ) -> Work24Signup | None:
        try:
            return Work24Signup.of(await resolvers.resolve_signup(info, str(id)))
        except UserError:
            return None

    @strawberry.field(
        description="업종 검색 — industries whose name contains the keyword (at most 50)."
    )
    async def work24_industries(
        self,
        info: Info,
        keyword: Annotated[
            str, strawberry.argument(description="Part of the industry name, or a code prefix.")
        ],
    ) -> list[Work24Industry]:
        return [Work24Industry.of(i) for i in await resolvers.resolve_industries(info, keyword)]


@strawberry.type
class Work24Mutations:
    """Work24's mutations (``work24…``)."""

    @strawberry.mutation(
        description=(
            "기업회원 가입 시작 — the member type (`GENERAL` 일반사업자, `AGENCY` 사무대행기관) "
            "and the 사업자등록번호; refused for a business that is already a member."
        )
    )
    async def work24_signup_start(
        self, info: Info, input: Work24SignupStartInput
    ) -> Work24SignupStartPayload | None:
        call = resolvers.resolve_signup_start(
            info, input.member_type.name.lower(), str(input.registration_number)
        )
        return await _signup(info, Work24SignupStartPayload, call)

    @strawberry.mutation(
        description=(
            "01. 가입 인증 — 대표자 성명 and 개업일 are checked with the NTS (changes made at "
            "the NTS today count from tomorrow), then the 공동인증서 (owner check with the "
            "typed 10-digit number) or a verified 금융인증서 use."
        )
    )
    async def work24_signup_authenticate(
        self, info: Info, input: Work24SignupAuthenticateInput
    ) -> Work24SignupAuthenticatePayload | None:
        call = resolvers.resolve_signup_authenticate(
            info,
            str(input.id),
            input.representative_name or "",
            dashed(input.opened_on),
            confirmation_of(input.certificate),
        )
        return await _signup(info, Work24SignupAuthenticatePayload, call)

    @strawberry.mutation(description="02. 약관 동의 — agree to every required term.")
    async def work24_signup_agree_terms(
        self, info: Info, input: Work24SignupAgreeTermsInput
    ) -> Work24SignupAgreeTermsPayload | None:
        call = resolvers.resolve_signup_agree_terms(info, str(input.id), list(input.agreed))
        return await _signup(info, Work24SignupAgreeTermsPayload, call)

    @strawberry.mutation(
        description=(
            "03. 정보 입력 → 04. 가입 완료 — the member is created and the certificate used "
            "registered. When the MDM customer record is delayed the sign-up still completes "
            "(`mdmSync.status` PENDING, the manual's notice); follow `flowUpdated(id:)`."
        )
    )
    async def work24_signup_complete(
        self, info: Info, input: Work24SignupCompleteInput
    ) -> Work24SignupCompletePayload | None:
        call = resolvers.resolve_signup_complete(info, str(input.id), input.entry())
        return await _signup(info, Work24SignupCompletePayload, call)

    @strawberry.mutation(
        description=(
            "금융인증서 확인 시작 — 사업자번호 and 휴대폰번호; a code is sent (SMS), or the OTP "
            "or an ARS call is used. Step `SIGNUP` when there is no cloud account yet."
        )
    )
    async def work24_fincert_start(
        self, info: Info, input: Work24FincertStartInput
    ) -> Work24FincertStartPayload | None:
        call = resolvers.resolve_fincert_start(
            info, str(input.registration_number), input.phone, input.method.name.lower()
        )
        return await _fincert(info, Work24FincertStartPayload, call)

    @strawberry.mutation(
        description="금융인증서비스 가입 — first use: agree to the terms and choose a PIN."
    )
    async def work24_fincert_register(
        self, info: Info, input: Work24FincertRegisterInput
    ) -> Work24FincertRegisterPayload | None:
        body: dict[str, object] = {
            "name": input.name,
            "agreed_terms": list(input.agreed_terms),
            "pin": input.pin,
            "pin_confirm": input.pin_confirm,
        }
        call = resolvers.resolve_fincert_step(info, str(input.id), "signup", body)
        return await _fincert(info, Work24FincertRegisterPayload, call)

    @strawberry.mutation(description="인증번호 확인 — the SMS code or the OTP's code.")
    async def work24_fincert_confirm(
        self, info: Info, input: Work24FincertConfirmInput
    ) -> Work24FincertConfirmPayload | None:
        call = resolvers.resolve_fincert_step(info, str(input.id), "confirm", {"code": input.code})
        return await _fincert(info, Work24FincertConfirmPayload, call)

    @strawberry.mutation(description="인증번호 재전송 — a new SMS code.")
    async def work24_fincert_resend(
        self, info: Info, input: Work24FincertResendInput
    ) -> Work24FincertResendPayload | None:
        call = resolvers.resolve_fincert_step(info, str(input.id), "resend")
        return await _fincert(info, Work24FincertResendPayload, call)

    @strawberry.mutation(
        description="PIN 입력 — the CA signs; Work24 verifies it and the use becomes `verified`."
    )
    async def work24_fincert_sign(
        self, info: Info, input: Work24FincertSignInput
    ) -> Work24FincertSignPayload | None:
        call = resolvers.resolve_fincert_step(info, str(input.id), "sign", {"pin": input.pin})
        return await _fincert(info, Work24FincertSignPayload, call)

    @strawberry.mutation(
        description=(
            "기업회원 로그인 — member type and a registered certificate (an unregistered one: "
            "`CERTIFICATE_NOT_REGISTERED`, register it with `work24CertificateRegister`). The "
            "login is held in the caller's gateway session (one is started if needed)."
        )
    )
    async def work24_login(self, info: Info, input: Work24LoginInput) -> Work24LoginPayload | None:
        try:
            login, token = await resolvers.resolve_login(
                info,
                input.member_type.name.lower(),
                str(input.registration_number),
                input.certificate.confirmation(),
            )
        except UserError as failure:
            errors = work24_errors(failure, info.context.language)
            return Work24LoginPayload(login=None, token=None, errors=errors)
        return Work24LoginPayload(login=Work24Login.of(login), token=token, errors=[])

    @strawberry.mutation(
        description=(
            "기업회원 인증서 등록 — 대표자 성명 + 개업일 (checked with the NTS) + a certificate."
        )
    )
    async def work24_certificate_register(
        self, info: Info, input: Work24CertificateRegisterInput
    ) -> Work24CertificateRegisterPayload | None:
        try:
            member = await resolvers.resolve_certificate_register(
                info,
                str(input.registration_number),
                input.representative_name or "",
                dashed(input.opened_on),
                confirmation_of(input.certificate),
            )
        except UserError as failure:
            errors = work24_errors(failure, info.context.language)
            return Work24CertificateRegisterPayload(member=None, errors=errors)
        return Work24CertificateRegisterPayload(member=Work24CorporateMember.of(member), errors=[])
