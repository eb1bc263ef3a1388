"""The OpenAPI 3.1 document of a mock, generated from the models that validate its requests."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from pydantic import BaseModel, Field
from pydantic.json_schema import JsonSchemaMode, models_json_schema

from mocks.framework.routes import RouteSpec, status_phrase

REF_TEMPLATE = "#/components/schemas/{model}"


class Health(BaseModel):
    """Liveness of a mock agency (also answers 503 `{"error":"outage"}` during an outage)."""

    status: Literal["ok"] = "ok"
    agency: str = Field(description="the mock's agency name, e.g. nts")


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _parameters(model: type[BaseModel], schemas: dict[str, Any]) -> list[dict[str, Any]]:
    schema = model.model_json_schema(ref_template=REF_TEMPLATE, mode="validation")
    schemas.update(schema.pop("$defs", {}))
    required = set(schema.get("required", ()))
    parameters = []
    for name, prop in schema.get("properties", {}).items():
        parameter = {"name": name, "in": "query", "required": name in required, "schema": prop}
        if "description" in prop:
            parameter["description"] = prop["description"]
        parameters.append(parameter)
    return parameters


Refs = Mapping[tuple[Any, JsonSchemaMode], Any]


_TEMPLATE = re.compile(r"{(\w+)(?::\w+)?}")


def _path_parameters(path: str) -> list[dict[str, Any]]:
    """Each ``{name}`` of a path template, declared as a required string (OpenAPI demands it)."""
    return [
        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        for name in _TEMPLATE.findall(path)
    ]


def _operation(spec: RouteSpec, refs: Refs, schemas: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = {"operationId": spec.operation_id, "summary": spec.summary}
    if spec.description:
        operation["description"] = spec.description
    parameters = _path_parameters(spec.path)
    if spec.query is not None:
        parameters += _parameters(spec.query, schemas)
    if parameters:
        operation["parameters"] = parameters
    if spec.body is not None:
        content = {"application/json": {"schema": refs[(spec.body, "validation")]}}
        operation["requestBody"] = {"required": True, "content": content}
    operation["responses"] = {
        str(status): _json(refs[(model, "serialization")], status_phrase(status))
        for status, model in sorted(spec.responses.items())
    }
    return operation


def build_openapi(
    *, agency: str, title: str, description: str, version: str, routes: Sequence[RouteSpec]
) -> dict[str, Any]:
    """One operation per route plus ``GET /healthz``; ``$defs`` hoisted into components."""
    pairs: list[tuple[type[BaseModel], JsonSchemaMode]] = [(Health, "serialization")]
    for spec in routes:
        if spec.body is not None:
            pairs.append((spec.body, "validation"))
        pairs.extend((model, "serialization") for model in spec.responses.values())
    refs, top = models_json_schema(list(dict.fromkeys(pairs)), ref_template=REF_TEMPLATE)
    schemas: dict[str, Any] = dict(top.get("$defs", {}))
    paths: dict[str, dict[str, Any]] = {
        "/healthz": {
            "get": {
                "operationId": "healthz",
                "tags": [agency],
                "summary": "Liveness of the mock agency",
                "responses": {"200": _json(refs[(Health, "serialization")], "OK")},
            }
        }
    }
    for spec in routes:
        operation = {**_operation(spec, refs, schemas), "tags": [agency]}
        paths.setdefault(spec.path, {})[spec.method.lower()] = operation
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "description": description, "version": version},
        "tags": [{"name": agency}],
        "paths": paths,
        "components": {"schemas": dict(sorted(schemas.items()))},
    }
