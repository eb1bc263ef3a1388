"""Fault injection: added latency, an error rate, or a full outage, per route pattern."""

from __future__ import annotations

import random
from dataclasses import dataclass
from fnmatch import fnmatchcase

from pydantic import BaseModel, ConfigDict, Field, field_validator


class FaultSpec(BaseModel):
    """What ``POST /__admin/faults`` accepts."""

    model_config = ConfigDict(extra="forbid")

    route: str = Field("*", min_length=1, description="fnmatch pattern over the request path")
    method: str | None = Field(None, description="HTTP method to match; null matches every method")
    latency_ms: int = Field(0, ge=0, le=600_000, description="added before the request is handled")
    error_rate: float = Field(0.0, ge=0.0, le=1.0, description="fraction answered with `status`")
    status: int = Field(503, ge=400, le=599, description="HTTP status of injected errors")
    outage: bool = Field(False, description="answer every matching request 503 {'error':'outage'}")

    @field_validator("method")
    @classmethod
    def _upper(cls, value: str | None) -> str | None:
        if value is not None and not value.isalpha():
            raise ValueError("method must be an HTTP method name such as POST")
        return None if value is None else value.upper()


class Fault(FaultSpec):
    id: int


@dataclass(frozen=True, slots=True)
class FaultDecision:
    """What the faults matching one request add: a delay, then maybe a canned answer."""

    latency_s: float = 0.0
    status: int | None = None
    body: dict[str, object] | None = None


def is_admin(path: str) -> bool:
    return path == "/__admin" or path.startswith("/__admin/")


def is_exempt(path: str) -> bool:
    """Paths no fault ever touches: the admin API and the OpenAPI document."""
    return path == "/openapi.json" or is_admin(path)


class FaultRegistry:
    """The active faults of one mock, with a seeded random source so error rates repeat."""

    def __init__(self, seed: int = 0) -> None:
        self._seed = seed
        self._faults: dict[int, Fault] = {}
        self._next_id = 1
        self._random = random.Random(seed)

    def add(self, spec: FaultSpec) -> Fault:
        fault = Fault(id=self._next_id, **spec.model_dump())
        self._faults[fault.id] = fault
        self._next_id += 1
        return fault

    def all(self) -> list[Fault]:
        return list(self._faults.values())

    def remove(self, fault_id: int) -> bool:
        return self._faults.pop(fault_id, None) is not None

    def clear(self) -> int:
        """Remove every fault and restart the random sequence; returns how many were removed."""
        removed = len(self._faults)
        self._faults.clear()
        self._random = random.Random(self._seed)
        return removed

    def decide(self, method: str, path: str) -> FaultDecision:
        matching = [
            fault
            for fault in self._faults.values()
            if fnmatchcase(path, fault.route) and fault.method in (None, method.upper())
        ]
        if not matching:
            return FaultDecision()
        latency = sum(fault.latency_ms for fault in matching) / 1000
        if any(fault.outage for fault in matching):
            return FaultDecision(latency, 503, {"error": "outage"})
        for fault in matching:
            # random() is in [0, 1), so an error_rate of 1.0 always fails and 0.0 never does.
            if fault.error_rate > 0 and self._random.random() < fault.error_rate:
                return FaultDecision(latency, fault.status, {"error": "injected_fault"})
        return FaultDecision(latency)
