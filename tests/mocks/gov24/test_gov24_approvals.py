"""The gov24 mock's usage approvals over HTTP: recorded in person through the admin API, valid
2 years, renewed only in the last 30 days, a guardian's consent for minors and persons under
limited guardianship."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest

from mocks.gov24.app import create_app
from mocks.gov24.seed import HONG_GILDONG_NUMBER
from tests.conftest import asgi_client, running
from tests.mocks.gov24.conftest import Mocks

ADULT = "8306301456781"
MINOR = "1403154123452"


def approval(**changes: Any) -> dict[str, Any]:
    return {
        "name": "박지훈",
        "resident_number": ADULT,
        "method": "mobile",
        "phone": "010-2222-3333",
    } | changes


def guardian(**changes: Any) -> dict[str, Any]:
    return {
        "role": "legal_representative",
        "name": "홍길동",
        "resident_number": HONG_GILDONG_NUMBER,
        "id_document": "resident_card",
        "document": "가족관계증명서",
        "consent_signed": True,
    } | changes


async def test_an_approval_is_valid_two_years_and_answered_masked(mocks: Mocks) -> None:
    response = await mocks.gov24.post("/__admin/approvals", json=approval())
    assert response.status_code == 201, response.text
    body = response.json()
    approved, expires = (datetime.fromisoformat(body[k]) for k in ("approved_at", "expires_at"))
    assert expires.replace(year=expires.year - 2) == approved
    assert body["number_masked"] == "830630-1******"
    assert ADULT not in response.text
    assert (body["status"], body["renewable"], body["capacity"]) == ("valid", False, "adult")


async def test_a_second_approval_while_one_is_valid_is_refused(mocks: Mocks) -> None:
    await mocks.gov24.post("/__admin/approvals", json=approval())
    again = await mocks.gov24.post("/__admin/approvals", json=approval())
    assert (again.status_code, again.json()["code"]) == (409, "APPROVAL_EXISTS")


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"method": "security_token"}, "TOKEN_REQUIRED"),
        ({"phone": None}, "PHONE_REQUIRED"),
        ({"method": "landline", "phone": "010-2222-3333"}, "INVALID_PHONE"),
        ({"method": "mobile", "phone": "02-2100-1234"}, "INVALID_PHONE"),
        ({"resident_number": "1234"}, "INVALID_NUMBER"),
    ],
)
async def test_the_chosen_identity_check_needs_its_device(
    mocks: Mocks, changes: dict[str, Any], code: str
) -> None:
    response = await mocks.gov24.post("/__admin/approvals", json=approval(**changes))
    assert (response.status_code, response.json()["code"]) == (400, code)


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({}, "guardian"),
        ({"guardian": guardian(consent_signed=False)}, "guardian.consent_signed"),
        ({"guardian": guardian(document=" ")}, "guardian.document"),
        ({"guardian": guardian(id_document=None)}, "guardian.id_document"),
    ],
)
async def test_a_minor_needs_the_signed_consent_and_documents(
    mocks: Mocks, extra: dict[str, Any], field: str
) -> None:
    response = await mocks.gov24.post(
        "/__admin/approvals", json=approval(resident_number=MINOR, **extra)
    )
    body = response.json()
    assert (response.status_code, body["code"], body["field"]) == (422, "CONSENT_REQUIRED", field)
    assert body["message"].startswith("미성년자 또는 피한정후견인은")


async def test_the_guardian_must_be_an_adult(mocks: Mocks) -> None:
    # the 법정대리인 or 한정후견인 who consents cannot be a minor themself
    refused = await mocks.gov24.post(
        "/__admin/approvals",
        json=approval(resident_number=MINOR, guardian=guardian(resident_number=MINOR)),
    )
    body = refused.json()
    assert (refused.status_code, body["code"], body["field"]) == (
        422,
        "GUARDIAN_REQUIRED",
        "guardian.resident_number",
    )
    assert MINOR not in refused.text


async def test_limited_guardianship_needs_the_guardian_too(mocks: Mocks) -> None:
    refused = await mocks.gov24.post("/__admin/approvals", json=approval(limited_guardianship=True))
    assert refused.json()["code"] == "CONSENT_REQUIRED"
    granted = await mocks.gov24.post(
        "/__admin/approvals",
        json=approval(limited_guardianship=True, guardian=guardian(role="limited_guardian")),
    )
    assert granted.status_code == 201
    assert granted.json()["capacity"] == "limited_guardianship"
    assert granted.json()["guardian"]["number_masked"] == "801210-1******"


@pytest.mark.parametrize(
    ("capacity", "role"),
    [
        ({"resident_number": MINOR}, "limited_guardian"),
        ({"limited_guardianship": True}, "legal_representative"),
    ],
)
async def test_the_guardian_must_be_the_one_the_capacity_calls_for(
    mocks: Mocks, capacity: dict[str, Any], role: str
) -> None:
    # a minor's consent comes from the 법정대리인, a ward's from the 한정후견인
    refused = await mocks.gov24.post(
        "/__admin/approvals", json=approval(**capacity, guardian=guardian(role=role))
    )
    body = refused.json()
    assert (refused.status_code, body["code"], body["field"]) == (
        422,
        "GUARDIAN_ROLE_MISMATCH",
        "guardian.role",
    )


async def test_renewal_only_in_the_last_30_days(mocks: Mocks) -> None:
    granted = (await mocks.gov24.post("/__admin/approvals", json=approval())).json()
    path = f"/__admin/approvals/{granted['id']}/renew"
    early = await mocks.gov24.post(path)
    assert (early.status_code, early.json()["code"]) == (409, "RENEWAL_NOT_YET")
    expires = datetime.fromisoformat(granted["expires_at"])
    await mocks.gov24.post(
        "/__admin/clock", json={"now": (expires - timedelta(days=30)).isoformat()}
    )
    renewed = await mocks.gov24.post(path)
    assert renewed.status_code == 200
    new = datetime.fromisoformat(renewed.json()["expires_at"])
    assert new.replace(year=new.year - 2) == expires


async def test_an_expired_approval_cannot_be_renewed_but_may_be_granted_again(
    mocks: Mocks,
) -> None:
    granted = (await mocks.gov24.post("/__admin/approvals", json=approval())).json()
    await mocks.gov24.post("/__admin/clock", json={"now": granted["expires_at"]})
    late = await mocks.gov24.post(f"/__admin/approvals/{granted['id']}/renew")
    assert (late.status_code, late.json()["code"]) == (410, "APPROVAL_EXPIRED")
    again = await mocks.gov24.post("/__admin/approvals", json=approval())
    assert again.status_code == 201


async def test_the_validity_is_configurable() -> None:
    app = create_app(approval_validity_years=4)
    async with running(app), asgi_client(app, "http://gov24") as client:
        body = (await client.post("/__admin/approvals", json=approval())).json()
    approved, expires = (datetime.fromisoformat(body[k]) for k in ("approved_at", "expires_at"))
    assert expires.replace(year=expires.year - 4) == approved


async def test_admin_seed_records_approvals_and_refuses_a_bad_one(mocks: Mocks) -> None:
    seeded = await mocks.gov24.post("/__admin/seed", json={"approvals": [approval()]})
    assert seeded.json()["counts"] == {"approvals": 1, "members": 0}
    bad = await mocks.gov24.post(
        "/__admin/seed", json={"approvals": [approval(resident_number=MINOR, phone=None)]}
    )
    assert bad.status_code == 422


async def test_reset_reloads_the_four_seeded_approvals(mocks: Mocks) -> None:
    await mocks.gov24.post("/__admin/approvals", json=approval())
    assert (await mocks.gov24.post("/__admin/reset")).status_code == 200
    counts = (await mocks.gov24.post("/__admin/seed")).json()["counts"]
    assert counts["gov24_approvals"] == 4
    assert counts["gov24_agencies"] == 25


async def test_openapi_documents_every_operation(mocks: Mocks) -> None:
    document = (await mocks.gov24.get("/openapi.json")).json()
    assert {"/login", "/applications/{id}/signature", "/verifications"} <= set(document["paths"])
    assert "전자본인서명확인서" in document["info"]["description"]


async def test_faults_reach_the_agency_routes(mocks: Mocks) -> None:
    await mocks.gov24.post("/__admin/faults", json={"route": "/agencies", "outage": True})
    down = await mocks.gov24.get("/agencies")
    assert down.status_code == 503
    assert isinstance(mocks.gov24, httpx.AsyncClient)
