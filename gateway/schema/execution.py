"""The executor the schema runs operations with: strawberry's, without a reference cycle.

graphql-core 3.3's executor keeps ``async_helpers``, two of its own bound methods, on itself:
a reference cycle, so the executor, and everything it reaches (the request's context, loaders,
session, the starlette request and response, every answer record), outlive the request until
the garbage collector finds them. Under load that is about 70 objects a request for the
collector to trace and free, and the collections it triggers cost the gateway about 50 µs a
request (bench/README.md, 2026-11-30). Here the helpers reach the executor weakly, so a
finished operation is freed at once by reference counting. They are only called while the
executor runs (resolvers' ``info.async_helpers``; graphql-core's awaitable ``is_type_of``),
when the running operation holds it.
"""

from __future__ import annotations

import weakref
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from graphql import GraphQLResolveInfoHelpers
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext


def _weakly(method: Callable[[Sequence[Any]], Any]) -> Callable[[Sequence[Any]], Any]:
    reference = weakref.WeakMethod(method)

    def call(values: Sequence[Any]) -> Any:
        bound = reference()
        if bound is None:  # pragma: no cover - only callable while the executor runs
            raise RuntimeError("the operation has finished")
        return bound(values)

    return call


class GatewayExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        gather: Callable[[Sequence[Awaitable[Any]]], Awaitable[list[Any]]]
        gather = _weakly(self.gather_async_work)
        self.async_helpers = GraphQLResolveInfoHelpers(
            gather=gather, track=_weakly(self.track_async_work)
        )
