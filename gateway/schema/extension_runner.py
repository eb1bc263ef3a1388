"""Strawberry's schema-extension runner, with the per-request work it repeats done once.

For every operation strawberry's runner builds four phase managers (operation, parsing,
validation, execution), and each looks every extension's hooks up again: an ``inspect`` check
of the hook's kind and a new ``contextlib.contextmanager`` wrapper (``functools.update_wrapper``
included) per hook and request. With our three extensions that was about 40 µs of a 500 µs
request (bench/README.md, 2026-11-30). :class:`LeanExtensionsRunner` finds each extension
class's hooks once and keeps their context-manager factories; a phase no extension hooks is a
no-op, and one whose hooks are all synchronous needs no ``AsyncExitStack``.

What a hook sees is unchanged: the same generator, entered in the order the schema lists the
extensions and left in reverse, exceptions thrown into it as ``contextlib`` throws them.
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import AsyncIterator, Callable, Iterator
from types import TracebackType
from typing import Any
from weakref import WeakKeyDictionary

from strawberry.extensions import SchemaExtension
from strawberry.extensions.runner import SchemaExtensionsRunner
from strawberry.types import ExecutionContext
from strawberry.utils.await_maybe import await_maybe

_Factory = Callable[[SchemaExtension], Any]  # extension -> (async) context manager
_Hook = tuple[_Factory, bool]  # (factory, is_async)

_HOOKS: WeakKeyDictionary[type[SchemaExtension], dict[str, _Hook | None]] = WeakKeyDictionary()
"""Per extension class (weakly: a class made at run time, as in tests, may go), its hooks."""


def _hook(cls: type[SchemaExtension], name: str) -> _Hook | None:
    """The context-manager factory of ``cls``'s hook ``name``; None when it keeps the default."""
    hooks = _HOOKS.get(cls)
    if hooks is None:
        hooks = _HOOKS[cls] = {}
    if name in hooks:
        return hooks[name]
    function = getattr(cls, name)
    hook: _Hook | None
    if function is getattr(SchemaExtension, name):
        hook = None
    elif inspect.isgeneratorfunction(function):
        hook = (contextlib.contextmanager(function), False)
    elif inspect.isasyncgenfunction(function):
        hook = (contextlib.asynccontextmanager(function), True)
    elif inspect.iscoroutinefunction(function):
        hook = (_awaiting(function), True)
    elif callable(function):
        hook = (_calling(function), False)
    else:
        raise ValueError(f"Hook {name} on {cls} must be callable, received {function!r}")
    hooks[name] = hook
    return hook


def _awaiting(function: Callable[[SchemaExtension], Any]) -> _Factory:
    @contextlib.asynccontextmanager
    async def around(extension: SchemaExtension) -> AsyncIterator[None]:
        await function(extension)
        yield

    return around


def _calling(function: Callable[[SchemaExtension], Any]) -> _Factory:
    @contextlib.contextmanager
    def around(extension: SchemaExtension) -> Iterator[None]:
        function(extension)
        yield

    return around


class _Phase:
    """One phase's hooks as one context manager, sync (``with``) or async (``async with``)."""

    __slots__ = ("_any_async", "_hooks", "_name", "_stack")

    def __init__(self, name: str, extensions: list[SchemaExtension]) -> None:
        self._name = name
        self._hooks: list[tuple[_Factory, bool, SchemaExtension]] = []
        self._any_async = False
        for extension in extensions:
            hook = _hook(type(extension), name)
            if hook is not None:
                self._hooks.append((hook[0], hook[1], extension))
                self._any_async = self._any_async or hook[1]
        self._stack: contextlib.ExitStack | contextlib.AsyncExitStack | None = None

    def __enter__(self) -> None:
        if not self._hooks:
            return
        for _, is_async, extension in self._hooks:
            if is_async:
                raise RuntimeError(
                    f"SchemaExtension hook {extension}.{self._name} failed to complete "
                    "synchronously."
                )
        stack = self._stack = contextlib.ExitStack()
        for factory, _, extension in self._hooks:
            stack.enter_context(factory(extension))

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> bool | None:
        stack = self._stack
        if stack is None:
            return False
        assert isinstance(stack, contextlib.ExitStack)
        return stack.__exit__(exc_type, exc_val, exc_tb)

    async def __aenter__(self) -> None:
        if not self._hooks:
            return
        if not self._any_async:
            self.__enter__()
            return
        stack = self._stack = contextlib.AsyncExitStack()
        for factory, is_async, extension in self._hooks:
            if is_async:
                await stack.enter_async_context(factory(extension))
            else:
                stack.enter_context(factory(extension))

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> bool | None:
        stack = self._stack
        if isinstance(stack, contextlib.AsyncExitStack):
            return await stack.__aexit__(exc_type, exc_val, exc_tb)
        return self.__exit__(exc_type, exc_val, exc_tb)


class LeanExtensionsRunner(SchemaExtensionsRunner):
    """Drop-in for strawberry's runner (``Schema.create_extensions_runner``)."""

    def operation(self) -> Any:
        return _Phase("on_operation", self.extensions)

    def validation(self) -> Any:
        return _Phase("on_validate", self.extensions)

    def parsing(self) -> Any:
        return _Phase("on_parse", self.extensions)

    def executing(self) -> Any:
        return _Phase("on_execute", self.extensions)

    async def get_extensions_results(self, ctx: ExecutionContext) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for extension in self.extensions:
            if type(extension).get_results is not SchemaExtension.get_results:
                data.update(await await_maybe(extension.get_results()))
        data.update(ctx.extensions_results)
        return data
