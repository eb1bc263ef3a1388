"""The schema extension that observes each GraphQL operation.

:func:`observe_operations` is the factory the schema calls once per operation. Without tracing
it returns :class:`CountedOperation`, which only tells the request's metrics the operation's
name and whether it failed. With tracing it returns :class:`TracedOperation`, which also opens
the operation's span and a span per resolver that awaits; graphql-core only routes every field
through an extension's ``resolve`` when it has one, so fields cost nothing extra when tracing
is off.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from inspect import isawaitable
from typing import Any

from graphql import GraphQLResolveInfo, get_operation_ast
from opentelemetry import context as trace_context
from opentelemetry.context import Context as TraceContext
from opentelemetry.trace import SpanKind, Status, StatusCode, Tracer, set_span_in_context
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionContext

from gateway.observability.requests import current_observability, note_operation
from gateway.observability.tracing import operation_context

UNKNOWN = "unknown"
ANONYMOUS = "anonymous"

_PROPAGATOR = TraceContextTextMapPropagator()


def operation_identity(execution_context: ExecutionContext) -> tuple[str, str | None]:
    """(name, type) of the operation the document selects; ``unknown`` when it did not parse
    or names no operation, ``anonymous`` for an unnamed one."""
    document = execution_context.graphql_document
    if document is None:
        return UNKNOWN, None
    operation = get_operation_ast(document, execution_context.operation_name)
    if operation is None:
        return UNKNOWN, None
    name = operation.name.value if operation.name else ANONYMOUS
    return name, operation.operation.value


def _failed(execution_context: ExecutionContext) -> bool:
    return bool(getattr(execution_context.result, "errors", None))


class CountedOperation(SchemaExtension):
    """Reports the operation to the request's observation, for the request metrics."""

    def on_operation(self) -> Iterator[None]:
        yield
        name, _ = operation_identity(self.execution_context)
        note_operation(name, _failed(self.execution_context))


class TracedOperation(SchemaExtension):
    """A span for the operation, named ``query BusinessStatus``, and one per awaiting resolver."""

    def __init__(self, tracer: Tracer) -> None:
        super().__init__()
        self.tracer = tracer

    def on_operation(self) -> Iterator[None]:
        parent = self._incoming()
        span = self.tracer.start_span("graphql", context=parent, kind=SpanKind.SERVER)
        current = set_span_in_context(span, parent)
        token = trace_context.attach(current)
        operation_token = operation_context.set(current)
        try:
            yield
        finally:
            operation_context.reset(operation_token)
            trace_context.detach(token)
            name, kind = operation_identity(self.execution_context)
            failed = _failed(self.execution_context)
            span.update_name(f"{kind} {name}" if kind else "graphql")
            span.set_attribute("graphql.operation.name", name)
            if kind:
                span.set_attribute("graphql.operation.type", kind)
            if failed:
                span.set_status(Status(StatusCode.ERROR, "the result has errors"))
            span.end()
            note_operation(name, failed)

    def resolve(
        self,
        _next: Callable[..., Any],
        root: Any,
        info: GraphQLResolveInfo[Any],
        *args: str,
        **kwargs: Any,
    ) -> Any:
        result = _next(root, info, *args, **kwargs)
        if not isawaitable(result):
            return result  # a plain field: no span
        return self._traced(result, info)

    async def _traced(self, result: Awaitable[Any], info: GraphQLResolveInfo[Any]) -> Any:
        path = ".".join(str(key) for key in info.path.as_list())
        with self.tracer.start_as_current_span(
            f"{info.parent_type.name}.{info.field_name}",
            attributes={
                "graphql.field.name": info.field_name,
                "graphql.field.parent_type": info.parent_type.name,
                "graphql.field.path": path,
            },
        ):
            return await result

    def _incoming(self) -> TraceContext | None:
        """The caller's ``traceparent``, so the operation joins the client's trace."""
        request = getattr(self.execution_context.context, "request", None)
        headers = getattr(request, "headers", None)
        if headers is None or "traceparent" not in headers:
            return None
        return _PROPAGATOR.extract(carrier=headers)


def observe_operations() -> SchemaExtension:
    """The extension for one operation, chosen by the app serving it (see the module doc)."""
    observability = current_observability.get()
    tracer = observability.tracer if observability is not None else None
    return TracedOperation(tracer) if tracer is not None else CountedOperation()
