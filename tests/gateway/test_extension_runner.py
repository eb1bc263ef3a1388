"""The lean extension runner behaves as strawberry's: same hooks, same order, same outcomes.

Each case runs one schema twice, once with strawberry's runner and once with ours, and compares
what the extensions saw and what the operation returned.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import strawberry
from strawberry.extensions import SchemaExtension
from strawberry.extensions.runner import SchemaExtensionsRunner
from strawberry.types import ExecutionContext

from gateway.schema.extension_runner import LeanExtensionsRunner

Log = list[str]


@strawberry.type
class Query:
    @strawberry.field
    def hello(self) -> str:
        return "world"

    @strawberry.field
    def broken(self) -> str:
        raise ValueError("resolver failed")


def recording(log: Log) -> list[type[SchemaExtension]]:
    """Extensions of every hook kind, each writing what it sees into ``log``."""

    class Generator(SchemaExtension):
        def on_operation(self) -> Iterator[None]:
            log.append("generator operation in")
            yield
            errors = getattr(self.execution_context.result, "errors", None)
            log.append(f"generator operation out errors={bool(errors)}")

        def on_parse(self) -> Iterator[None]:
            log.append("generator parse in")
            yield
            log.append("generator parse out")

        def get_results(self) -> dict[str, Any]:
            return {"generator": True}

    class AsyncGenerator(SchemaExtension):
        async def on_validate(self) -> AsyncIterator[None]:
            log.append("async validate in")
            yield
            log.append("async validate out")

        async def on_operation(self) -> AsyncIterator[None]:
            log.append("async operation in")
            yield
            log.append("async operation out")

        async def get_results(self) -> dict[str, Any]:
            return {"async": 1}

    class Plain(SchemaExtension):
        def on_execute(self) -> None:  # type: ignore[override]
            log.append("plain execute")

    class Coroutine(SchemaExtension):
        async def on_execute(self) -> None:  # type: ignore[override]
            log.append("coroutine execute")

    return [Generator, AsyncGenerator, Plain, Coroutine]


class FailingOnExit(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        yield
        raise RuntimeError("extension failed on the way out")


class AsyncOperation(SchemaExtension):
    async def on_operation(self) -> AsyncIterator[None]:
        yield


class SwallowingOperation(SchemaExtension):
    """Swallows what the extensions inside it raise, as a context manager may."""

    def on_operation(self) -> Iterator[None]:
        try:
            yield
        except RuntimeError as exc:
            self.execution_context.context["swallowed"] = str(exc)


def schema_with(extensions: list[Any], lean: bool) -> strawberry.Schema:
    class Schema(strawberry.Schema):
        def create_extensions_runner(
            self, execution_context: ExecutionContext, extensions: list[SchemaExtension]
        ) -> SchemaExtensionsRunner:
            runner = LeanExtensionsRunner if lean else SchemaExtensionsRunner
            return runner(execution_context=execution_context, extensions=extensions)

    return Schema(query=Query, extensions=extensions)


async def outcome(lean: bool, query: str) -> tuple[Log, dict[str, Any]]:
    log: Log = []
    result = await schema_with(recording(log), lean).execute(query)
    shape = {
        "data": result.data,
        "errors": [e.message for e in result.errors or []],
        "extensions": result.extensions,
    }
    return log, shape


@pytest.mark.parametrize("query", ["{ hello }", "{ broken }", "{ nosuchfield }", "{ hello"])
async def test_every_hook_kind_runs_as_strawberry_runs_it(query: str) -> None:
    ours = await outcome(True, query)
    theirs = await outcome(False, query)
    assert ours == theirs
    assert ours[0][0] == "generator operation in"  # the hooks did run


async def test_an_extension_failing_on_exit_fails_the_operation_the_same_way() -> None:
    results = []
    for lean in (True, False):
        result = await schema_with([FailingOnExit], lean).execute("{ hello }")
        results.append([e.message for e in result.errors or []])
    assert results[0] == results[1] == ["extension failed on the way out"]


async def test_an_extension_may_swallow_what_an_inner_one_raises() -> None:
    seen = []
    for lean in (True, False):
        context: dict[str, str] = {}
        schema = schema_with([SwallowingOperation, FailingOnExit], lean)
        result = await schema.execute("{ hello }", context_value=context)
        seen.append((context, result.data, result.errors))
    assert seen[0] == seen[1]
    assert seen[0] == ({"swallowed": "extension failed on the way out"}, {"hello": "world"}, None)


def test_a_synchronous_run_refuses_asynchronous_hooks_like_strawberry() -> None:
    messages = []
    for lean in (True, False):
        schema = schema_with([AsyncOperation], lean)
        result = schema.execute_sync("{ hello }")
        messages.append([re.sub(r" at 0x[0-9a-f]+", "", e.message) for e in result.errors or []])
    assert messages[0] == messages[1]
    assert "AsyncOperation object>.on_operation failed to complete synchronously" in messages[0][0]
