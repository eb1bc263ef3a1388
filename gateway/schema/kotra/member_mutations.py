"""KOTRA mutations of members: sign-up, logins, 아이디 찾기, 비밀번호 재설정, 간편회원,
통합회원 전환, 서비스 신청."""

from __future__ import annotations

import strawberry

from gateway.context import Info
from gateway.resolvers import kotra as r
from gateway.schema.kotra import inputs as i
from gateway.schema.kotra import payloads as out
from gateway.schema.kotra.enums import KotraService, KotraSnsProvider
from gateway.schema.kotra.shared import attempt
from gateway.schema.kotra.shared import member_login as _member_login
from gateway.schema.kotra.types import (
    KotraLegacyAccount,
    KotraLegacyConversion,
    KotraMember,
    KotraSignup,
    KotraSnsAccount,
)


@strawberry.type
class KotraMemberMutations:
    """Mutations of members (일반회원, 간편회원, 기존 회원)."""

    @strawberry.mutation(description="일반회원 가입 STEP1 약관동의 — starts a sign-up.")
    async def kotra_signup_start(
        self, info: Info, input: i.KotraSignupStartInput
    ) -> out.KotraSignupPayload | None:
        flow, errors = await attempt(info, lambda: r.signup_start(info, input.terms.body()))
        return out.KotraSignupPayload(signup=KotraSignup.of(flow) if flow else None, errors=errors)

    @strawberry.mutation(
        description="STEP2 실명인증 — redeem an identity verification made for agency KOTRA "
        "(간편인증, 휴대전화 or 신용카드); refused for an existing member."
    )
    async def kotra_signup_verify(
        self, info: Info, input: i.KotraSignupVerifyInput
    ) -> out.KotraSignupPayload | None:
        flow, errors = await attempt(
            info, lambda: r.signup_verify(info, str(input.id), input.verification_id)
        )
        return out.KotraSignupPayload(signup=KotraSignup.of(flow) if flow else None, errors=errors)

    @strawberry.mutation(
        description="STEP3 회원정보 입력 — creates the general member (with the affiliation, "
        "if given) and logs in."
    )
    async def kotra_signup_complete(
        self, info: Info, input: i.KotraSignupCompleteInput
    ) -> out.KotraSignupCompletePayload | None:
        logged_in, errors = await attempt(
            info, lambda: r.signup_complete(info, str(input.id), input.body())
        )
        if logged_in is None:
            return out.KotraSignupCompletePayload(
                member=None, session_token=None, message=None, errors=errors
            )
        done = await _member_login(info, logged_in)
        return out.KotraSignupCompletePayload(
            member=done.member,
            session_token=done.session_token,
            message=logged_in.message,
            errors=[],
        )

    @strawberry.mutation(description="간편회원 가입 — SNS (site kotra) and 약관동의.")
    async def kotra_simple_signup(
        self, info: Info, input: i.KotraSimpleSignupInput
    ) -> out.KotraSimpleSignupPayload | None:
        body = {"provider": input.provider.value, "code": input.code, "terms": input.terms.body()}
        done, errors = await attempt(info, lambda: r.simple_signup(info, body))
        return out.KotraSimpleSignupPayload(
            member=KotraMember.of(done.member) if done else None,
            message=done.message if done else None,
            errors=errors,
        )

    @strawberry.mutation(description="일반회원 로그인 — ID and password.")
    async def kotra_login(
        self, info: Info, input: i.KotraLoginInput
    ) -> out.KotraMemberLoginPayload | None:
        body = {
            "login_id": input.login_id,
            "password": input.password,
            "reconsent": input.reconsent,
        }
        logged_in, errors = await attempt(info, lambda: r.login(info, body))
        if logged_in is None:
            return out.KotraMemberLoginPayload(member=None, session_token=None, errors=errors)
        return await _member_login(info, logged_in)

    @strawberry.mutation(description="간편회원 로그인 — the SNS the member joined with.")
    async def kotra_simple_login(
        self, info: Info, input: i.KotraSnsInput
    ) -> out.KotraMemberLoginPayload | None:
        body = {"provider": input.provider.value, "code": input.code}
        logged_in, errors = await attempt(info, lambda: r.sns_login(info, body))
        if logged_in is None:
            return out.KotraMemberLoginPayload(member=None, session_token=None, errors=errors)
        return await _member_login(info, logged_in)

    @strawberry.mutation(
        description="아이디 찾기 — by name + mobile, name + e-mail, or 간편인증; the masked ID "
        "and the join date."
    )
    async def kotra_login_id_find(
        self, info: Info, input: i.KotraLoginIdFindInput
    ) -> out.KotraLoginIdFindPayload | None:
        found, errors = await attempt(
            info, lambda: r.find_login_id(info, input.body(), input.verification_id)
        )
        return out.KotraLoginIdFindPayload(
            login_id_masked=found.login_id_masked if found else None,
            joined_at=found.joined_at if found else None,
            errors=errors,
        )

    @strawberry.mutation(
        description="SNS 찾기 — which SNS a simple member joined with (name and mobile); a "
        "mutation because it carries personal data."
    )
    async def kotra_sns_find(
        self, info: Info, input: i.KotraSnsFindInput
    ) -> out.KotraSnsFindPayload | None:
        found, errors = await attempt(info, lambda: r.find_sns(info, input.body()))
        if found is None:
            return out.KotraSnsFindPayload(accounts=None, errors=errors)
        accounts = [
            KotraSnsAccount(provider=KotraSnsProvider(a.provider), joined_at=a.joined_at)
            for a in found.accounts
        ]
        return out.KotraSnsFindPayload(accounts=accounts, errors=[])

    @strawberry.mutation(description="비밀번호 재설정 — after 휴대폰, 신용카드 or 간편인증.")
    async def kotra_password_reset(
        self, info: Info, input: i.KotraPasswordResetInput
    ) -> out.KotraPasswordResetPayload | None:
        body = {"password": input.password, "password_confirm": input.password_confirm}
        done, errors = await attempt(
            info, lambda: r.reset_password(info, input.verification_id, body)
        )
        masked = done.login_id_masked if done else None
        return out.KotraPasswordResetPayload(login_id_masked=masked, errors=errors)

    @strawberry.mutation(description="일반회원 전환 — the logged-in 간편회원 becomes general.")
    async def kotra_simple_member_convert(
        self, info: Info, input: i.KotraSimpleMemberConvertInput
    ) -> out.KotraMemberPayload | None:
        body = {
            "login_id": input.login_id,
            "password": input.password,
            "password_confirm": input.password_confirm,
        }
        member, errors = await attempt(
            info, lambda: r.convert_simple_member(info, input.verification_id, body)
        )
        return out.KotraMemberPayload(
            member=KotraMember.of(member) if member else None, errors=errors
        )

    @strawberry.mutation(description="서비스 신청 — refused when the member class excludes it.")
    async def kotra_service_apply(
        self, info: Info, input: i.KotraServiceApplyInput
    ) -> out.KotraServiceApplyPayload | None:
        done, errors = await attempt(info, lambda: r.apply_service(info, str(input.service.value)))
        return out.KotraServiceApplyPayload(
            service=KotraService(done.service) if done else None,
            applied_at=done.applied_at if done else None,
            errors=errors,
        )

    @strawberry.mutation(description="기존 회원 로그인 — the old ID and password (통합회원 전환).")
    async def kotra_legacy_login(
        self, info: Info, input: i.KotraLegacyLoginInput
    ) -> out.KotraLegacyLoginPayload | None:
        body = {"login_id": input.login_id, "password": input.password}
        found, errors = await attempt(info, lambda: r.legacy_login(info, body))
        if found is None:
            return out.KotraLegacyLoginPayload(conversion=None, errors=errors)
        conversion = KotraLegacyConversion(
            id=strawberry.ID(found.flow_id),
            name=found.name,
            accounts=[KotraLegacyAccount(**a.model_dump()) for a in found.accounts],
        )
        return out.KotraLegacyLoginPayload(conversion=conversion, errors=[])

    @strawberry.mutation(
        description="통합회원 전환 — choose the account, reset the password, agree to the "
        "revised terms: an unaffiliated general member, logged in."
    )
    async def kotra_legacy_convert(
        self, info: Info, input: i.KotraLegacyConvertInput
    ) -> out.KotraLegacyConvertPayload | None:
        body = {
            "login_id": input.login_id,
            "password": input.password,
            "password_confirm": input.password_confirm,
            "terms": input.terms.body(),
        }
        logged_in, errors = await attempt(info, lambda: r.legacy_convert(info, str(input.id), body))
        if logged_in is None:
            return out.KotraLegacyConvertPayload(
                member=None, session_token=None, message=None, errors=errors
            )
        done = await _member_login(info, logged_in)
        return out.KotraLegacyConvertPayload(
            member=done.member,
            session_token=done.session_token,
            message=logged_in.message,
            errors=[],
        )
