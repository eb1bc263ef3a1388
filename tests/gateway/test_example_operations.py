"""The operations GraphiQL opens with run as written, against the mocks' seed data."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from gateway.graphql_view import EXAMPLE
from gateway.settings import Settings
from mocks.pki.authority import MockPki
from tests.gateway.conftest import Stack, open_stack


@pytest.fixture
async def stack(settings: Settings, test_pki: MockPki) -> AsyncIterator[Stack]:
    agencies = ("work24", "kotra", "hometax")
    async with open_stack(settings, test_pki, agencies=agencies) as opened:
        yield opened


@pytest.mark.parametrize("operation", ["BusinessStatus", "BusinessAtEveryAgency"])
async def test_each_example_operation_runs_without_errors(stack: Stack, operation: str) -> None:
    # when a user presses ▶ on an operation of the example
    body = {"query": EXAMPLE.read_text(), "operationName": operation}
    result = (await stack.gateway.http.post("/graphql", json=body)).json()
    # then it answers, with nothing in errors
    assert "errors" not in result, result
    assert result["data"]["business"]["nts"]["statusLabel"] == "계속사업자"


async def test_every_agency_answers_for_the_example_business(stack: Stack) -> None:
    body = {"query": EXAMPLE.read_text(), "operationName": "BusinessAtEveryAgency"}
    business = (await stack.gateway.http.post("/graphql", json=body)).json()["data"]["business"]
    assert business["formattedRegistrationNumber"] == "663-85-01035"
    assert business["kotra"]["name"] == "(주)한국이디에스"
    assert isinstance(business["hometax"]["registered"], bool)
