"""ASGI middleware in front of every mock: counts calls, then applies injected faults."""

from __future__ import annotations

import asyncio
from collections import Counter

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from mocks.framework.faults import FaultRegistry, is_admin, is_exempt


class CallCounter:
    """Requests received per ``"METHOD /path"``, admin requests excluded."""

    def __init__(self) -> None:
        self._calls: Counter[str] = Counter()

    def record(self, method: str, path: str) -> None:
        self._calls[f"{method} {path}"] += 1

    def snapshot(self) -> dict[str, object]:
        return {"total": self._calls.total(), "calls": dict(sorted(self._calls.items()))}

    def reset(self) -> None:
        self._calls.clear()


class TrafficMiddleware:
    """Counts each non-admin request (also those a fault answers), then delays or fails it.

    Pure ASGI rather than ``BaseHTTPMiddleware`` so streaming and lifespan pass through untouched.
    """

    def __init__(self, app: ASGIApp, *, faults: FaultRegistry, calls: CallCounter) -> None:
        self.app = app
        self.faults = faults
        self.calls = calls

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method: str = scope["method"]
        path: str = scope["path"]
        if not is_admin(path):
            self.calls.record(method, path)
        if is_exempt(path):
            await self.app(scope, receive, send)
            return
        decision = self.faults.decide(method, path)
        if decision.latency_s > 0:
            await asyncio.sleep(decision.latency_s)
        if decision.status is not None:
            response = JSONResponse(decision.body, status_code=decision.status)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
