"""HTTP-level limits: batching, request body size, CSRF prevention and CORS."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson
import pytest

from gateway.settings import Settings
from tests.gateway.conftest import Stack, make_settings

KIND = 'query Kind { business(registrationNumber: "1208200275") { kind } }'
NUMBER = (
    'query Number { business(registrationNumber: "1208200275") { formattedRegistrationNumber } }'
)
STATUS = '{ business(registrationNumber: "1208200275") { nts { statusLabel } } }'
ORIGIN = "https://portal.example.go.kr"


def only_error(response: Any) -> dict[str, Any]:
    body = response.json()
    assert "data" not in body, body
    [error] = body["errors"]
    return dict(error)


class TestBatching:
    async def test_a_batch_is_refused_by_default(self, stack: Stack) -> None:
        batch = [{"query": KIND}, {"query": NUMBER}]
        response = await stack.gateway.http.post("/graphql", json=batch)
        assert response.status_code == 400
        error = only_error(response)
        assert error["extensions"]["code"] == "BATCHING_DISABLED"
        assert error["message"].startswith(
            "여러 작업을 JSON 배열로 묶은 배치 요청은 받지 않습니다."
        )

    class TestAllowed:
        @pytest.fixture
        def settings(self) -> Settings:
            return make_settings(allow_batching=True, max_batch_size=2)

        async def test_each_operation_is_answered_in_order(self, stack: Stack) -> None:
            batch = [{"query": NUMBER}, {"query": KIND}]
            response = await stack.gateway.http.post("/graphql", json=batch)
            assert response.status_code == 200
            assert response.json() == [
                {"data": {"business": {"formattedRegistrationNumber": "120-82-00275"}}},
                {"data": {"business": {"kind": "NON_PROFIT"}}},
            ]

        async def test_a_batch_over_the_size_limit_is_refused(self, stack: Stack) -> None:
            batch = [{"query": KIND}] * 3
            headers = {"Accept-Language": "en"}
            response = await stack.gateway.http.post("/graphql", json=batch, headers=headers)
            assert response.status_code == 400
            error = only_error(response)
            assert error["extensions"]["code"] == "BATCH_TOO_LARGE"
            assert (error["extensions"]["limit"], error["extensions"]["count"]) == (2, 3)
            assert error["message"] == "A batch may hold at most 2 operations (3 given)."


class TestBodySize:
    @pytest.fixture
    def settings(self) -> Settings:
        return make_settings(max_body_bytes=1024)

    async def test_a_declared_length_over_the_limit_is_refused_unread(self, stack: Stack) -> None:
        body = orjson.dumps({"query": KIND, "variables": {"padding": "x" * 2000}})
        response = await stack.gateway.http.post(
            "/graphql", content=body, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 413
        error = only_error(response)
        assert error["extensions"]["code"] == "BODY_TOO_LARGE"
        assert error["message"] == "요청 본문이 최대 크기 1024바이트를 넘습니다."

    async def test_a_streamed_body_is_cut_off_once_past_the_limit(self, stack: Stack) -> None:
        # given a body of 100 chunks of 512 bytes, sent without a Content-Length
        sent = 0

        async def chunks() -> AsyncIterator[bytes]:
            nonlocal sent
            yield b'{"query": "{ __typename }", "variables": {"padding": "'
            for _ in range(100):
                sent += 1
                yield b"x" * 512
            yield b'"}}'

        # when
        response = await stack.gateway.http.post(
            "/graphql", content=chunks(), headers={"Content-Type": "application/json"}
        )
        # then it is refused after the chunk that passed the limit, not after reading all
        assert response.status_code == 413
        assert only_error(response)["extensions"]["code"] == "BODY_TOO_LARGE"
        assert sent < 5

    async def test_a_small_length_beside_chunked_encoding_is_not_trusted(
        self, stack: Stack
    ) -> None:
        async def chunks() -> AsyncIterator[bytes]:
            yield b'{"query": "{ __typename }", "variables": {"padding": "'
            for _ in range(10):
                yield b"x" * 512
            yield b'"}}'

        response = await stack.gateway.http.post(
            "/graphql",
            content=chunks(),
            headers={
                "Content-Type": "application/json",
                "Content-Length": "100",
                "Transfer-Encoding": "chunked",
            },
        )
        assert response.status_code == 413
        assert only_error(response)["extensions"]["code"] == "BODY_TOO_LARGE"

    async def test_a_body_within_the_limit_is_served(self, stack: Stack) -> None:
        result = await stack.gateway.execute(KIND)
        assert result == {"data": {"business": {"kind": "NON_PROFIT"}}}


class TestCsrfPrevention:
    async def test_a_get_query_without_a_preflight_header_is_refused(self, stack: Stack) -> None:
        response = await stack.gateway.http.get("/graphql", params={"query": STATUS})
        assert response.status_code == 400
        error = only_error(response)
        assert error["extensions"]["code"] == "CSRF_BLOCKED"
        assert "X-Apollo-Operation-Name" in error["message"]
        assert await stack.nts_calls() == 0

    @pytest.mark.parametrize(
        "header", ["X-Apollo-Operation-Name", "Apollo-Require-Preflight", "X-CSRF-Prevention"]
    )
    async def test_a_get_query_with_a_preflight_header_runs(
        self, stack: Stack, header: str
    ) -> None:
        response = await stack.gateway.http.get(
            "/graphql", params={"query": STATUS}, headers={header: "1"}
        )
        assert response.json()["data"]["business"]["nts"]["statusLabel"] == "계속사업자"

    async def test_an_empty_preflight_header_does_not_count(self, stack: Stack) -> None:
        response = await stack.gateway.http.get(
            "/graphql", params={"query": STATUS}, headers={"Apollo-Require-Preflight": ""}
        )
        assert response.status_code == 400

    @pytest.mark.parametrize(
        "content_type",
        ["text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data"],
    )
    async def test_a_post_a_browser_sends_without_preflight_is_refused(
        self, stack: Stack, content_type: str
    ) -> None:
        body = orjson.dumps({"query": STATUS})
        response = await stack.gateway.http.post(
            "/graphql", content=body, headers={"Content-Type": content_type}
        )
        assert response.status_code == 400
        assert only_error(response)["extensions"]["code"] == "CSRF_BLOCKED"

    async def test_a_post_without_a_content_type_is_refused(self, stack: Stack) -> None:
        response = await stack.gateway.http.post("/graphql", content=orjson.dumps({"query": KIND}))
        assert response.status_code == 400

    async def test_a_json_post_needs_no_header(self, stack: Stack) -> None:
        assert (await stack.gateway.post(STATUS)).status_code == 200

    async def test_a_browser_loading_graphiql_needs_no_header(self, stack: Stack) -> None:
        response = await stack.gateway.http.get("/graphql", headers={"Accept": "text/html"})
        assert response.status_code == 200
        assert "graphiql" in response.text.lower()

    async def test_a_browser_navigating_to_a_query_is_refused(self, stack: Stack) -> None:
        response = await stack.gateway.http.get(
            "/graphql", params={"query": STATUS}, headers={"Accept": "text/html"}
        )
        assert response.status_code == 400


class TestCors:
    @pytest.fixture
    def settings(self) -> Settings:
        return make_settings(cors_origins=[ORIGIN])

    async def test_a_preflight_from_an_allowed_origin_may_send_the_gateway_s_headers(
        self, stack: Stack
    ) -> None:
        response = await stack.gateway.http.options(
            "/graphql",
            headers={
                "Origin": ORIGIN,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": (
                    "content-type, authorization, x-api-key, idempotency-key, x-request-id, "
                    "accept-language, apollo-require-preflight"
                ),
            },
        )
        assert response.status_code == 200
        assert response.headers["access-control-allow-origin"] == ORIGIN
        allowed = response.headers["access-control-allow-headers"].lower()
        for header in ("authorization", "x-api-key", "idempotency-key", "x-csrf-prevention"):
            assert header in allowed

    async def test_responses_expose_request_id_and_retry_after(self, stack: Stack) -> None:
        response = await stack.gateway.http.post(
            "/graphql", json={"query": KIND}, headers={"Origin": ORIGIN}
        )
        assert response.headers["access-control-allow-origin"] == ORIGIN
        exposed = response.headers["access-control-expose-headers"].lower()
        assert "x-request-id" in exposed
        assert "retry-after" in exposed

    async def test_another_origin_is_not_allowed(self, stack: Stack) -> None:
        response = await stack.gateway.http.post(
            "/graphql", json={"query": KIND}, headers={"Origin": "https://evil.example"}
        )
        assert "access-control-allow-origin" not in response.headers


async def test_no_origin_is_allowed_by_default(stack: Stack) -> None:
    response = await stack.gateway.http.options(
        "/graphql",
        headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in response.headers
    response = await stack.gateway.http.post(
        "/graphql", json={"query": KIND}, headers={"Origin": ORIGIN}
    )
    assert "access-control-allow-origin" not in response.headers
