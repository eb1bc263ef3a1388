"""KOSME mock: foreigner résumés — required items, real-name check, photo, consent, history."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import select

from mocks.kosme.models import Resume
from mocks.kosme.photos import MAX_PHOTO_BYTES
from tests.mocks.kosme.conftest import Platform
from tests.mocks.kosme.support import (
    EXE,
    HTML,
    IMAGES,
    NGUYEN_NUMBER,
    PDF,
    SVG,
    photo_body,
    png,
    png_sized,
    resume_body,
    sns_code,
)


@pytest.fixture
async def member(platform: Platform) -> dict[str, str]:
    """NGUYEN VAN AN, joined by facebook: the Authorization header of his login."""
    joined = (await platform.sign_up_sns(await sns_code(platform.identity))).json()
    return {"Authorization": f"Bearer {joined['token']}"}


async def _save(platform: Platform, member: dict[str, str], **changes: Any) -> httpx.Response:
    return await platform.kosme.post("/resumes", json=resume_body(**changes), headers=member)


async def test_a_resume_is_saved_masked_and_prefilled(
    platform: Platform, member: dict[str, str]
) -> None:
    response = await _save(platform, member, photos=[photo_body(png())])
    assert response.status_code == 201, response.text
    resume = response.json()
    assert resume["foreigner_number_masked"] == NGUYEN_NUMBER[:6] + "-7******"
    assert NGUYEN_NUMBER not in response.text
    assert resume["job_seeker_type"] == "foreign_student"  # from the sign-up
    assert resume["address"].startswith("서울특별시 관악구")
    assert resume["photo"] == {"filename": "photo.png", "content_type": "image/png", "size": 67}
    assert [c["company"] for c in resume["careers"]] == ["(주)한빛소프트웨어", "Hanoi Soft"]
    photo = await platform.kosme.get(f"/resumes/{resume['id']}/photo", headers=member)
    assert photo.content == png()


async def test_the_number_is_sealed_at_rest(platform: Platform, member: dict[str, str]) -> None:
    await _save(platform, member)
    async with platform.app.state.mock.db.unit_of_work() as session:
        stored = (await session.scalars(select(Resume.foreigner_number_sealed))).all()
    assert stored
    assert all(NGUYEN_NUMBER not in value for value in stored)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": " "}, "title"),
        ({"name_en": ""}, "name_en"),
        ({"foreigner_number": ""}, "foreigner_number"),
        ({"mobile": ""}, "mobile"),
        ({"nationality": ""}, "nationality"),
        ({"visa_type": ""}, "visa_type"),
        ({"visa_expires_on": None}, "visa_expires_on"),
        ({"career_kind": None}, "career_kind"),
    ],
)
async def test_required_items(
    platform: Platform, member: dict[str, str], changes: dict[str, Any], field: str
) -> None:
    response = await _save(platform, member, **changes)
    assert response.status_code == 400
    assert (response.json()["code"], response.json()["field"]) == ("REQUIRED", field)
    assert "* 표시가 되어 있는 항목은 필수 입력 항목입니다." in response.json()["message"]


async def test_real_name_mismatch_is_refused(platform: Platform, member: dict[str, str]) -> None:
    response = await _save(platform, member, name_en="NGUYEN VAN BINH")
    assert response.json()["code"] == "REAL_NAME_MISMATCH"
    assert response.json()["message"] == "입력하신 성명과 외국인등록번호가 일치하지 않습니다."


async def test_a_citizens_number_is_refused(platform: Platform, member: dict[str, str]) -> None:
    response = await _save(platform, member, foreigner_number="8012101234568")
    assert response.json()["code"] == "INVALID_FOREIGNER_NUMBER"


async def test_unique_id_consent_is_required(platform: Platform, member: dict[str, str]) -> None:
    response = await _save(platform, member, unique_id_consent=False)
    assert response.json()["code"] == "UNIQUE_ID_CONSENT_REQUIRED"


async def test_an_expired_visa_is_refused(platform: Platform, member: dict[str, str]) -> None:
    response = await _save(platform, member, visa_expires_on="2026-03-01")
    assert response.json()["code"] == "VISA_EXPIRED"


@pytest.mark.parametrize(
    ("photos", "code"),
    [
        ([photo_body(png_sized(MAX_PHOTO_BYTES + 1))], "PHOTO_TOO_LARGE"),
        ([photo_body(PDF, "photo.png")], "PHOTO_TYPE_NOT_ALLOWED"),
        ([photo_body(png(), "photo.exe")], "PHOTO_TYPE_NOT_ALLOWED"),
        ([photo_body(png()), photo_body(png(), "b.png")], "PHOTO_TOO_MANY"),
    ],
)
async def test_photo_constraints(
    platform: Platform, member: dict[str, str], photos: list[dict[str, str]], code: str
) -> None:
    response = await _save(platform, member, photos=photos)
    assert response.json()["code"] == code
    assert "업로드 제약 사항 [전체 개수 : 1개" in response.json()["message"]


async def test_a_photo_of_exactly_5_mb_is_accepted(
    platform: Platform, member: dict[str, str]
) -> None:
    # 단일 사이즈 : 5 MB — the limit itself is allowed, however the base64 body pads it
    exact = png_sized(MAX_PHOTO_BYTES)
    response = await _save(platform, member, photos=[photo_body(exact, "exact.png")])
    assert response.status_code == 201, response.text
    assert response.json()["photo"]["size"] == MAX_PHOTO_BYTES


async def test_an_svg_photo_is_accepted(platform: Platform, member: dict[str, str]) -> None:
    response = await _save(platform, member, photos=[photo_body(SVG, "me.svg")])
    assert response.json()["photo"]["content_type"] == "image/svg+xml"


async def test_careers_only_for_experienced(platform: Platform, member: dict[str, str]) -> None:
    newcomer = await _save(platform, member, career_kind="new")
    assert newcomer.json()["code"] == "CAREER_FOR_NEW_COMER"
    empty = await _save(platform, member, careers=[])
    assert empty.json()["code"] == "CAREER_REQUIRED"
    assert (await _save(platform, member, career_kind="new", careers=[])).status_code == 201


async def test_periods_are_required_and_ordered(platform: Platform, member: dict[str, str]) -> None:
    body = resume_body()
    no_start = [dict(body["educations"][0], entered=None)]
    missing = await _save(platform, member, educations=no_start)
    assert missing.json()["field"] == "educations.0.period.start"
    backwards = [dict(body["careers"][0], started="2019-09", ended="2019-01")]
    assert (await _save(platform, member, careers=backwards)).json()["code"] == "INVALID_PERIOD"


async def test_a_member_edits_one_of_several_resumes(
    platform: Platform, member: dict[str, str]
) -> None:
    first = (await _save(platform, member, photos=[photo_body(png())])).json()
    await _save(platform, member, title="Data analyst")
    # when the first is edited without retyping the number and without a new photo
    edited = await platform.kosme.put(
        f"/resumes/{first['id']}",
        json=resume_body(title="Backend engineer", foreigner_number=""),
        headers=member,
    )
    # then it keeps the number and the photo, and the member still has two
    assert edited.status_code == 200, edited.text
    assert edited.json()["photo"] is not None
    listed = (await platform.kosme.get("/resumes", headers=member)).json()["resumes"]
    assert sorted(r["title"] for r in listed) == ["Backend engineer", "Data analyst"]


async def test_another_members_resume_is_not_found(
    platform: Platform, member: dict[str, str]
) -> None:
    response = await platform.kosme.get("/resumes/res_johnsmith01_1", headers=member)
    assert response.json()["code"] == "RESUME_NOT_FOUND"


async def test_real_name_button(platform: Platform, member: dict[str, str]) -> None:
    body = {"name_en": "nguyen van an", "foreigner_number": NGUYEN_NUMBER}
    response = await platform.kosme.post("/foreigners/real-name", json=body, headers=member)
    assert response.json()["result"] == "MATCH"


@pytest.mark.parametrize("extension", list(IMAGES))
async def test_every_allowed_file_type_is_accepted(
    platform: Platform, member: dict[str, str], extension: str
) -> None:
    data, kind = IMAGES[extension]
    response = await _save(platform, member, photos=[photo_body(data, f"me.{extension}")])
    assert response.status_code == 201, response.text
    assert response.json()["photo"]["content_type"] == kind


@pytest.mark.parametrize(
    ("filename", "data"), [("photo.svg", HTML), ("photo.jpg", EXE)], ids=["html", "exe"]
)
async def test_a_disguised_file_is_refused(
    platform: Platform, member: dict[str, str], filename: str, data: bytes
) -> None:
    response = await _save(platform, member, photos=[photo_body(data, filename)])
    assert (response.status_code, response.json()["code"]) == (400, "PHOTO_TYPE_NOT_ALLOWED")


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"visa_type": "student"}, "INVALID_VISA"),
        ({"nationality": "KR"}, "INVALID_NATIONALITY"),
        ({"email": "x@"}, "INVALID_EMAIL"),
    ],
)
async def test_visa_nationality_and_email_must_be_exact(
    platform: Platform, member: dict[str, str], changes: dict[str, Any], code: str
) -> None:
    response = await _save(platform, member, **changes)
    assert (response.status_code, response.json()["code"]) == (400, code)
