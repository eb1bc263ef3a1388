"""GraphQL documents as the persisted-query store knows them: by the SHA-256 of their text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from graphql import (
    DefinitionNode,
    DocumentNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLSchema,
    Node,
    OperationDefinitionNode,
    Visitor,
    parse,
    print_ast,
    validate,
    visit,
)

ANONYMOUS = "(anonymous)"


def sha256_of(query: str) -> str:
    """The APQ hash: SHA-256 of the UTF-8 text, lowercase hex (what Apollo clients send)."""
    return hashlib.sha256(query.encode()).hexdigest()


def canonical(query: str, max_tokens: int | None = None) -> str:
    """The document printed by graphql-core: the same for any spacing, commas or comments, so
    an allow-listed operation is recognised however a client formats it. Raises
    ``GraphQLError`` when ``query`` does not parse."""
    return print_ast(parse(query, no_location=True, max_tokens=max_tokens))


@dataclass(frozen=True)
class Operation:
    """One operation of a ``.graphql`` file, as a document of its own (plus its fragments)."""

    name: str
    document: str

    @property
    def hash(self) -> str:
        return sha256_of(self.document)


def split_operations(source: str, schema: GraphQLSchema) -> list[Operation]:
    """Each operation of ``source`` with the fragments it spreads, printed canonically.

    Raises ``ValueError`` naming every problem when ``source`` does not parse or does not
    validate against ``schema`` (an allow-listed operation that cannot run helps nobody).
    """
    document = parse(source)
    errors = validate(schema, document)
    if errors:
        raise ValueError("\n".join(error.message for error in errors))
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    return [_operation(op, fragments) for op in operations]


def _operation(
    operation: OperationDefinitionNode, fragments: dict[str, FragmentDefinitionNode]
) -> Operation:
    used = _spread_closure(operation, fragments)
    definitions: list[DefinitionNode] = [operation, *(f for n, f in fragments.items() if n in used)]
    printed = print_ast(DocumentNode(definitions=tuple(definitions)))
    return Operation(operation.name.value if operation.name else ANONYMOUS, printed)


def _spread_closure(root: Node, fragments: dict[str, FragmentDefinitionNode]) -> set[str]:
    """Names of the fragments ``root`` spreads, directly or through other fragments."""
    found: set[str] = set()
    pending = [root]
    while pending:
        for name in _spreads(pending.pop()):
            if name not in found and name in fragments:
                found.add(name)
                pending.append(fragments[name])
    return found


def _spreads(node: Node) -> set[str]:
    names: set[str] = set()

    class Spreads(Visitor):
        def enter_fragment_spread(self, spread: FragmentSpreadNode, *_: object) -> None:
            names.add(spread.name.value)

    visit(node, Spreads())
    return names
