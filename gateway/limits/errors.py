"""The last pass over a result's errors before the error presenter localises them."""

from __future__ import annotations

from graphql import GraphQLError, GraphQLSyntaxError

from gateway.errors import ErrorCode
from gateway.limits.document import DocumentLimits, limit_error

SUGGESTION = " Did you mean "


def finish_errors(errors: list[GraphQLError], limits: DocumentLimits) -> list[GraphQLError]:
    """At most ``max_errors`` errors: the first ones, then one that says how many were left
    out; suggestions cut when the profile hides them; the parser's token error given its code.

    Errors are replaced, never changed: validation errors are shared through the cache.
    """
    errors = [_finish(e, limits) for e in errors]
    limit = limits.max_errors
    if len(errors) <= limit:
        return errors
    omitted = len(errors) - (limit - 1)
    notice = limit_error(ErrorCode.TOO_MANY_ERRORS, None, limit=limit, omitted=omitted)
    return [*errors[: limit - 1], notice]


def _finish(error: GraphQLError, limits: DocumentLimits) -> GraphQLError:
    if isinstance(error, GraphQLSyntaxError) and error.message.endswith(
        f"Document contains more than {limits.max_tokens} tokens. Parsing aborted."
    ):
        return _too_many_tokens(error, limits.max_tokens)
    if limits.hide_suggestions and SUGGESTION in error.message:
        # validation hides them already; this catches execution's (an enum value in variables)
        return _with_message(error, error.message.split(SUGGESTION)[0])
    return error


def _too_many_tokens(error: GraphQLError, limit: int) -> GraphQLError:
    """graphql-core's parser says "Document contains more than N tokens" in English only."""
    limited = limit_error(ErrorCode.TOO_MANY_TOKENS, None, limit=limit)
    return GraphQLError(
        limited.message,
        source=error.source,
        positions=error.positions,
        original_error=limited.original_error,
        extensions=limited.extensions,
    )


def _with_message(error: GraphQLError, message: str) -> GraphQLError:
    return GraphQLError(
        message,
        error.nodes,
        error.source,
        error.positions,
        error.path,
        error.original_error,
        error.extensions,
    )
