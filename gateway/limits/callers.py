"""Whose rate budget a request spends, counting only credentials the gateway issued.

A request spends the budget of its gateway session (``Authorization: Bearer``), else of its
client application (``X-Api-Key``), else of its IP address. A token or key the gateway never
issued, or one no longer valid, counts as no credential: made-up tokens do not buy a fresh
budget each. Whether a credential is valid is asked of the store once and remembered for
``ttl`` seconds (at most ``capacity`` answers, least recently used first out), so the hot
path does no I/O; and an address may have at most as many unknown credentials checked per
window as its budget allows requests, so sending random tokens cannot make the gateway query
its database faster than the rate limit lets requests through.
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from starlette.types import Scope

from gateway.clients import UnknownApiKeyError
from gateway.services import sessions
from gateway.store import Store

Hit = Callable[[str], Awaitable[int | None]]
"""Spend one request of a key's budget; the seconds to wait when it is spent, else None."""


def ip_key(scope: Scope) -> str:
    client = scope.get("client")
    return f"ip:{client[0] if client else 'unknown'}"


def claimed(scope: Scope) -> tuple[str, str] | None:
    """The credential the request presents: ``("session", token)``, ``("app", api_key)`` or
    None (a session token wins over an API key, as in the GraphQL context)."""
    headers = dict(scope["headers"])
    scheme, _, token = headers.get(b"authorization", b"").decode("latin-1").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return "session", token.strip()
    api_key = headers.get(b"x-api-key", b"").decode("latin-1").strip()
    return ("app", api_key) if api_key else None


def credential_key(kind: str, secret: str) -> str:
    """``session:<sha256>`` / ``app:<sha256>``: budgets are stored under the hash, never the
    credential itself."""
    return f"{kind}:{hashlib.sha256(secret.encode()).hexdigest()}"


class VerifiedCallers:
    """Remembers which credentials are valid; see the module's docstring."""

    def __init__(self, ttl: float = 60.0, capacity: int = 4096) -> None:
        self.ttl = ttl
        self.capacity = capacity
        self._known: OrderedDict[str, tuple[float, bool]] = OrderedDict()

    async def key(self, scope: Scope, hit: Hit) -> str:
        """The budget this request spends."""
        ip = ip_key(scope)
        claim = claimed(scope)
        if claim is None:
            return ip
        key = credential_key(*claim)
        cached = self._known.get(key)
        if cached is not None and cached[0] >= time.monotonic():
            self._known.move_to_end(key)
            return key if cached[1] else ip
        if await hit(f"verify:{ip}") is not None:  # this address checks too many unknown ones
            return ip
        valid = await _is_valid(scope, *claim)
        self._known[key] = (time.monotonic() + self.ttl, valid)
        self._known.move_to_end(key)
        if len(self._known) > self.capacity:
            self._known.popitem(last=False)
        return key if valid else ip


async def _is_valid(scope: Scope, kind: str, secret: str) -> bool:
    state = getattr(scope["app"].state, "gateway", None) if "app" in scope else None
    store: Store | None = getattr(state, "store", None)
    if store is None:  # not started: nothing can be checked, nothing is trusted
        return False
    if kind == "session":
        async with store.sessions() as db:
            return await sessions.find(db, secret, datetime.now(UTC)) is not None
    try:
        return await store.clients.identify(secret, allow_anonymous=True) is not None
    except UnknownApiKeyError:
        return False
