"""Sessions: one bearer token holding logins at several agencies."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from gateway.errors import UserError
from gateway.messages.common import CommonErrorCode
from gateway.services import sessions
from gateway.store import CurrentSession, Store
from tests.gateway.conftest import Stack

CREATE = """mutation {
  sessionCreate { token viewer { sessionExpiresAt logins { agency } } errors { code } } }"""
VIEWER = "{ viewer { sessionExpiresAt logins { agency principalKind principal active } } }"
LOGOUT = """mutation ($input: SessionLogoutInput) {
  sessionLogout(input: $input) { loggedOut sessionEnded errors { code message field } } }"""


async def new_session(stack: Stack) -> str:
    result = await stack.gateway.execute(CREATE)
    token: str = result["data"]["sessionCreate"]["token"]
    return token


def store(stack: Stack) -> Store:
    found: Store = stack.app.state.gateway.store
    return found


async def log_in(stack: Stack, token: str, agency: str, *, expires_in: int = 3600) -> None:
    """What an agency's login flow does once the agency accepted the user."""
    now = datetime.now(UTC)
    async with store(stack).sessions() as db, db.begin():
        found = await sessions.find(db, token, now)
        assert found is not None
        login = sessions.AgencyLogin(
            agency,
            "person",
            "홍*동",
            f"upstream-secret-{agency}",
            now + timedelta(seconds=expires_in),
        )
        await sessions.record_login(db, store(stack).sealer, found, login, now)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_session_create_returns_a_token_once_and_stores_only_its_hash(stack: Stack) -> None:
    token = await new_session(stack)
    assert token.startswith("ags_")
    async with store(stack).sessions() as db:
        rows = (await db.execute(text("SELECT * FROM gateway_sessions"))).mappings().all()
    assert len(rows) == 1
    assert token not in str([dict(r) for r in rows])
    assert rows[0]["token_hash"] == sessions.token_hash(token)


async def test_viewer_is_null_without_a_valid_token(stack: Stack) -> None:
    assert (await stack.gateway.execute(VIEWER))["data"]["viewer"] is None
    result = await stack.gateway.execute(VIEWER, **bearer("ags_not-a-token"))
    assert result["data"]["viewer"] is None


async def test_viewer_lists_the_agency_logins_held(stack: Stack) -> None:
    token = await new_session(stack)
    await log_in(stack, token, "kotra")
    await log_in(stack, token, "hometax", expires_in=-1)
    viewer = (await stack.gateway.execute(VIEWER, **bearer(token)))["data"]["viewer"]
    assert viewer["logins"] == [
        {"agency": "HOMETAX", "principalKind": "person", "principal": "홍*동", "active": False},
        {"agency": "KOTRA", "principalKind": "person", "principal": "홍*동", "active": True},
    ]


async def test_upstream_tokens_are_sealed_at_rest(stack: Stack) -> None:
    token = await new_session(stack)
    await log_in(stack, token, "kotra")
    async with store(stack).sessions() as db:
        rows = (await db.execute(text("SELECT * FROM agency_sessions"))).mappings().all()
    assert "upstream-secret-kotra" not in str([dict(r) for r in rows])


async def test_a_live_login_yields_the_upstream_token(stack: Stack) -> None:
    token = await new_session(stack)
    await log_in(stack, token, "kotra")
    async with store(stack).sessions() as db:
        found = await sessions.find(db, token, datetime.now(UTC))
    login = sessions.require_login(found, store(stack).sealer, "kotra", datetime.now(UTC))
    assert login.upstream_token == "upstream-secret-kotra"


@pytest.mark.parametrize("agency", ["work24", "hometax"])
async def test_missing_or_expired_login_is_not_logged_in_naming_the_agency(
    stack: Stack, agency: str
) -> None:
    token = await new_session(stack)
    await log_in(stack, token, "hometax", expires_in=-1)  # expired; work24: never logged in
    async with store(stack).sessions() as db:
        found = await sessions.find(db, token, datetime.now(UTC))
    with pytest.raises(UserError) as caught:
        sessions.require_login(found, store(stack).sealer, agency, datetime.now(UTC))
    assert caught.value.code is CommonErrorCode.NOT_LOGGED_IN
    assert caught.value.fields == {"agency": agency}


async def test_logout_of_one_agency_keeps_the_others(stack: Stack) -> None:
    token = await new_session(stack)
    await log_in(stack, token, "kotra")
    await log_in(stack, token, "work24")
    result = await stack.gateway.execute(LOGOUT, {"input": {"agency": "KOTRA"}}, **bearer(token))
    assert result["data"]["sessionLogout"] == {
        "loggedOut": ["KOTRA"],
        "sessionEnded": False,
        "errors": [],
    }
    viewer = (await stack.gateway.execute(VIEWER, **bearer(token)))["data"]["viewer"]
    assert [login["agency"] for login in viewer["logins"]] == ["WORK24"]


async def test_logout_without_agency_ends_the_session(stack: Stack) -> None:
    token = await new_session(stack)
    await log_in(stack, token, "kotra")
    result = await stack.gateway.execute(LOGOUT, **bearer(token))
    assert result["data"]["sessionLogout"]["sessionEnded"] is True
    assert result["data"]["sessionLogout"]["loggedOut"] == ["KOTRA"]
    assert (await stack.gateway.execute(VIEWER, **bearer(token)))["data"]["viewer"] is None


async def test_logout_without_a_session_is_a_payload_error_in_the_clients_language(
    stack: Stack,
) -> None:
    korean = (await stack.gateway.execute(LOGOUT))["data"]["sessionLogout"]
    english = (await stack.gateway.execute(LOGOUT, **{"Accept-Language": "en"}))["data"]
    assert korean["errors"][0]["code"] == "NO_SESSION"
    assert "세션" in korean["errors"][0]["message"]
    assert "session" in english["sessionLogout"]["errors"][0]["message"]


async def test_the_first_agency_login_starts_a_session(stack: Stack) -> None:
    now = datetime.now(UTC)
    login = sessions.AgencyLogin("kotra", "person", "홍*동", "t-1", now + timedelta(hours=1))
    async with store(stack).sessions() as db, db.begin():
        token = await sessions.start_or_extend(
            db, store(stack).sealer, None, login, now=now, ttl=3600, client_id=None
        )
    assert token is not None
    viewer = (await stack.gateway.execute(VIEWER, **bearer(token)))["data"]["viewer"]
    assert [login["agency"] for login in viewer["logins"]] == ["KOTRA"]


async def test_a_later_agency_login_joins_the_existing_session(stack: Stack) -> None:
    token = await new_session(stack)
    now = datetime.now(UTC)
    login = sessions.AgencyLogin(
        "work24", "company_admin", "(주)한국이디에스", "t-2", now + timedelta(hours=1)
    )
    async with store(stack).sessions() as db, db.begin():
        existing = await sessions.find(db, token, now)
        again = await sessions.start_or_extend(
            db, store(stack).sealer, existing, login, now=now, ttl=3600, client_id=None
        )
    assert again is None
    viewer = (await stack.gateway.execute(VIEWER, **bearer(token)))["data"]["viewer"]
    assert [login["agency"] for login in viewer["logins"]] == ["WORK24"]


async def test_fields_asking_for_the_session_at_once_all_get_it(stack: Stack) -> None:
    """Sibling fields resolve concurrently; each must see the session, not only the first."""
    token = await new_session(stack)
    current = CurrentSession(token, store(stack))
    found = await asyncio.gather(*(current.get() for _ in range(3)))
    assert all(session is not None for session in found)
    assert len({id(session) for session in found}) == 1  # loaded once
    assert await CurrentSession("not-a-token", store(stack)).get() is None
