"""What the running gateway's schema offers, read by introspection, so the benchmarks select only
fields that exist when they run (agencies are added one by one)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

TYPE_QUERY = """
query Type($name: String!) {
  __type(name: $name) {
    kind
    name
    possibleTypes { name }
    fields {
      name
      args { name defaultValue type { kind } }
      type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
    }
  }
}
"""

LEAF_KINDS = frozenset({"SCALAR", "ENUM"})


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # of the named type: SCALAR, ENUM, OBJECT, UNION, INTERFACE …
    type_name: str
    is_list: bool
    args: tuple[str, ...]
    required_args: tuple[str, ...]


@dataclass(frozen=True)
class TypeInfo:
    name: str
    kind: str
    fields: dict[str, Field]
    possible_types: tuple[str, ...]


def _named(type_ref: dict[str, Any]) -> tuple[str, str, bool]:
    is_list = False
    while type_ref.get("ofType") is not None and type_ref["kind"] in ("NON_NULL", "LIST"):
        is_list = is_list or type_ref["kind"] == "LIST"
        type_ref = type_ref["ofType"]
    return type_ref["kind"], type_ref["name"], is_list


class Schema:
    """Types of the gateway at ``url`` (``…/graphql``), fetched on demand and kept."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._types: dict[str, TypeInfo | None] = {}

    def type(self, name: str) -> TypeInfo | None:
        if name not in self._types:
            self._types[name] = self._fetch(name)
        return self._types[name]

    def _fetch(self, name: str) -> TypeInfo | None:
        body = {"query": TYPE_QUERY, "variables": {"name": name}}
        answer = httpx.post(self.url, json=body, timeout=30).json()
        if answer.get("errors"):
            raise RuntimeError(f"introspection refused: {answer['errors'][0].get('message')}")
        found = answer["data"]["__type"]
        if found is None:
            return None
        fields = {}
        for raw in found.get("fields") or []:
            kind, type_name, is_list = _named(raw["type"])
            args = tuple(arg["name"] for arg in raw["args"])
            required = tuple(
                arg["name"]
                for arg in raw["args"]
                if arg["type"]["kind"] == "NON_NULL" and arg["defaultValue"] is None
            )
            fields[raw["name"]] = Field(raw["name"], kind, type_name, is_list, args, required)
        possible = tuple(t["name"] for t in found.get("possibleTypes") or [])
        return TypeInfo(found["name"], found["kind"], fields, possible)

    def field(self, type_name: str, field_name: str) -> Field | None:
        info = self.type(type_name)
        return info.fields.get(field_name) if info else None

    def leaves(self, type_name: str, limit: int = 8) -> str:
        """A selection of up to ``limit`` scalar or enum fields of ``type_name`` that need no
        argument (inline fragments for a union), always with ``__typename``."""
        info = self.type(type_name)
        if info is None:
            return "__typename"
        if info.kind in ("UNION", "INTERFACE") and info.possible_types:
            parts = [
                f"... on {name} {{ {self.leaves(name, limit)} }}" for name in info.possible_types
            ]
            return "__typename " + " ".join(parts)
        names = [
            f.name
            for f in info.fields.values()
            if f.kind in LEAF_KINDS and not f.required_args and not f.name.startswith("__")
        ]
        return " ".join(["__typename", *names[:limit]])


def agency_selections(schema: Schema, type_name: str, agencies: tuple[str, ...]) -> dict[str, str]:
    """``{agency: "agency { __typename … }"}`` for each of ``agencies`` that ``type_name`` has
    as a field (a scalar field is selected bare), in the order given."""
    info = schema.type(type_name)
    fields = info.fields if info else {}
    selections = {}
    for agency in agencies:
        field = fields.get(agency)
        if field is None:
            continue
        if field.kind in LEAF_KINDS:
            selections[agency] = agency
        else:
            selections[agency] = f"{agency} {{ {schema.leaves(field.type_name)} }}"
    return selections
