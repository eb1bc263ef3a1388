"""이력서 사진 through the GraphQL multipart request spec: one file, 5 MB, an allowed type
judged by content (an oversized and a disguised file are refused), and the CSRF preflight."""

from __future__ import annotations

import pytest

from gateway.services.kosme.photos import MAX_PHOTO_BYTES
from gateway.settings import Settings
from tests.gateway.conftest import Stack
from tests.gateway.kosme.support import (
    CREATE,
    UPDATE,
    bearer,
    create_with_photo,
    resume_input,
    sns_signed_up,
    upload,
)
from tests.gateway.kosme.test_wording import unquoted_pieces
from tests.mocks.kosme.support import EXE, HTML, IMAGES, PDF, SVG, png, png_sized


@pytest.fixture
async def token(stack: Stack) -> str:
    return await sns_signed_up(stack)


async def test_a_photo_is_uploaded_with_the_resume(stack: Stack, token: str) -> None:
    payload = await create_with_photo(stack, token, ("me.png", png(), "image/png"))
    assert payload["errors"] == []
    assert payload["resume"]["photo"] == {
        "filename": "me.png",
        "contentType": "image/png",
        "size": len(png()),
    }


async def test_an_svg_photo_is_recognised_by_its_text(stack: Stack, token: str) -> None:
    payload = await create_with_photo(stack, token, ("me.svg", SVG, "image/svg+xml"))
    assert payload["resume"]["photo"]["contentType"] == "image/svg+xml"


async def test_an_oversized_photo_is_refused(stack: Stack, token: str) -> None:
    # given a real PNG one byte over 5 MB
    big = png_sized(MAX_PHOTO_BYTES + 1)
    # when it is uploaded
    payload = await create_with_photo(stack, token, ("big.png", big, "image/png"))
    # then the résumé is not saved and the uploader's constraints are quoted
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("PHOTO_TOO_LARGE", ["input", "photos", "0"])
    assert (
        "전체 사이즈: 5MB — 업로드 제약 사항 [전체 개수 : 1개, 단일 사이즈 : 5 MB"
        in (error["message"])
    )
    assert unquoted_pieces(error["message"]) == []
    assert payload["resume"] is None
    # and the gateway refused it without sending the platform anything
    calls = (await stack.mocks["kosme"].get("/__admin/calls")).json()["calls"]
    assert calls.get("POST /resumes", 0) == 0


async def test_a_photo_of_exactly_5_mb_is_accepted(
    stack: Stack, token: str, settings: Settings
) -> None:
    # given a real PNG of exactly 5 MB (5 × 1024 × 1024 bytes), over the JSON body limit
    exact = png_sized(MAX_PHOTO_BYTES)
    assert len(exact) > settings.max_body_bytes
    # when it is uploaded, then it is saved whole
    payload = await create_with_photo(stack, token, ("exact.png", exact, "image/png"))
    assert payload["errors"] == []
    assert payload["resume"]["photo"] == {
        "filename": "exact.png",
        "contentType": "image/png",
        "size": MAX_PHOTO_BYTES,
    }


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("photo.png", PDF),
        ("photo.svg", HTML),
        ("photo.jpg", EXE),
        ("photo.tif", b"PK\x03\x04" + bytes(40)),
    ],
    ids=["pdf-as-png", "html-as-svg", "exe-as-jpg", "zip-as-tif"],
)
async def test_a_disguised_file_is_refused(
    stack: Stack, token: str, filename: str, data: bytes
) -> None:
    # given a file whose name and declared type say image, but whose content does not
    declared = "image/svg+xml" if filename.endswith(".svg") else "image/png"
    # when it is uploaded, then it is refused with the uploader's file types quoted
    payload = await create_with_photo(stack, token, (filename, data, declared))
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("PHOTO_TYPE_NOT_ALLOWED", ["input", "photos", "0"])
    assert "파일 타입: bmp, gif, svg, png, jpg, jpeg, tif, tiff" in error["message"]
    assert payload["resume"] is None


@pytest.mark.parametrize("extension", list(IMAGES))
async def test_every_allowed_file_type_is_accepted(
    stack: Stack, token: str, extension: str
) -> None:
    # 파일 타입 : bmp, gif, svg, png, jpg, jpeg, tif, tiff — each known by its content
    data, kind = IMAGES[extension]
    payload = await create_with_photo(
        stack, token, (f"me.{extension.upper()}", data, "application/octet-stream")
    )
    assert payload["errors"] == []
    assert payload["resume"]["photo"]["contentType"] == kind


async def test_the_content_not_the_name_tells_the_type(stack: Stack, token: str) -> None:
    # a GIF named .png is kept as what it is
    gif, _ = IMAGES["gif"]
    payload = await create_with_photo(stack, token, ("me.png", gif, "image/png"))
    assert payload["resume"]["photo"]["contentType"] == "image/gif"


async def test_an_image_with_a_forbidden_extension_is_refused(stack: Stack, token: str) -> None:
    payload = await create_with_photo(stack, token, ("photo.exe", png(), "image/png"))
    assert payload["errors"][0]["code"] == "PHOTO_TYPE_NOT_ALLOWED"


async def test_at_most_one_photo(stack: Stack, token: str) -> None:
    variables = {"input": resume_input(photos=[None, None])}
    files = [("a.png", png(), "image/png"), ("b.png", png(), "image/png")]
    response = await upload(stack.gateway.http, CREATE, variables, files, **bearer(token))
    error = response.json()["data"]["kosmeResumeCreate"]["errors"][0]
    assert (error["code"], error["field"]) == ("PHOTO_TOO_MANY", ["input", "photos"])


async def test_multipart_without_a_preflight_header_is_blocked(stack: Stack, token: str) -> None:
    variables = {"input": resume_input(photos=[None])}
    files = [("me.png", png(), "image/png")]
    response = await upload(
        stack.gateway.http, CREATE, variables, files, preflight=False, **bearer(token)
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "CSRF_BLOCKED"


async def test_editing_keeps_or_replaces_or_removes_the_photo(stack: Stack, token: str) -> None:
    created = (await create_with_photo(stack, token, ("me.png", png(), "image/png")))["resume"]
    # an edit without photos keeps it
    keep = {"input": resume_input(id=created["id"], title="Edited")}
    kept = await stack.gateway.execute(UPDATE, keep, **bearer(token))
    assert kept["data"]["kosmeResumeUpdate"]["resume"]["photo"]["filename"] == "me.png"
    # a new upload replaces it
    variables = {"input": resume_input(id=created["id"], photos=[None])}
    files = [("new.svg", SVG, "image/svg+xml")]
    response = await upload(stack.gateway.http, UPDATE, variables, files, **bearer(token))
    assert response.json()["data"]["kosmeResumeUpdate"]["resume"]["photo"]["filename"] == "new.svg"
    # removePhoto drops it
    drop = {"input": resume_input(id=created["id"], removePhoto=True)}
    dropped = await stack.gateway.execute(UPDATE, drop, **bearer(token))
    assert dropped["data"]["kosmeResumeUpdate"]["resume"]["photo"] is None


async def test_a_retried_upload_with_an_idempotency_key_saves_once(
    stack: Stack, token: str
) -> None:
    # given one résumé upload sent twice with the same Idempotency-Key
    variables = {"input": resume_input(photos=[None])}
    files = [("me.png", png(), "image/png")]
    headers = bearer(token) | {"Idempotency-Key": "kosme-resume-1"}
    first = await upload(stack.gateway.http, CREATE, variables, files, **headers)
    again = await upload(stack.gateway.http, CREATE, variables, files, **headers)
    # then the second gets the first outcome and the platform saved one résumé
    assert again.headers.get("idempotent-replayed") == "true"
    assert again.json() == first.json()
    calls = (await stack.mocks["kosme"].get("/__admin/calls")).json()["calls"]
    assert calls["POST /resumes"] == 1
    # and another photo under the same key is another request
    other = await upload(
        stack.gateway.http, CREATE, variables, [("me.svg", SVG, "image/svg+xml")], **headers
    )
    assert other.status_code == 422
