"""Identity mock: SNS login and Digital OnePass as an OAuth-like code exchange."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from mocks.identity import messages, people
from mocks.identity.app import create_app

NOW = "2025-06-02T10:00:00+09:00"


@pytest.fixture
async def identity() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app()
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://identity.mock"
        ) as client:
            await client.post("/__admin/clock", json={"now": NOW})
            yield client


async def authorize(
    identity: httpx.AsyncClient, provider: str, login_id: str, site_code: str = "kotra"
) -> str:
    response = await identity.post(
        f"/sns/{provider}/authorize",
        json={
            "site_code": site_code,
            "login_id": login_id,
            "password": people.SEED_PASSWORD,
            "state": "xyz",
        },
    )
    assert response.status_code == 200, response.text
    assert response.json()["state"] == "xyz"
    code: str = response.json()["code"]
    return code


async def exchange(
    identity: httpx.AsyncClient, provider: str, code: str, site_code: str = "kotra"
) -> httpx.Response:
    return await identity.post(
        f"/sns/{provider}/token", json={"site_code": site_code, "code": code}
    )


async def test_naver_code_exchange_returns_the_profile_with_mobile(
    identity: httpx.AsyncClient,
) -> None:
    code = await authorize(identity, "naver", "honggildong")
    response = await exchange(identity, "naver", code)
    assert response.status_code == 200
    profile: dict[str, Any] = response.json()
    assert (profile["provider"], profile["name"], profile["email"], profile["mobile"]) == (
        "naver",
        "홍길동",
        "honggildong@naver.com",
        "010-1234-5678",
    )
    assert "ci" not in profile


async def test_kakao_gives_the_mobile_in_its_international_form(
    identity: httpx.AsyncClient,
) -> None:
    code = await authorize(identity, "kakao", "gildong.hong@kakao.com")
    assert (await exchange(identity, "kakao", code)).json()["mobile"] == "+82 10-1234-5678"


@pytest.mark.parametrize(
    ("provider", "login_id"),
    [("google", "seojun.lee@gmail.com"), ("facebook", "jihoon.park@example.com")],
)
async def test_google_and_facebook_give_no_mobile(
    identity: httpx.AsyncClient, provider: str, login_id: str
) -> None:
    code = await authorize(identity, provider, login_id)
    profile = (await exchange(identity, provider, code)).json()
    assert (profile["email"], profile["mobile"]) == (login_id, None)


async def test_sns_id_is_per_site_except_at_google(identity: httpx.AsyncClient) -> None:
    async def sns_id(provider: str, login_id: str, site: str) -> str:
        code = await authorize(identity, provider, login_id, site)
        value: str = (await exchange(identity, provider, code, site)).json()["id"]
        return value

    assert await sns_id("naver", "honggildong", "kotra") != await sns_id(
        "naver", "honggildong", "kosme"
    )
    assert await sns_id("google", "seojun.lee@gmail.com", "kotra") == await sns_id(
        "google", "seojun.lee@gmail.com", "kosme"
    )


async def test_code_is_single_use(identity: httpx.AsyncClient) -> None:
    code = await authorize(identity, "naver", "honggildong")
    await exchange(identity, "naver", code)
    again = await exchange(identity, "naver", code)
    assert (again.status_code, again.json()["code"]) == (400, "INVALID_GRANT")


async def test_code_granted_to_another_site_is_refused(identity: httpx.AsyncClient) -> None:
    code = await authorize(identity, "naver", "honggildong", "kotra")
    response = await exchange(identity, "naver", code, "kosme")
    assert (response.status_code, response.json()["code"]) == (400, "INVALID_GRANT")


async def test_expired_code_is_refused(identity: httpx.AsyncClient) -> None:
    code = await authorize(identity, "naver", "honggildong")
    seconds = messages.AUTHORIZATION_CODE_TTL.total_seconds() + 1
    await identity.post("/__admin/clock", json={"advance_seconds": seconds})
    assert (await exchange(identity, "naver", code)).json()["code"] == "INVALID_GRANT"


async def test_wrong_sns_password_is_refused(identity: httpx.AsyncClient) -> None:
    response = await identity.post(
        "/sns/naver/authorize",
        json={"site_code": "kotra", "login_id": "honggildong", "password": "wrong"},
    )
    assert (response.status_code, response.json()["code"]) == (401, "LOGIN_FAILED")


async def test_unknown_sns_provider_is_not_found(identity: httpx.AsyncClient) -> None:
    response = await identity.post(
        "/sns/instagram/authorize",
        json={"site_code": "kotra", "login_id": "a", "password": "b"},
    )
    assert (response.status_code, response.json()["code"]) == (404, "UNKNOWN_PROVIDER")


async def test_onepass_exchange_yields_a_verified_identity(identity: httpx.AsyncClient) -> None:
    granted = await identity.post(
        "/onepass/authorize",
        json={"site_code": "kosme", "onepass_id": "gildong80", "password": people.SEED_PASSWORD},
    )
    response = await identity.post(
        "/onepass/token", json={"site_code": "kosme", "code": granted.json()["code"]}
    )
    assert response.status_code == 200
    result = response.json()["result"]
    assert (result["kind"], result["name"], result["resident_number_masked"]) == (
        "onepass",
        "홍길동",
        "801210-1******",
    )
    assert (len(result["ci"]), len(result["di"])) == (88, 64)


async def test_wrong_onepass_password_is_refused(identity: httpx.AsyncClient) -> None:
    response = await identity.post(
        "/onepass/authorize",
        json={"site_code": "kosme", "onepass_id": "gildong80", "password": "nope"},
    )
    assert (response.status_code, response.json()["code"]) == (401, "LOGIN_FAILED")
