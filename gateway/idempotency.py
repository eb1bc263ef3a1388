"""Idempotency keys: a retried mutation returns its first outcome instead of acting twice.

The first request with a key inserts a record (the primary key ``(scope, key)`` makes that
atomic, also across replicas on PostgreSQL), runs, and stores its outcome sealed (it may hold a
token or personal data). A repeat with the same key and input replays the outcome; with other
input it is refused; while the first still runs, a repeat waits for it. An outcome that says
the agency was unavailable is not kept, so a retry can act. Keys expire after
``idempotency_ttl`` seconds (24 hours by default).
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

import orjson
from graphql import GraphQLError, OperationType, get_operation_ast, parse
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from strawberry.types import ExecutionResult

from gateway import uploads
from gateway.db.models import IdempotencyRecord
from gateway.services.sessions import token_hash
from gateway.store import Store

_PURPOSE = "idempotent-response"
#: Outcomes worth retrying: nothing was done at the agency, so they are not remembered.
TRANSIENT_CODES = frozenset({"AGENCY_UNAVAILABLE", "DEADLINE_EXCEEDED", "RATE_LIMITED"})

Response = dict[str, Any]


class IdempotencyKeyReusedError(Exception):
    """The key was used before with a different operation or variables."""


class IdempotencyInProgressError(Exception):
    """The first request with this key is still running."""


@dataclass(frozen=True)
class Replayed:
    response: Response


def request_hash(query: str | None, operation_name: str | None, variables: object) -> str:
    canonical = orjson.dumps(
        {"query": query, "operationName": operation_name, "variables": variables},
        option=orjson.OPT_SORT_KEYS,
        default=uploads.fingerprint,  # multipart uploads: name, type and content digest
    )
    return hashlib.sha256(canonical).hexdigest()


class IdempotencyGuard:
    def __init__(self, store: Store, ttl: int, wait: float, poll: float = 0.05) -> None:
        self.store = store
        self.ttl = ttl
        self.wait = wait
        self.poll = poll

    async def run(
        self, scope: str, key: str, digest: str, execute: Callable[[], Awaitable[Response]]
    ) -> Response | Replayed:
        """Run ``execute`` once for ``(scope, key)``; a repeat gets ``Replayed``."""
        for _ in range(2):  # a second round only after clearing an expired record
            if await self._claim(scope, key, digest):
                return await self._execute_and_keep(scope, key, execute)
            outcome = await self._await_first(scope, key, digest)
            if outcome is not None:
                return Replayed(outcome)
        raise IdempotencyInProgressError

    async def _claim(self, scope: str, key: str, digest: str) -> bool:
        now = datetime.now(UTC)
        record = IdempotencyRecord(
            scope=scope,
            key=key,
            request_hash=digest,
            created_at=now,
            expires_at=now + timedelta(seconds=self.ttl),
        )
        try:
            async with self.store.sessions() as db, db.begin():
                db.add(record)
        except IntegrityError:
            return False
        return True

    async def _execute_and_keep(
        self, scope: str, key: str, execute: Callable[[], Awaitable[Response]]
    ) -> Response:
        try:
            response = await execute()
        except BaseException:
            await self._forget(scope, key)
            raise
        codes = {e.get("extensions", {}).get("code") for e in response.get("errors") or []}
        if codes & TRANSIENT_CODES:
            await self._forget(scope, key)
            return response
        sealed = self.store.sealer.seal(orjson.dumps(response), _PURPOSE)
        async with self.store.sessions() as db, db.begin():
            await db.execute(
                update(IdempotencyRecord)
                .where(IdempotencyRecord.scope == scope, IdempotencyRecord.key == key)
                .values(response=sealed)
            )
        return response

    async def _await_first(self, scope: str, key: str, digest: str) -> Response | None:
        """The first outcome once stored; None when the record expired (and was cleared) or
        vanished (the first attempt failed and may be retried)."""
        deadline = asyncio.get_running_loop().time() + self.wait
        while True:
            async with self.store.sessions() as db:
                record = await db.scalar(
                    select(IdempotencyRecord).where(
                        IdempotencyRecord.scope == scope, IdempotencyRecord.key == key
                    )
                )
            if record is None:
                return None
            if record.expires_at <= datetime.now(UTC):
                await self._forget(scope, key)
                return None
            if record.request_hash != digest:
                raise IdempotencyKeyReusedError
            if record.response is not None:
                outcome: Response = orjson.loads(self.store.sealer.open(record.response, _PURPOSE))
                return outcome
            if asyncio.get_running_loop().time() >= deadline:
                raise IdempotencyInProgressError
            await asyncio.sleep(self.poll)

    async def _forget(self, scope: str, key: str) -> None:
        async with self.store.sessions() as db, db.begin():
            await db.execute(
                delete(IdempotencyRecord).where(
                    IdempotencyRecord.scope == scope, IdempotencyRecord.key == key
                )
            )


@lru_cache(maxsize=1024)
def is_mutation(query: str | None, operation_name: str | None) -> bool:
    """Whether the operation to run is a mutation (other operations ignore the key)."""
    if not query:
        return False
    try:
        operation = get_operation_ast(parse(query), operation_name)
    except GraphQLError:
        return False
    return operation is not None and operation.operation is OperationType.MUTATION


def caller_scope(client_id: int | None, bearer: str | None, address: str | None) -> str:
    """Keys are per caller: the client application, else the session, else the address."""
    if client_id is not None:
        return f"client:{client_id}"
    if bearer:
        return "session:" + token_hash(bearer)[:40]
    return f"address:{address or '-'}"


def to_response(result: ExecutionResult) -> Response:
    return {"data": result.data, "errors": [e.formatted for e in result.errors or []]}


def to_result(response: Response) -> ExecutionResult:
    errors = [
        GraphQLError(e["message"], path=e.get("path"), extensions=e.get("extensions"))
        for e in response.get("errors") or []
    ]
    return ExecutionResult(data=response.get("data"), errors=errors or None)
