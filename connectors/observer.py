"""A hook for watching upstream calls, so that whoever runs the connectors can count and trace
them without the connectors knowing who watches (the gateway implements it with Prometheus and
OpenTelemetry; the connectors import neither).

Every attempt of a call is observed once::

    with observer.observe(UpstreamCall("nts", "POST", "/status", attempt=1)) as record:
        response = ...            # the connector sends the request
        record.status = response.status_code

The observer reads the outcome from ``record.status`` and from the exception, if any, that left
the block; :func:`outcome_of` is the one classification both sides share.
"""

from __future__ import annotations

import asyncio
import enum
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from connectors.errors import (
    CircuitOpenError,
    UpstreamConnectError,
    UpstreamServerError,
    UpstreamTimeoutError,
)


class CallOutcome(enum.Enum):
    """How one attempt of an upstream call ended."""

    OK = "ok"  # an answer below 400
    REJECTED = "rejected"  # the agency refused the request (4xx, its own error code)
    SERVER_ERROR = "server_error"  # the agency answered 5xx
    TIMEOUT = "timeout"  # no answer within the connector's timeout
    UNREACHABLE = "unreachable"  # connection refused, reset, DNS failure
    CIRCUIT_OPEN = "circuit_open"  # not tried: the breaker is open
    CANCELLED = "cancelled"  # the caller gave up (deadline, client gone)
    ERROR = "error"  # anything else (a bug)


@dataclass(frozen=True)
class UpstreamCall:
    """One attempt of a call: ``route`` is the path template (no ids, no query string)."""

    agency: str
    method: str
    route: str
    attempt: int  # 1 for the first try


@dataclass
class CallRecord:
    """What the connector learnt during the attempt; filled in inside the ``with`` block."""

    status: int | None = None


class CallObserver(Protocol):
    """Watches each attempt of each upstream call."""

    def observe(self, call: UpstreamCall) -> AbstractContextManager[CallRecord]: ...


def outcome_of(status: int | None, error: BaseException | None) -> CallOutcome:
    """Classify an attempt by the status it got and the exception that ended it, if any."""
    if error is None:
        if status is not None and status >= 400:
            return CallOutcome.REJECTED if status < 500 else CallOutcome.SERVER_ERROR
        return CallOutcome.OK
    for kind, outcome in _OUTCOMES:
        if isinstance(error, kind):
            return outcome
    return CallOutcome.ERROR


_OUTCOMES: tuple[tuple[type[BaseException], CallOutcome], ...] = (
    (CircuitOpenError, CallOutcome.CIRCUIT_OPEN),
    (UpstreamServerError, CallOutcome.SERVER_ERROR),
    (UpstreamTimeoutError, CallOutcome.TIMEOUT),
    (UpstreamConnectError, CallOutcome.UNREACHABLE),
    (asyncio.CancelledError, CallOutcome.CANCELLED),
)
