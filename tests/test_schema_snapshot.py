"""The committed schema.graphql is the public contract: it must match the code."""

from __future__ import annotations

from pathlib import Path

from gateway.schema import schema

SNAPSHOT = Path(__file__).parents[1] / "gateway" / "schema" / "schema.graphql"


def test_committed_schema_matches_the_code() -> None:
    current = schema.as_str() + "\n"
    assert SNAPSHOT.read_text(encoding="utf-8") == current, (
        "gateway/schema/schema.graphql is stale: run "
        "`uv run agency-gateway schema > gateway/schema/schema.graphql` and review the diff"
    )


def test_every_type_and_field_has_a_description() -> None:
    missing = []
    for name, graphql_type in schema._schema.type_map.items():
        if name.startswith("__") or name in {"String", "Boolean", "Int", "Float", "ID"}:
            continue
        if not graphql_type.description:
            missing.append(name)
        for field_name, field in getattr(graphql_type, "fields", {}).items():
            if not field.description:
                missing.append(f"{name}.{field_name}")
    assert missing == []


def test_schema_business_kinds_are_koreakits_kinds() -> None:
    from gateway.schema.business.enums import BusinessKind
    from koreakit.brn import BusinessKind as Kind

    assert [(k.name, k.value) for k in BusinessKind] == [(k.name, k.value) for k in Kind]
