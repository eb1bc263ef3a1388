"""/openapi.json: generated from the models that validate requests."""

from __future__ import annotations

from typing import Any

import httpx

from mocks.nts.schemas import BusinessNumbers, StatusRow, ValidateBusiness
from tests.mocks.support import NTS_BASE

OPERATIONS = {
    ("post", f"{NTS_BASE}/status"): "businessStatus",
    ("post", f"{NTS_BASE}/validate"): "businessValidate",
    ("post", f"{NTS_BASE}/registry"): "businessRegistry",
    ("get", "/healthz"): "healthz",
}


def resolve(document: dict[str, Any], ref: str) -> dict[str, Any]:
    name = ref.removeprefix("#/components/schemas/")
    schema: dict[str, Any] = document["components"]["schemas"][name]
    return schema


async def openapi(nts: httpx.AsyncClient) -> dict[str, Any]:
    response = await nts.get("/openapi.json")
    assert response.status_code == 200
    document: dict[str, Any] = response.json()
    return document


async def test_document_lists_each_route_with_an_operation_id(nts: httpx.AsyncClient) -> None:
    document = await openapi(nts)
    assert document["openapi"].startswith("3.1")
    found = {
        (method, path): operation["operationId"]
        for path, item in document["paths"].items()
        for method, operation in item.items()
    }
    assert found == OPERATIONS


async def test_request_body_schema_comes_from_the_request_model(nts: httpx.AsyncClient) -> None:
    document = await openapi(nts)
    operation = document["paths"][f"{NTS_BASE}/status"]["post"]
    ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    schema = resolve(document, ref)
    assert schema["properties"]["b_no"]["maxItems"] == 100
    assert set(schema["properties"]) == set(BusinessNumbers.model_fields)


async def test_response_schemas_come_from_the_response_models(nts: httpx.AsyncClient) -> None:
    document = await openapi(nts)
    responses = document["paths"][f"{NTS_BASE}/status"]["post"]["responses"]
    assert set(responses) == {"200", "400", "401", "411", "413"}
    ok = resolve(document, responses["200"]["content"]["application/json"]["schema"]["$ref"])
    row = resolve(document, ok["properties"]["data"]["items"]["$ref"])
    assert set(row["properties"]) == set(StatusRow.model_fields)
    validate_item = document["components"]["schemas"]["ValidateBusiness"]
    assert set(validate_item["required"]) == {"b_no", "start_dt", "p_nm"}
    assert set(validate_item["properties"]) == set(ValidateBusiness.model_fields)


async def test_service_key_is_a_required_query_parameter(nts: httpx.AsyncClient) -> None:
    document = await openapi(nts)
    parameters = document["paths"][f"{NTS_BASE}/validate"]["post"]["parameters"]
    service_key = next(p for p in parameters if p["name"] == "serviceKey")
    assert (service_key["in"], service_key["required"]) == ("query", True)


async def test_every_reference_resolves_to_a_component(nts: httpx.AsyncClient) -> None:
    document = await openapi(nts)

    def refs(node: object) -> list[str]:
        if isinstance(node, dict):
            own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
            return own + [ref for value in node.values() for ref in refs(value)]
        if isinstance(node, list):
            return [ref for value in node for ref in refs(value)]
        return []

    for ref in refs(document):
        assert resolve(document, ref)


async def test_registry_is_marked_as_not_part_of_the_real_api(nts: httpx.AsyncClient) -> None:
    document = await openapi(nts)
    assert (
        "NOT part of the real API" in document["paths"][f"{NTS_BASE}/registry"]["post"]["summary"]
    )


async def test_healthz_names_the_agency(nts: httpx.AsyncClient) -> None:
    response = await nts.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"status": "ok", "agency": "nts"})
