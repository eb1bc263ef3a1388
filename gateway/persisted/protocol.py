"""Automatic persisted queries (Apollo's APQ protocol) and allow-list mode.

A client sends ``extensions.persistedQuery = {"version": 1, "sha256Hash": "…"}`` (POST body, or
a GET ``extensions`` parameter):

* hash alone, known: the stored document runs; the client never sent its text;
* hash alone, unknown: ``PersistedQueryNotFound`` (HTTP 200), and the client resends with the
  text;
* hash and text: the text's SHA-256 must be the hash (else ``PERSISTED_QUERY_HASH_MISMATCH``,
  HTTP 400); the document runs and, once it has parsed and validated, is stored.

In allow-list mode only documents registered with ``agency-gateway queries add`` run, and only
for the client kind they were registered for: by hash, by their exact text, or by a text that
prints the same (spacing and comments aside). Anything else is ``PERSISTED_QUERY_NOT_ALLOWED``
and APQ learns nothing.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import Any

from graphql import GraphQLError
from strawberry.http import GraphQLRequestData

from gateway.errors import ErrorCode
from gateway.persisted.documents import canonical, sha256_of
from gateway.persisted.store import PersistedQueryStore, StoredQuery

log = logging.getLogger("gateway.persisted")

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class PersistedQueryError(Exception):
    """A request the persisted-query rules refuse. ``code`` is ``extensions.code``; ``message``
    is fixed by the protocol (clients match it) or, with ``error_code``, localised."""

    def __init__(
        self, code: str, status: int, message: str = "", error_code: ErrorCode | None = None
    ) -> None:
        super().__init__(code)
        self.code = code
        self.status = status
        self.message = message
        self.error_code = error_code


def not_found() -> PersistedQueryError:
    return PersistedQueryError("PERSISTED_QUERY_NOT_FOUND", 200, "PersistedQueryNotFound")


def not_supported() -> PersistedQueryError:
    return PersistedQueryError("PERSISTED_QUERY_NOT_SUPPORTED", 400, "PersistedQueryNotSupported")


def refused(code: ErrorCode) -> PersistedQueryError:
    return PersistedQueryError(code.name, 400, error_code=code)


def requested_hash(extensions: dict[str, Any] | None) -> str | None:
    """The hash of ``extensions.persistedQuery``; None without one. Only version 1 is known."""
    persisted = (extensions or {}).get("persistedQuery")
    if persisted is None:
        return None
    if not isinstance(persisted, dict) or persisted.get("version") != 1:
        raise not_supported()
    sha256 = persisted.get("sha256Hash")
    if not isinstance(sha256, str) or not _SHA256.match(sha256.lower()):
        raise not_supported()
    return sha256.lower()


@dataclasses.dataclass(frozen=True)
class Resolved:
    """The request to execute, and the document to store once it has validated (APQ)."""

    data: GraphQLRequestData
    learn: tuple[str, str] | None = None


class PersistedQueries:
    """Applies the rules of the module docstring to each request before it executes."""

    def __init__(
        self,
        store: PersistedQueryStore,
        *,
        enabled: bool = True,
        allow_list_only: bool = False,
        max_tokens: int | None = None,
    ) -> None:
        self.store = store
        self.enabled = enabled
        self.allow_list_only = allow_list_only
        self.max_tokens = max_tokens

    async def resolve(self, data: GraphQLRequestData, client_kind: str | None) -> Resolved:
        """The request with its document filled in; raises :class:`PersistedQueryError`."""
        sha256 = requested_hash(data.extensions)
        if self.allow_list_only:
            return Resolved(await self._allow_listed(data, sha256, client_kind))
        if sha256 is None:
            return Resolved(data)
        if not self.enabled:
            raise not_supported()
        if data.query is None:
            found = await self._lookup(sha256)
            if found is None:
                raise not_found()
            return Resolved(dataclasses.replace(data, query=found.query))
        if sha256_of(data.query) != sha256:
            raise refused(ErrorCode.PERSISTED_QUERY_HASH_MISMATCH)
        known = self.store.cached(sha256) is not None
        return Resolved(data, None if known else (sha256, data.query))

    async def learn(self, resolved: Resolved) -> None:
        if resolved.learn is not None:
            await self.store.learn(*resolved.learn)

    async def _lookup(self, sha256: str) -> StoredQuery | None:
        try:
            return await self.store.get(sha256)
        except Exception:  # a store we cannot read: the client resends the text, which works
            log.warning("persisted query lookup failed", exc_info=True)
            return None

    async def _allow_listed(
        self, data: GraphQLRequestData, sha256: str | None, client_kind: str | None
    ) -> GraphQLRequestData:
        query = data.query
        if query is None and sha256 is None:
            return data  # no document at all: strawberry answers 400
        if query is not None:
            actual = sha256_of(query)
            if sha256 is not None and actual != sha256:
                raise refused(ErrorCode.PERSISTED_QUERY_HASH_MISMATCH)
            sha256 = actual
        assert sha256 is not None
        found = await self.store.get(sha256)
        if (found is None or not found.allows(client_kind)) and query is not None:
            found = await self._by_canonical_text(sha256, query)
        if found is None or not found.allows(client_kind):
            raise refused(ErrorCode.PERSISTED_QUERY_NOT_ALLOWED)
        return dataclasses.replace(data, query=found.query)

    async def _by_canonical_text(self, sha256: str, query: str) -> StoredQuery | None:
        try:
            printed = canonical(query, self.max_tokens)
        except GraphQLError:
            return None
        found = await self.store.get(sha256_of(printed))
        if found is not None:
            self.store.remember(sha256, found)  # this exact text is now a memory hit
        return found
