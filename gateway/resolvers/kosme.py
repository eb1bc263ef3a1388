"""Resolvers of the KOSME platform: the context's connectors, store and session handed to the
use cases in `gateway.services.kosme`. Refusals a user can act on arrive as ``UserError``s; the
platform being down propagates and becomes ``AGENCY_UNAVAILABLE``."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import replace
from typing import cast

from connectors.kosme import (
    GeneralSignup,
    KosmeConnector,
    Login,
    Member,
    RealNameResult,
    Resume,
    ResumeDraft,
    SnsSignup,
)
from gateway.context import Info
from gateway.errors import UserError
from gateway.services.kosme import logins, members, photos, resumes
from gateway.services.kosme.members import LoginRequest
from gateway.services.kosme.refusals import call
from gateway.store import utcnow
from gateway.uploads import UploadLike


def _kosme(info: Info) -> KosmeConnector:
    return info.context.upstreams.kosme


async def _token(info: Info) -> str:
    """The session's KOSME login token. Raises: UserError NOT_LOGGED_IN."""
    store, current = info.context.require_store()
    return logins.member_token(await current.get(), store.sealer, utcnow())


async def _held(info: Info, login: Login) -> str | None:
    return await info.context.hold_login(logins.agency_login(login))


async def resolve_sns_signup(info: Info, request: SnsSignup) -> tuple[Login, str | None]:
    login = await members.sign_up_sns(_kosme(info), request)
    return login, await _held(info, login)


async def resolve_general_signup(info: Info, request: GeneralSignup) -> tuple[Login, str | None]:
    store, _ = info.context.require_store()
    identity = info.context.upstreams.identity
    login = await members.sign_up_general(_kosme(info), identity, store.sealer, request, utcnow())
    return login, await _held(info, login)


async def resolve_login(info: Info, request: LoginRequest) -> tuple[Login, str | None]:
    login = await members.log_in(_kosme(info), request)
    return login, await _held(info, login)


async def resolve_member(info: Info) -> Member | None:
    """The logged-in member, or None when the session holds no live KOSME login."""
    try:
        token = await _token(info)
        return await call(_kosme(info).me(token), [])
    except UserError:
        return None


async def resolve_resumes(info: Info) -> list[Resume]:
    """The member's résumés; none without a live KOSME login."""
    try:
        token = await _token(info)
        return await resumes.list_resumes(_kosme(info), token)
    except UserError:
        return []


async def resolve_resumes_by_id(info: Info, ids: Sequence[str]) -> list[Resume | None]:
    try:
        token = await _token(info)
    except UserError:
        return [None for _ in ids]
    loader = info.context.loaders.kosme_resume_by_id
    return list(await asyncio.gather(*(loader.load((token, i)) for i in ids)))


async def _with_photo(draft: ResumeDraft, uploads: Sequence[object] | None) -> ResumeDraft:
    files = [cast("UploadLike", u) for u in uploads or ()]  # strawberry's Upload: UploadFile
    return replace(draft, photos=await photos.photo_files(files))


async def resolve_resume_create(
    info: Info, draft: ResumeDraft, uploads: Sequence[object] | None
) -> Resume:
    token = await _token(info)
    return await resumes.create(_kosme(info), token, await _with_photo(draft, uploads))


async def resolve_resume_update(
    info: Info, resume_id: str, draft: ResumeDraft, uploads: Sequence[object] | None
) -> Resume:
    token = await _token(info)
    return await resumes.update(_kosme(info), token, resume_id, await _with_photo(draft, uploads))


async def resolve_real_name_check(info: Info, name_en: str, number: str) -> RealNameResult:
    token = await _token(info)
    return await resumes.check_real_name(_kosme(info), token, name_en, number)
