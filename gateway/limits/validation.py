"""Validation rules for the shape of each operation: depth, aliases, directives, root fields.

Each operation is measured as it would execute, fragments expanded (a fragment with 10 aliases
spread three times counts 30), and each fragment is measured once however often it is spread.
Introspection fields (``__schema``, ``__type``) are not followed: their depth is bounded by the
schema, not the client, and production switches them off (GraphQL Armor ignores them too).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from graphql import (
    SKIP,
    ASTValidationRule,
    FieldNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationContext,
    ValidationRule,
    VisitorAction,
)

from gateway.errors import ErrorCode
from gateway.limits.document import DocumentLimits, limit_error


@dataclass(frozen=True)
class Shape:
    """What a selection set asks for, fragments expanded."""

    depth: int = 0
    aliases: int = 0
    directives: int = 0
    fields: int = 0  # fields at this level (the root fields, for an operation)

    def __add__(self, other: Shape) -> Shape:
        return Shape(
            max(self.depth, other.depth),
            self.aliases + other.aliases,
            self.directives + other.directives,
            self.fields + other.fields,
        )


class ShapeMeasure:
    """Measures selection sets of one document, remembering each fragment's shape."""

    def __init__(self, context: ValidationContext) -> None:
        self.context = context
        self.fragments: dict[str, Shape | None] = {}  # None: being measured (a cycle)

    def selection_set(self, node: SelectionSetNode) -> Shape:
        shape = Shape()
        for selection in node.selections:
            own = Shape(directives=len(selection.directives or ()))
            if isinstance(selection, FieldNode):
                shape += own + self.field(selection)
            elif isinstance(selection, InlineFragmentNode):
                shape += own + self.selection_set(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                shape += own + self.fragment(selection.name.value)
        return shape

    def field(self, node: FieldNode) -> Shape:
        aliased = int(node.alias is not None)
        if node.selection_set is None or node.name.value.startswith("__"):
            return Shape(depth=1, aliases=aliased, fields=1)
        inner = self.selection_set(node.selection_set)
        return Shape(inner.depth + 1, inner.aliases + aliased, inner.directives, fields=1)

    def fragment(self, name: str) -> Shape:
        if name in self.fragments:
            return self.fragments[name] or Shape()  # a cycle is NoFragmentCyclesRule's to report
        self.fragments[name] = None
        definition = self.context.get_fragment(name)
        shape = self.selection_set(definition.selection_set) if definition else Shape()
        self.fragments[name] = shape
        return shape


class OperationLimitsRule(ValidationRule):
    """Reports each operation whose shape exceeds a limit: one error per limit, naming it, its
    value and what the operation has. Subclassed per profile by :func:`operation_limits_rule`."""

    limits: ClassVar[DocumentLimits]

    def __init__(self, context: ValidationContext) -> None:
        super().__init__(context)
        self.measure = ShapeMeasure(context)

    def enter_operation_definition(
        self, node: OperationDefinitionNode, *_args: Any
    ) -> VisitorAction:
        shape = self.measure.selection_set(node.selection_set)
        directives = len(node.directives or ()) + sum(
            len(v.directives or ()) for v in node.variable_definitions or ()
        )
        limits = self.limits
        checks = (
            (ErrorCode.QUERY_TOO_DEEP, limits.max_depth, shape.depth),
            (ErrorCode.TOO_MANY_ALIASES, limits.max_aliases, shape.aliases),
            (ErrorCode.TOO_MANY_DIRECTIVES, limits.max_directives, shape.directives + directives),
            (ErrorCode.TOO_MANY_ROOT_FIELDS, limits.max_root_fields, shape.fields),
        )
        for code, limit, actual in checks:
            if actual > limit:
                self.report_error(limit_error(code, [node], limit=limit, actual=actual))
        return SKIP

    def enter_fragment_definition(self, *_args: Any) -> VisitorAction:
        return SKIP  # measured where spread


def operation_limits_rule(limits: DocumentLimits) -> type[ASTValidationRule]:
    """The rule class for one profile (graphql-core instantiates rules by class)."""
    return type("OperationLimitsRule", (OperationLimitsRule,), {"limits": limits})
