"""KOSME end to end over real sockets (`serve --in-memory`): a foreign student signs up with
facebook, saves a résumé with a photo uploaded as multipart, and finds it under `viewer`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from mocks.identity import people
from tests.e2e.processes import serving
from tests.gateway.kosme.support import CREATE, SNS_SIGNUP, VIEWER, member_input, resume_input
from tests.mocks.kosme.support import NGUYEN_FACEBOOK, NGUYEN_NUMBER, png


@dataclass(frozen=True)
class Served:
    gateway: str
    identity: str


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    with serving(tmp_path_factory.mktemp("serve")) as running:
        yield Served(running.gateway, running.mock("identity"))


def test_sns_signup_to_a_saved_resume_with_photo(served: Served) -> None:
    with httpx.Client(base_url=served.gateway, timeout=20) as gateway:
        # given NGUYEN VAN AN logs in at facebook for KOSME (the SNS's own login page)
        authorized = httpx.post(
            f"{served.identity}/sns/facebook/authorize",
            json={
                "site_code": "kosme",
                "login_id": NGUYEN_FACEBOOK,
                "password": people.SEED_PASSWORD,
            },
            timeout=10,
        )
        code = authorized.json()["code"]
        # when he completes the SNS sign-up form
        signup = {"input": {"provider": "FACEBOOK", "code": code} | member_input()}
        joined = gateway.post("/graphql", json={"query": SNS_SIGNUP, "variables": signup})
        assert joined.json().get("errors") is None, joined.text
        payload = joined.json()["data"]["kosmeSnsMemberSignup"]
        assert payload["errors"] == []
        auth = {"Authorization": f"Bearer {payload['token']}"}
        # and saves a résumé with a photo (GraphQL multipart request, with the CSRF preflight)
        operations = {"query": CREATE, "variables": {"input": resume_input(photos=[None])}}
        saved = gateway.post(
            "/graphql",
            data={
                "operations": json.dumps(operations),
                "map": json.dumps({"0": ["variables.input.photos.0"]}),
            },
            files={"0": ("me.png", png(), "image/png")},
            headers=auth | {"Apollo-Require-Preflight": "true"},
        )
        created = saved.json()["data"]["kosmeResumeCreate"]
        assert created["errors"] == []
        # then the résumé is his, under viewer, photo and masked number included
        viewer = gateway.post("/graphql", json={"query": VIEWER}, headers=auth).json()
        [edge] = viewer["data"]["viewer"]["kosmeResumes"]["edges"]
        resume = edge["node"]
        assert resume["id"] == created["resume"]["id"]
        assert resume["photo"] == {
            "filename": "me.png",
            "contentType": "image/png",
            "size": len(png()),
        }
        assert resume["foreignerNumberMasked"] == f"{NGUYEN_NUMBER[:6]}-7******"
        assert viewer["data"]["viewer"]["kosme"]["name"] == "NGUYEN VAN AN"
        assert NGUYEN_NUMBER not in json.dumps(viewer)
