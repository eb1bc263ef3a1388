"""The ``max_upload_bytes`` setting bounds a multipart request (files and form) as a whole,
apart from ``max_body_bytes`` for JSON: an upload too large for any flow is refused before it is
read, with the gateway's BODY_TOO_LARGE."""

from __future__ import annotations

from typing import Final

import pytest

from gateway.settings import Settings
from tests.gateway.conftest import Stack, make_settings
from tests.gateway.kosme.support import (
    CREATE,
    bearer,
    create_with_photo,
    resume_input,
    sns_signed_up,
    upload,
)
from tests.mocks.kosme.support import png_sized

JSON_LIMIT: Final = 4 * 1024
UPLOAD_LIMIT: Final = 64 * 1024


@pytest.fixture
def settings() -> Settings:
    return make_settings(max_body_bytes=JSON_LIMIT, max_upload_bytes=UPLOAD_LIMIT)


@pytest.fixture
async def token(stack: Stack) -> str:
    return await sns_signed_up(stack)


async def test_an_upload_may_be_larger_than_a_json_body(stack: Stack, token: str) -> None:
    # given a photo larger than the JSON body limit, within the upload limit
    photo = png_sized(JSON_LIMIT * 4)
    # when it is uploaded, then the résumé is saved with it
    payload = await create_with_photo(stack, token, ("me.png", photo, "image/png"))
    assert payload["errors"] == []
    assert payload["resume"]["photo"]["size"] == len(photo)
    # while a JSON body of that size is refused
    padded = resume_input(title="x" * JSON_LIMIT)
    refused = await stack.gateway.http.post(
        "/graphql", json={"query": CREATE, "variables": {"input": padded}}, headers=bearer(token)
    )
    assert refused.status_code == 413


async def test_a_multipart_body_over_max_upload_bytes_is_refused(stack: Stack, token: str) -> None:
    # given a photo that makes the multipart body larger than max_upload_bytes
    photo = png_sized(UPLOAD_LIMIT + 1)
    variables = {"input": resume_input(photos=[None])}
    # when it is uploaded
    response = await upload(
        stack.gateway.http, CREATE, variables, [("big.png", photo, "image/png")], **bearer(token)
    )
    # then the gateway refuses the request as a whole, before the platform hears of it
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "BODY_TOO_LARGE"
    calls = (await stack.mocks["kosme"].get("/__admin/calls")).json()["calls"]
    assert calls.get("POST /resumes", 0) == 0
