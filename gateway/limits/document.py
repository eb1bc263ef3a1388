"""The limits a GraphQL document is held to, and the error that names one it broke."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from graphql import GraphQLError, Node

from gateway.errors import ErrorCode, GatewayError
from gateway.settings import Settings


@dataclass(frozen=True)
class DocumentLimits:
    """The document-level settings, frozen so that a schema can be built once per profile."""

    max_depth: int
    max_aliases: int
    max_directives: int
    max_tokens: int
    max_root_fields: int
    max_cost: int
    max_errors: int
    max_list_size: int
    introspection: bool

    @classmethod
    def from_settings(cls, settings: Settings) -> DocumentLimits:
        return cls(
            max_depth=settings.max_depth,
            max_aliases=settings.max_aliases,
            max_directives=settings.max_directives,
            max_tokens=settings.max_tokens,
            max_root_fields=settings.max_root_fields,
            max_cost=settings.max_cost,
            max_errors=settings.max_errors,
            max_list_size=settings.max_list_size,
            introspection=settings.introspection_enabled,
        )

    @property
    def hide_suggestions(self) -> bool:
        """ "Did you mean …" leaks the schema as surely as introspection: both go together."""
        return not self.introspection


def limit_error(
    code: ErrorCode, nodes: Collection[Node] | None = None, **fields: int
) -> GraphQLError:
    """A GraphQL error for a broken limit, localised later by the error presenter.

    The cause is a :class:`GatewayError`, so the presenter gives it ``code`` and a message in the
    client's language (validation results are cached, so the language cannot be chosen here);
    ``fields`` (``limit``, ``actual`` …) are also put in ``extensions`` for clients to read.
    """
    cause = GatewayError(code, **fields)
    return GraphQLError(str(cause), nodes, original_error=cause, extensions=dict(fields))
