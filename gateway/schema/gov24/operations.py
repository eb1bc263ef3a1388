"""Root fields of Gov24 (정부24 전자본인서명확인서), merged into the one graph's Query and
Mutation: the issuance flow, the searches, renewal, the wallet, and agency verification."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, TypeVar

import strawberry

from connectors.pki import ProofCheck
from gateway.context import Info
from gateway.resolvers import gov24 as resolvers
from gateway.schema.common import attempt
from gateway.schema.gov24.connections import Gov24AgencyConnection
from gateway.schema.gov24.enums import Gov24AgencyCategory
from gateway.schema.gov24.errors import Gov24Error, gov24_errors
from gateway.schema.gov24.inputs import (
    Gov24IssuanceApplyInput,
    Gov24IssuanceGuardianConsentInput,
    Gov24IssuanceIdentityCheckInput,
    Gov24IssuanceSignInput,
    Gov24IssuanceStartInput,
    Gov24SignatureConfirmationSaveToWalletInput,
    Gov24SignatureConfirmationVerifyInput,
    Gov24UsageApprovalRenewInput,
)
from gateway.schema.gov24.member import (
    Gov24MemberLoginInput,
    Gov24MemberLoginPayload,
)
from gateway.schema.gov24.payloads import (
    Gov24IssuanceApplyPayload,
    Gov24IssuanceGuardianConsentPayload,
    Gov24IssuanceIdentityCheckPayload,
    Gov24IssuanceSignPayload,
    Gov24IssuanceStartPayload,
    Gov24SignatureConfirmationSaveToWalletPayload,
    Gov24SignatureConfirmationVerifyPayload,
    Gov24UsageApprovalRenewPayload,
)
from gateway.schema.gov24.types import Gov24Address, Gov24Issuance

T = TypeVar("T")
_INPUT = "The input; its type describes each field."


async def _attempt(
    info: Info, call: Callable[[], Awaitable[T]]
) -> tuple[T | None, list[Gov24Error]]:
    return await attempt(call, lambda failure: gov24_errors(failure, info.context.language))


@strawberry.type
class Gov24Queries:
    """Gov24's root query fields."""

    @strawberry.field(
        description=(
            "An issuance (발급) by its `id`, as the agency keeps it now: how a mobile client "
            "resumes. Null for an unknown or lapsed flow."
        )
    )
    async def gov24_issuance(
        self, info: Info, id: Annotated[strawberry.ID, strawberry.argument(description="`id`.")]
    ) -> Gov24Issuance | None:
        return await resolvers.resolve_issuance(info, str(id))

    @strawberry.field(
        description=(
            "주민등록 주소지 검색 — addresses matching `query` (도로명 or 지번), for the form's "
            "`addressId`; needs an issuance past its identity check."
        )
    )
    async def gov24_address_search(
        self,
        info: Info,
        issuance_id: Annotated[strawberry.ID, strawberry.argument(description="Issuance `id`.")],
        query: Annotated[str, strawberry.argument(description="Words of the address.")],
    ) -> list[Gov24Address]:
        return await resolvers.resolve_addresses(info, str(issuance_id), query)

    @strawberry.field(
        description=(
            "수요기관 검색 — agencies a confirmation may be submitted to: central and local "
            "government, their agencies, public institutions, local public corporations, "
            "special corporations and schools."
        )
    )
    async def gov24_agencies(
        self,
        info: Info,
        query: Annotated[str, strawberry.argument(description="Part of the name.")] = "",
        category: Annotated[
            Gov24AgencyCategory | None, strawberry.argument(description="Only this kind.")
        ] = None,
        first: Annotated[
            int | None, strawberry.argument(description="Page size (default 20, ≤ 100).")
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="The cursor to continue after.")
        ] = None,
    ) -> Gov24AgencyConnection:
        return await resolvers.resolve_agencies(info, query, category, first, after)


@strawberry.type
class Gov24Mutations:
    """Gov24's mutations (``gov24…``)."""

    @strawberry.mutation(
        description=(
            "정부24 접속 — ID, PW 입력: the portal login by a 정부24 member's ID and password, "
            "held in the gateway session. It opens no issuance menu (the agency answers "
            "`COMPLEX_AUTH_REQUIRED`, 복합인증 로그인 안내); the next `gov24IssuanceStart` must "
            "then use the member's own certificate (`MEMBER_MISMATCH` otherwise)."
        )
    )
    async def gov24_member_login(
        self,
        info: Info,
        input: Annotated[Gov24MemberLoginInput, strawberry.argument(description=_INPUT)],
    ) -> Gov24MemberLoginPayload | None:
        result, errors = await _attempt(
            info, lambda: resolvers.resolve_member_login(info, input.user_id, input.password)
        )
        member, token = result if result else (None, None)
        return Gov24MemberLoginPayload(member=member, session_token=token, errors=errors)

    @strawberry.mutation(
        description=(
            "복합인증 로그인 (인증서 로그인) — start an issuance: the agency checks the personal "
            "certificate (owner check by 주민등록번호) and the usage approval (none, or expired: "
            "refused), then sends the extra identity-check code. After `gov24MemberLogin` the "
            "certificate must be that member's. The login joins the gateway session."
        )
    )
    async def gov24_issuance_start(
        self,
        info: Info,
        input: Annotated[Gov24IssuanceStartInput, strawberry.argument(description=_INPUT)],
    ) -> Gov24IssuanceStartPayload | None:
        proof = input.proof
        check = ProofCheck(
            certificate=proof.certificate,
            signature=proof.signature,
            challenge=proof.challenge,
            signature_algorithm=proof.signature_algorithm,
            random_num=proof.random_num,
        )
        result, errors = await _attempt(
            info, lambda: resolvers.resolve_issuance_start(info, check, input.resident_number)
        )
        issuance, token = result if result else (None, None)
        return Gov24IssuanceStartPayload(issuance=issuance, session_token=token, errors=errors)

    @strawberry.mutation(
        description="추가 신분확인 — the code of the security token or the phone call."
    )
    async def gov24_issuance_identity_check(
        self,
        info: Info,
        input: Annotated[Gov24IssuanceIdentityCheckInput, strawberry.argument(description=_INPUT)],
    ) -> Gov24IssuanceIdentityCheckPayload | None:
        issuance, errors = await _attempt(
            info, lambda: resolvers.resolve_identity_check(info, str(input.id), input.code)
        )
        return Gov24IssuanceIdentityCheckPayload(issuance=issuance, errors=errors)

    @strawberry.mutation(
        description=(
            "전자본인서명확인서 작성 — name, 주민등록번호, address, 용도, 거래상대방, 위임받은 "
            "사람 and the 제출기관; answers the content to sign."
        )
    )
    async def gov24_issuance_apply(
        self,
        info: Info,
        input: Annotated[Gov24IssuanceApplyInput, strawberry.argument(description=_INPUT)],
    ) -> Gov24IssuanceApplyPayload | None:
        issuance, errors = await _attempt(
            info, lambda: resolvers.resolve_apply(info, str(input.id), input.to_form())
        )
        return Gov24IssuanceApplyPayload(issuance=issuance, errors=errors)

    @strawberry.mutation(
        description=(
            "전자서명 — the applicant signs the content with the login certificate; the "
            "agency verifies it and issues (or waits for the guardian's consent)."
        )
    )
    async def gov24_issuance_sign(
        self,
        info: Info,
        input: Annotated[Gov24IssuanceSignInput, strawberry.argument(description=_INPUT)],
    ) -> Gov24IssuanceSignPayload | None:
        issuance, errors = await _attempt(
            info,
            lambda: resolvers.resolve_sign(info, str(input.id), input.certificate, input.signature),
        )
        return Gov24IssuanceSignPayload(issuance=issuance, errors=errors)

    @strawberry.mutation(
        description=(
            "법정대리인·한정후견인 동의 — for a minor or a person under limited guardianship, "
            "the registered guardian signs the same content with their certificate."
        )
    )
    async def gov24_issuance_guardian_consent(
        self,
        info: Info,
        input: Annotated[
            Gov24IssuanceGuardianConsentInput, strawberry.argument(description=_INPUT)
        ],
    ) -> Gov24IssuanceGuardianConsentPayload | None:
        issuance, errors = await _attempt(
            info,
            lambda: resolvers.resolve_guardian_consent(
                info, str(input.id), input.certificate, input.signature, input.random_num
            ),
        )
        return Gov24IssuanceGuardianConsentPayload(issuance=issuance, errors=errors)

    @strawberry.mutation(
        description=(
            "발급시스템 이용 승인 갱신 — only within the 30 days before expiry; needs the "
            "session's Gov24 login."
        )
    )
    async def gov24_usage_approval_renew(
        self,
        info: Info,
        input: Annotated[Gov24UsageApprovalRenewInput, strawberry.argument(description=_INPUT)],
    ) -> Gov24UsageApprovalRenewPayload | None:
        approval, errors = await _attempt(
            info, lambda: resolvers.resolve_approval_renew(info, str(input.approval_id))
        )
        return Gov24UsageApprovalRenewPayload(approval=approval, errors=errors)

    @strawberry.mutation(
        description="전자문서지갑 저장 — save a confirmation's slip to the document wallet."
    )
    async def gov24_signature_confirmation_save_to_wallet(
        self,
        info: Info,
        input: Annotated[
            Gov24SignatureConfirmationSaveToWalletInput,
            strawberry.argument(description=_INPUT),
        ],
    ) -> Gov24SignatureConfirmationSaveToWalletPayload | None:
        confirmation, errors = await _attempt(
            info, lambda: resolvers.resolve_save_to_wallet(info, input.issuance_number)
        )
        return Gov24SignatureConfirmationSaveToWalletPayload(
            confirmation=confirmation, errors=errors
        )

    @strawberry.mutation(
        description=(
            "수요기관 확인 — for receiving-agency clients only (`X-Api-Key` of kind "
            "`receiving_agency`, registered under the agency's 기관코드): the content of a "
            "confirmation by 발급번호 and 성명, only for the submission agency it names. Every "
            "look-up is logged and shown to the citizen."
        )
    )
    async def gov24_signature_confirmation_verify(
        self,
        info: Info,
        input: Annotated[
            Gov24SignatureConfirmationVerifyInput, strawberry.argument(description=_INPUT)
        ],
    ) -> Gov24SignatureConfirmationVerifyPayload | None:
        content, errors = await _attempt(
            info, lambda: resolvers.resolve_verify(info, input.issuance_number, input.name)
        )
        return Gov24SignatureConfirmationVerifyPayload(confirmation=content, errors=errors)
