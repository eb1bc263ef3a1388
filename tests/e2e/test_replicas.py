"""Two gateway processes on one PostgreSQL and one Redis share everything a client relies on.

Runs when GATEWAY_TEST_POSTGRES_URL and GATEWAY_TEST_REDIS_URL are set (CI sets both).
"""

from __future__ import annotations

import asyncio
import base64
import os
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
import redis

from gateway.events.flows import Agency, FlowStatus, FlowUpdate, publish_flow_update
from gateway.events.redis_bus import RedisEventBus
from tests.conftest import create_postgres_database, drop_postgres_database, postgres_url
from tests.e2e.processes import free_port, started
from tests.support.graphql_ws import GraphQLWebSocket

RATE = 30
CREATE = "mutation { sessionCreate { token errors { code } } }"
VIEWER = "{ viewer { sessionExpiresAt } }"
FLOW_UPDATED = "subscription ($id: ID!) { flowUpdated(id: $id) { id status step } }"


@dataclass(frozen=True)
class Replicas:
    a: str
    b: str
    redis_url: str


def redis_url() -> str:
    url = os.environ.get("GATEWAY_TEST_REDIS_URL")
    if not url:
        pytest.skip("GATEWAY_TEST_REDIS_URL is not set (CI sets it; see .ci/run)")
    # a database of its own, emptied first: these processes use the default key prefixes
    return url.rsplit("/", 1)[0] + "/13"


@pytest.fixture(scope="module")
def replicas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replicas]:
    postgres_url()  # skip early without PostgreSQL
    shared_redis = redis_url()
    redis.Redis.from_url(shared_redis).flushdb()
    database = asyncio.run(create_postgres_database())
    logs = tmp_path_factory.mktemp("replicas")
    nts_port, a_port, b_port = free_port(), free_port(), free_port()
    env = {
        "GATEWAY_DATABASE_URL": database,
        "GATEWAY_REDIS_URL": shared_redis,
        "GATEWAY_SECRET_KEY": base64.b64encode(secrets.token_bytes(32)).decode(),
        "GATEWAY_NTS__URL": f"http://127.0.0.1:{nts_port}",
        "GATEWAY_RATE_LIMIT": f"{RATE}/minute",
    }
    nts = ["mocks", "--only", "nts", "--port", str(nts_port), "--in-memory"]
    try:
        with (
            started(nts, f"http://127.0.0.1:{nts_port}/healthz", logs / "nts.log"),
            started(_gateway(a_port), _health(a_port), logs / "a.log", env),
            started(
                _gateway(b_port),
                _health(b_port),
                logs / "b.log",
                env | {"GATEWAY_AUTO_MIGRATE": "false"},
            ),
        ):
            yield Replicas(f"http://127.0.0.1:{a_port}", f"http://127.0.0.1:{b_port}", shared_redis)
    finally:
        asyncio.run(drop_postgres_database(database))


def _gateway(port: int) -> list[str]:
    return ["serve", "--no-mocks", "--port", str(port)]


def _health(port: int) -> str:
    return f"http://127.0.0.1:{port}/healthz"


def graphql(base: str, query: str, **headers: str) -> httpx.Response:
    return httpx.post(f"{base}/graphql", json={"query": query}, headers=headers, timeout=10)


def test_a_session_made_through_one_replica_works_through_the_other(replicas: Replicas) -> None:
    token = graphql(replicas.a, CREATE).json()["data"]["sessionCreate"]["token"]
    viewer = graphql(replicas.b, VIEWER, Authorization=f"Bearer {token}").json()
    assert viewer["data"]["viewer"] is not None


def test_an_idempotency_key_replayed_on_the_other_replica_returns_the_first_outcome(
    replicas: Replicas,
) -> None:
    headers = {"Idempotency-Key": f"replica-{secrets.token_hex(4)}"}
    first = graphql(replicas.a, CREATE, **headers)
    again = graphql(replicas.b, CREATE, **headers)
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"


def test_one_clients_rate_limit_is_shared_by_the_replicas(replicas: Replicas) -> None:
    for _ in range(3):  # a fixed window may roll over mid-test: then try again
        token = graphql(replicas.a, CREATE).json()["data"]["sessionCreate"]["token"]
        started_window = int(time.time() // 60)
        statuses = [
            graphql(base, VIEWER, Authorization=f"Bearer {token}").status_code
            for _ in range(RATE // 2 + 3)
            for base in (replicas.a, replicas.b)
        ]
        if int(time.time() // 60) == started_window:
            break
    assert statuses.count(200) == RATE
    assert statuses[RATE:] == [429] * (len(statuses) - RATE)


async def test_a_subscriber_on_one_replica_gets_an_event_raised_elsewhere(
    replicas: Replicas,
) -> None:
    flow_id = f"replica-flow-{secrets.token_hex(4)}"
    url = replicas.a.replace("http://", "ws://") + "/graphql"
    async with GraphQLWebSocket.open(url) as client, RedisEventBus(replicas.redis_url) as other:
        await client.subscribe("s1", FLOW_UPDATED, id=flow_id)
        update = FlowUpdate(
            flow_id=flow_id, agency=Agency.HOMETAX, step="approval", status=FlowStatus.SUCCEEDED
        )
        for _ in range(200):  # the replica subscribes to Redis shortly after the client asks
            if await publish_flow_update(other, update):
                break
            await asyncio.sleep(0.02)
        message = await client.receive()
    assert message["payload"]["data"]["flowUpdated"] == {
        "id": flow_id,
        "status": "SUCCEEDED",
        "step": "approval",
    }
