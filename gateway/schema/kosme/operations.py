"""Root fields of the KOSME platform, merged into the one graph's Query and Mutation:
sign-up (SNS or general), login, the 외국인 실명확인 button, résumé create and update."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import strawberry

from connectors.kosme import Login, Resume
from gateway.context import Info
from gateway.errors import UserError
from gateway.resolvers import kosme as resolvers
from gateway.schema.kosme.errors import KosmeError, kosme_errors
from gateway.schema.kosme.inputs import (
    KosmeForeignerRealNameCheckInput,
    KosmeMemberLoginInput,
    KosmeMemberSignupInput,
    KosmeResumeInput,
    KosmeResumeUpdateInput,
    KosmeSnsMemberSignupInput,
)
from gateway.schema.kosme.types import KosmeMember, KosmeRealNameCheck, KosmeResume

_UNAVAILABLE = " Null, with an `AGENCY_UNAVAILABLE` error, when the platform cannot be reached."
_TOKEN = (
    "A new gateway session's bearer token when the caller had none (send it as "
    "`Authorization: Bearer …`); null when the login joined the caller's session."
)


@strawberry.type(description="Result of `kosmeMemberLogin`: the member, logged in." + _UNAVAILABLE)
class KosmeMemberLoginPayload:
    member: KosmeMember | None = strawberry.field(description="The logged-in member.")
    token: str | None = strawberry.field(description=_TOKEN)
    errors: list[KosmeError] = strawberry.field(description="Why it failed, if it did.")


@strawberry.type(description="Result of `kosmeSnsMemberSignup`: the new member, logged in.")
class KosmeSnsMemberSignupPayload(KosmeMemberLoginPayload):
    pass


@strawberry.type(description="Result of `kosmeMemberSignup`: the new member, logged in.")
class KosmeMemberSignupPayload(KosmeMemberLoginPayload):
    pass


@strawberry.type(description="Result of `kosmeForeignerRealNameCheck`." + _UNAVAILABLE)
class KosmeForeignerRealNameCheckPayload:
    check: KosmeRealNameCheck | None = strawberry.field(description="The check's answer.")
    errors: list[KosmeError] = strawberry.field(description="Why it failed, if it did.")


@strawberry.type(description="Result of `kosmeResumeCreate`." + _UNAVAILABLE)
class KosmeResumeCreatePayload:
    resume: KosmeResume | None = strawberry.field(description="The saved résumé.")
    errors: list[KosmeError] = strawberry.field(description="Why it failed, if it did.")


@strawberry.type(description="Result of `kosmeResumeUpdate`: the résumé as saved now.")
class KosmeResumeUpdatePayload(KosmeResumeCreatePayload):
    pass


LoginPayloadT = TypeVar("LoginPayloadT", bound=KosmeMemberLoginPayload)
ResumePayloadT = TypeVar("ResumePayloadT", bound=KosmeResumeCreatePayload)


async def _logged_in(
    info: Info,
    payload: type[LoginPayloadT],
    run: Callable[[], Awaitable[tuple[Login, str | None]]],
) -> LoginPayloadT:
    try:
        login, token = await run()
    except UserError as failure:
        errors = kosme_errors(failure, info.context.language)
        return payload(member=None, token=None, errors=errors)
    return payload(member=KosmeMember.of(login.member), token=token, errors=[])


async def _saved(
    info: Info, payload: type[ResumePayloadT], run: Callable[[], Awaitable[Resume]]
) -> ResumePayloadT:
    try:
        saved = await run()
    except UserError as failure:
        return payload(resume=None, errors=kosme_errors(failure, info.context.language))
    return payload(resume=KosmeResume.of(saved), errors=[])


@strawberry.type
class KosmeQueries:
    """Kosme's root query fields (the member is `viewer.kosme`; a résumé, `node(id:)`)."""


@strawberry.type
class KosmeMutations:
    """Kosme's mutations (``kosme…``)."""

    @strawberry.mutation(
        description=(
            "SNS 회원가입 — join the KOSME job-matching platform with a naver, kakao or facebook "
            "login, and log in (the login is held in the gateway session)."
        )
    )
    async def kosme_sns_member_signup(
        self, info: Info, input: KosmeSnsMemberSignupInput
    ) -> KosmeSnsMemberSignupPayload | None:
        return await _logged_in(
            info,
            KosmeSnsMemberSignupPayload,
            lambda: resolvers.resolve_sns_signup(info, input.to_request()),
        )

    @strawberry.mutation(
        description=(
            "일반 회원가입 — join after phone identity verification (PASS or SMS; 회원가입 시, "
            "본인인증 필수) with ID and password, and log in."
        )
    )
    async def kosme_member_signup(
        self, info: Info, input: KosmeMemberSignupInput
    ) -> KosmeMemberSignupPayload | None:
        return await _logged_in(
            info,
            KosmeMemberSignupPayload,
            lambda: resolvers.resolve_general_signup(info, input.to_request()),
        )

    @strawberry.mutation(
        description=(
            "개인회원 로그인 — by 아이디/비밀번호/성명, SNS or 디지털원패스; held in the gateway "
            "session (`viewer.logins`, `viewer.kosme`)."
        )
    )
    async def kosme_member_login(
        self, info: Info, input: KosmeMemberLoginInput
    ) -> KosmeMemberLoginPayload | None:
        return await _logged_in(
            info,
            KosmeMemberLoginPayload,
            lambda: resolvers.resolve_login(info, input.to_request()),
        )

    @strawberry.mutation(
        description=(
            "외국인 실명확인 — does the English name belong to the foreigner registration number? "
            "(The résumé save runs the same check.) Needs a KOSME login."
        )
    )
    async def kosme_foreigner_real_name_check(
        self, info: Info, input: KosmeForeignerRealNameCheckInput
    ) -> KosmeForeignerRealNameCheckPayload | None:
        try:
            checked = await resolvers.resolve_real_name_check(
                info, input.english_name, input.foreigner_number
            )
        except UserError as failure:
            errors = kosme_errors(failure, info.context.language)
            return KosmeForeignerRealNameCheckPayload(check=None, errors=errors)
        return KosmeForeignerRealNameCheckPayload(check=KosmeRealNameCheck.of(checked), errors=[])

    @strawberry.mutation(
        description=(
            "이력서 작성하기 (Resume for Foreigner) — save a new résumé; the photo comes as a "
            "multipart upload. Needs a KOSME login."
        )
    )
    async def kosme_resume_create(
        self, info: Info, input: KosmeResumeInput
    ) -> KosmeResumeCreatePayload | None:
        return await _saved(
            info,
            KosmeResumeCreatePayload,
            lambda: resolvers.resolve_resume_create(info, input.to_draft(), input.photos),
        )

    @strawberry.mutation(
        description="이력서 수정 — replace one of the member's résumés with the form as given."
    )
    async def kosme_resume_update(
        self, info: Info, input: KosmeResumeUpdateInput
    ) -> KosmeResumeUpdatePayload | None:
        async def run() -> Resume:
            draft = input.to_draft(keep_photo=not input.remove_photo)
            resume_id = input.id.node_id
            return await resolvers.resolve_resume_update(info, resume_id, draft, input.photos)

        return await _saved(info, KosmeResumeUpdatePayload, run)
