"""KOSME mock: its OpenAPI document, the seed member and résumé, reset and faults."""

from __future__ import annotations

from mocks.identity import people
from mocks.kosme.seed import SEED_LOGIN_ID, SEED_RESUME_ID
from tests.mocks.kosme.conftest import Platform


async def _john(platform: Platform) -> dict[str, str]:
    login = await platform.kosme.post(
        "/login",
        json={"login_id": SEED_LOGIN_ID, "password": people.SEED_PASSWORD, "name": "JOHN SMITH"},
    )
    return {"Authorization": f"Bearer {login.json()['token']}"}


async def test_openapi_documents_every_operation(platform: Platform) -> None:
    document = (await platform.kosme.get("/openapi.json")).json()
    assert {"/members/sns", "/members", "/login", "/resumes", "/resumes/{id}/photo"} <= set(
        document["paths"]
    )
    assert "johnsmith01" in document["info"]["description"]


async def test_seed_member_has_one_masked_resume(platform: Platform) -> None:
    listed = (await platform.kosme.get("/resumes", headers=await _john(platform))).json()
    [resume] = listed["resumes"]
    assert resume["id"] == SEED_RESUME_ID
    assert resume["foreigner_number_masked"] == "750620-5******"
    assert [c["current"] for c in resume["careers"]] == [True, False]


async def test_reset_restores_the_seed(platform: Platform) -> None:
    headers = await _john(platform)
    await platform.kosme.post("/__admin/reset")
    # the reset dropped every login; the seed résumé is back for a new one
    assert (await platform.kosme.get("/resumes", headers=headers)).status_code == 401
    listed = (await platform.kosme.get("/resumes", headers=await _john(platform))).json()
    assert len(listed["resumes"]) == 1


async def test_faults_apply_to_the_platform_routes(platform: Platform) -> None:
    await platform.kosme.post("/__admin/faults", json={"route": "/resumes", "outage": True})
    response = await platform.kosme.get("/resumes", headers=await _john(platform))
    assert response.status_code == 503


async def test_identity_outage_is_the_platforms_own_error(platform: Platform) -> None:
    await platform.identity.post("/__admin/faults", json={"route": "/sns/*", "outage": True})
    response = await platform.sign_up_sns("any-code")
    assert response.status_code == 503
    assert response.json()["code"] == "PEER_UNAVAILABLE"
