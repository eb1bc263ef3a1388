"""The gateway's :class:`~connectors.observer.CallObserver`: a metric and a span per attempt."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from opentelemetry.trace import Span, SpanKind, Status, StatusCode, Tracer

from connectors.errors import UpstreamServerError
from connectors.observer import CallOutcome, CallRecord, UpstreamCall, outcome_of
from gateway.observability.metrics import GatewayMetrics


class UpstreamObserver:
    """Counts each attempt by agency and outcome, times it, and traces it when tracing is on."""

    def __init__(self, metrics: GatewayMetrics | None, tracer: Tracer | None) -> None:
        self.metrics = metrics
        self.tracer = tracer

    @contextmanager
    def observe(self, call: UpstreamCall) -> Iterator[CallRecord]:
        record = CallRecord()
        started = time.perf_counter()
        error: BaseException | None = None
        span = self._start_span(call)
        try:
            yield record
        except BaseException as exc:
            error = exc
            raise
        finally:
            outcome = outcome_of(record.status, error)
            if self.metrics is not None:
                seconds = time.perf_counter() - started
                self.metrics.upstream_call_done(call.agency, outcome.value, seconds)
            if span is not None:
                _end_span(span, record, outcome, error)

    def _start_span(self, call: UpstreamCall) -> Span | None:
        if self.tracer is None:
            return None
        # Started (not made current): nothing runs beneath an upstream call.
        return self.tracer.start_span(
            f"{call.agency} {call.method} {call.route}",
            kind=SpanKind.CLIENT,
            attributes={
                "upstream.agency": call.agency,
                "upstream.method": call.method,
                "upstream.route": call.route,
                "upstream.attempt": call.attempt,
            },
        )


def _end_span(
    span: Span, record: CallRecord, outcome: CallOutcome, error: BaseException | None
) -> None:
    status = record.status
    if status is None and isinstance(error, UpstreamServerError):
        status = error.status
    if status is not None:
        span.set_attribute("upstream.status", status)
    span.set_attribute("upstream.outcome", outcome.value)
    if error is not None:
        span.record_exception(error)
    if outcome is not CallOutcome.OK:
        span.set_status(Status(StatusCode.ERROR, outcome.value))
    span.end()
