"""OpenTelemetry tracing of one gateway app: its tracer provider and the spans' parentage.

Nothing here touches OpenTelemetry's global tracer provider: each app builds (or is given) a
provider of its own in its lifespan and takes its tracer from it, so two apps in one process
never mix their spans and importing the gateway installs nothing. With ``tracing="none"`` and
no provider given, there is no tracer at all and no span is even started.

The spans of one GraphQL operation form one tree::

    query BusinessStatus                 the operation (SERVER), child of the caller's traceparent
     ├── Business.nts                    each resolver that awaits (calls out); trivial fields not
     └── NtsStatusByNumberLoader.batch   each DataLoader batch, child of the operation it serves
          └── nts POST /…/status         each attempt of each upstream call (CLIENT)
"""

from __future__ import annotations

import sys
from contextvars import ContextVar

from opentelemetry.context import Context as TraceContext
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter
from opentelemetry.trace import Tracer

from gateway.settings import Settings

TRACER_NAME = "agency_gateway"

#: The context of the GraphQL operation being executed; DataLoader batches, which run in
#: whichever resolver's context first asked for a key, hang their span under it instead.
operation_context: ContextVar[TraceContext | None] = ContextVar(
    "gateway_operation_trace_context", default=None
)


def build_provider(settings: Settings) -> TracerProvider | None:
    """The provider the ``tracing`` setting asks for, or None when tracing is off."""
    if settings.tracing == "none":
        return None
    resource = Resource.create(
        {"service.name": "agency-gateway", "deployment.environment.name": settings.environment}
    )
    provider = TracerProvider(resource=resource)
    # stdout as it is now, not as it was when OpenTelemetry was imported (its default)
    provider.add_span_processor(BatchSpanProcessor(ConsoleSpanExporter(out=sys.stdout)))
    return provider


def tracer_of(provider: TracerProvider) -> Tracer:
    return provider.get_tracer(TRACER_NAME)
