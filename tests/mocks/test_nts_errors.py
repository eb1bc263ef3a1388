"""NTS error answers: the NTS's own status codes and the API gateway's key error."""

from __future__ import annotations

import httpx
import pytest
from starlette.applications import Starlette

from mocks.nts import seed
from mocks.nts.app import create_app
from tests.mocks.support import KEY, NTS_BASE, business, nts_post

TOO_LARGE = {"status_code": "TOO_LARGE_REQUEST"}
MALFORMED = {"status_code": "REQUEST_DATA_MALFORMED"}
BAD_JSON = {"status_code": "BAD_JSON_REQUEST"}
UNKNOWN_KEY = {"code": -4, "msg": "등록되지 않은 인증키 입니다."}


@pytest.mark.parametrize("operation", ["status", "registry"])
async def test_more_than_100_numbers_is_too_large_request(
    nts: httpx.AsyncClient, operation: str
) -> None:
    response = await nts_post(nts, operation, {"b_no": list(seed.GENERATED_NUMBERS[:101])})
    assert (response.status_code, response.json()) == (413, TOO_LARGE)


async def test_exactly_100_numbers_is_accepted(nts: httpx.AsyncClient) -> None:
    response = await nts_post(nts, "status", {"b_no": list(seed.GENERATED_NUMBERS[:100])})
    assert response.status_code == 200


async def test_more_than_100_businesses_is_too_large_request(nts: httpx.AsyncClient) -> None:
    items = [business(b_no, "20200101", "홍길동") for b_no in seed.GENERATED_NUMBERS[:101]]
    response = await nts_post(nts, "validate", {"businesses": items})
    assert (response.status_code, response.json()) == (413, TOO_LARGE)


@pytest.mark.parametrize(
    ("operation", "body"),
    [
        ("status", {}),
        ("status", {"b_no": []}),
        ("registry", {"numbers": ["1208200275"]}),
        ("validate", {}),
        ("validate", {"businesses": []}),
        ("validate", {"businesses": [{"b_no": "1208200275", "start_dt": "19620621"}]}),
    ],
)
async def test_missing_request_data_is_request_data_malformed(
    nts: httpx.AsyncClient, operation: str, body: object
) -> None:
    response = await nts_post(nts, operation, body)
    assert (response.status_code, response.json()) == (411, MALFORMED)


@pytest.mark.parametrize("content", [b"{not json", b"", b'{"b_no": "1208200275"}', b"[1, 2]"])
async def test_body_that_is_not_the_expected_json_is_bad_json_request(
    nts: httpx.AsyncClient, content: bytes
) -> None:
    response = await nts.post(f"{NTS_BASE}/status", params=KEY, content=content)
    assert (response.status_code, response.json()) == (400, BAD_JSON)


@pytest.mark.parametrize("params", [{}, {"serviceKey": "not-a-key"}])
async def test_missing_or_unknown_service_key_is_refused_with_code_minus_4(
    nts: httpx.AsyncClient, params: dict[str, str]
) -> None:
    response = await nts.post(f"{NTS_BASE}/status", params=params, json={"b_no": ["1"]})
    assert (response.status_code, response.json()) == (401, UNKNOWN_KEY)


async def test_service_key_is_checked_before_the_body(nts: httpx.AsyncClient) -> None:
    response = await nts.post(f"{NTS_BASE}/status", content=b"{not json")
    assert (response.status_code, response.json()) == (401, UNKNOWN_KEY)


async def test_service_keys_option_sets_the_accepted_keys() -> None:
    # given a mock that accepts only "k1"
    app: Starlette = create_app(service_keys=["k1"])
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://n") as client,
    ):
        # when / then
        ok = await client.post(f"{NTS_BASE}/status", params={"serviceKey": "k1"}, json={"b_no": []})
        refused = await client.post(f"{NTS_BASE}/status", params=KEY, json={"b_no": ["1"]})
    assert ok.status_code == 411  # past the key check
    assert refused.status_code == 401


async def test_unknown_path_is_not_found_service(nts: httpx.AsyncClient) -> None:
    response = await nts.post(f"{NTS_BASE}/nope", params=KEY, json={})
    assert (response.status_code, response.json()) == (404, {"status_code": "NOT_FOUND_SERVICE"})
