"""The schema extension that holds every document to its limits, at almost no cost per request.

It replaces strawberry's ``ParserCache`` and ``ValidationCache``:

* **parsing** is cached by query text, and **tokens** are limited by the parser itself
  (``max_tokens``), so an oversized document is abandoned after that many tokens instead of
  parsed whole. A document that does not parse is left to strawberry, which parses it again
  inside its error handling (``ParserCache`` raises from its hook instead, and its syntax errors
  then skip every extension's ``on_operation``, the error presenter's included);
* **validation** runs graphql-core's rules, strawberry's, :class:`OperationLimitsRule` and (when
  introspection is off) ``NoSchemaIntrospectionCustomRule`` in one pass, with graphql-core's own
  ``max_errors`` and ``hide_suggestions``; then the **static cost** of the operation;
* the outcome is cached under the query *text*, the rules, the operation name and the variables'
  lengths (:func:`~gateway.limits.cost.list_sizes`): strawberry's cache keys on the parsed
  document, whose hash and equality walk the whole tree on every request; a string's hash is
  computed once and kept;
* after execution, the errors are finished (:mod:`gateway.limits.errors`): capped at
  ``max_errors``, suggestions cut in production, the parser's token error given its code.

The schema is one object for every app, so the limits come from the request's settings
(``context.settings``): each distinct profile has its own rules and cache.

List it *after* ``ErrorPresenter`` in the schema's extensions: extensions leave ``on_operation``
in reverse order, so this one rewrites the errors before the presenter localises them.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Iterator
from contextlib import suppress
from functools import lru_cache

from graphql import (
    ASTValidationRule,
    DocumentNode,
    GraphQLError,
    GraphQLSchema,
    NoSchemaIntrospectionCustomRule,
    get_operation_ast,
    parse,
    validate,
)
from strawberry.extensions import SchemaExtension
from strawberry.schema.validation_rules.maybe_null import MaybeNullValidationRule
from strawberry.schema.validation_rules.one_of import OneOfInputValidationRule
from strawberry.types import ExecutionContext

from gateway.errors import ErrorCode
from gateway.limits.cost import OperationCost, list_sizes
from gateway.limits.document import DocumentLimits, limit_error
from gateway.limits.errors import finish_errors
from gateway.limits.validation import operation_limits_rule
from gateway.settings import Settings

_Errors = tuple[GraphQLError, ...]


@lru_cache(maxsize=1024)
def cached_parse(query: str, max_tokens: int) -> DocumentNode:
    return parse(query, max_tokens=max_tokens)


class DocumentGuard:
    """One per settings profile: its rules and a bounded cache of validation outcomes."""

    def __init__(self, limits: DocumentLimits, maxsize: int = 1024) -> None:
        self.limits = limits
        rules: list[type[ASTValidationRule]] = [
            MaybeNullValidationRule,
            OneOfInputValidationRule,
            operation_limits_rule(limits),
        ]
        if not limits.introspection:
            rules.append(NoSchemaIntrospectionCustomRule)
        self.rules = tuple(rules)
        self.maxsize = maxsize
        self.cache: OrderedDict[Hashable, _Errors] = OrderedDict()

    def validate(self, context: ExecutionContext) -> list[GraphQLError]:
        document = context.graphql_document
        assert document is not None, "validation runs after parsing"
        key = (
            id(context.schema),
            context.query if context.query is not None else document,
            context.validation_rules,
            context.operation_name,
            list_sizes(context.variables),
        )
        errors = self.cache.get(key)
        if errors is None:
            errors = self._validate(context.schema._schema, document, context)
            self.cache[key] = errors
            if len(self.cache) > self.maxsize:
                self.cache.popitem(last=False)
        else:
            self.cache.move_to_end(key)
        return list(errors)

    def _validate(
        self, schema: GraphQLSchema, document: DocumentNode, context: ExecutionContext
    ) -> _Errors:
        errors = validate(
            schema,
            document,
            (*context.validation_rules, *self.rules),
            max_errors=self.limits.max_errors - 1,  # graphql-core adds one "aborted" error
            hide_suggestions=self.limits.hide_suggestions,
        )
        if errors:
            return tuple(errors)
        operation = get_operation_ast(document, context.operation_name)
        if operation is None:
            return ()  # strawberry reports the missing operation
        sizes = dict(list_sizes(context.variables))
        cost = OperationCost(schema, document, sizes, self.limits.max_list_size)
        actual = cost.operation(operation)
        if actual <= self.limits.max_cost:
            return ()
        code = ErrorCode.QUERY_TOO_COSTLY
        return (limit_error(code, [operation], limit=self.limits.max_cost, actual=actual),)


_GUARDS: dict[DocumentLimits, DocumentGuard] = {}
_BY_SETTINGS: dict[int, tuple[Settings, DocumentGuard]] = {}
_DEFAULTS = Settings.model_construct()  # defaults, without reading the environment


def guard_for(settings: Settings | None) -> DocumentGuard:
    """The guard of a settings profile: one per distinct set of limits, found by the settings
    object's identity on the hot path (an app keeps one Settings for its whole life)."""
    settings = settings or _DEFAULTS
    entry = _BY_SETTINGS.get(id(settings))
    if entry is not None and entry[0] is settings:
        return entry[1]
    limits = DocumentLimits.from_settings(settings)
    guard = _GUARDS.get(limits) or _GUARDS.setdefault(limits, DocumentGuard(limits))
    if len(_BY_SETTINGS) >= 64:  # test suites make many apps; a server makes one
        _BY_SETTINGS.clear()
    _BY_SETTINGS[id(settings)] = (settings, guard)
    return guard


class DocumentLimitsExtension(SchemaExtension):
    """Per request: sets the parser's token limit, validates through the cache of the request's
    settings profile (``info.context.settings``), caps the errors of the result."""

    guard: DocumentGuard

    def on_operation(self) -> Iterator[None]:
        self.guard = guard_for(getattr(self.execution_context.context, "settings", None))
        self.execution_context.parse_options["max_tokens"] = self.guard.limits.max_tokens
        yield
        result = self.execution_context.result
        errors = getattr(result, "errors", None)
        if errors:
            result.errors = finish_errors(errors, self.guard.limits)  # type: ignore[union-attr]

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is None and context.query:
            # on a syntax error strawberry parses again and reports it like any other error
            with suppress(GraphQLError):
                context.graphql_document = cached_parse(context.query, self.guard.limits.max_tokens)
        yield

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        context.pre_execution_errors = self.guard.validate(context)
        yield
