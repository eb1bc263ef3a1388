"""The NTS business-registration API mock (국세청 사업자등록정보 진위확인 및 상태조회).

Same paths, query, JSON shapes and error bodies as ``https://api.odcloud.kr/api/nts-businessman/v1``
(korea-domain.md §1), plus one extension, ``/registry``, marked as such. Run it alone with
``uv run uvicorn --factory mocks.nts.app:create_app --port 8101``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from pydantic import BaseModel
from starlette.applications import Starlette
from starlette.responses import JSONResponse, Response

from mocks.framework import IN_MEMORY_URL, MockAgency, MockContext, RequestProblem
from mocks.framework.read_cache import cached_rows
from mocks.nts import messages, rules
from mocks.nts.models import NtsBase
from mocks.nts.records import NtsSeed
from mocks.nts.schemas import (
    BusinessNumbers,
    GatewayKeyError,
    NtsError,
    RegistryResponse,
    ServiceQuery,
    StatusResponse,
    ValidateRequest,
    ValidateResponse,
)
from mocks.nts.seed import load_seed, upsert_businesses

DEFAULT_SERVICE_KEY: Final = "test-service-key"
BASE_PATH: Final = "/api/nts-businessman/v1"


def _error(status_code: str, http_status: int) -> Response:
    return JSONResponse({"status_code": status_code}, http_status)


async def _check_service_key(ctx: MockContext) -> Response | None:
    """The API gateway refuses a missing or unknown key before the NTS sees the request."""
    if ctx.request.query_params.get("serviceKey") in ctx.options["service_keys"]:
        return None
    body = {"code": messages.UNREGISTERED_KEY_CODE, "msg": messages.UNREGISTERED_KEY_MESSAGE}
    return JSONResponse(body, 401)


def _answer_problem(problem: RequestProblem) -> Response:
    """More than 100 items → 413; a missing or empty list or field → 411; anything else the
    body does not fit (bad JSON, wrong types) → 400."""
    types = {str(error["type"]) for error in problem.errors}
    if problem.kind == "not_found":
        return _error(messages.NOT_FOUND_SERVICE, 404)
    if problem.kind == "method_not_allowed":
        return _error("HTTP_ERROR", 405)
    if "too_long" in types:
        return _error(messages.TOO_LARGE_REQUEST, 413)
    if problem.kind == "invalid_body" and types & {"missing", "too_short"}:
        return _error(messages.REQUEST_DATA_MALFORMED, 411)
    return _error(messages.BAD_JSON_REQUEST, 400)


agency = MockAgency(
    name="nts",
    title="NTS business registration (mock)",
    description=(
        "Mock of the National Tax Service's 사업자등록정보 진위확인 및 상태조회 API "
        "(data.go.kr 15081808): same paths and JSON shapes; at most 100 items per call."
    ),
    version="1.1.0",
    base=NtsBase,
    seed=load_seed,
    seed_model=NtsSeed,
    upsert=upsert_businesses,
    guard=_check_service_key,
    on_problem=_answer_problem,
)

_ERRORS: Final[dict[int, type[BaseModel]]] = {
    400: NtsError,
    401: GatewayKeyError,
    411: NtsError,
    413: NtsError,
}


@agency.route(
    "POST",
    f"{BASE_PATH}/status",
    body=BusinessNumbers,
    query=ServiceQuery,
    responses={200: StatusResponse, **_ERRORS},
    summary="사업자등록 상태조회 — business status of up to 100 numbers",
    description="Rows in request order; an unregistered number still gets a row (b_stt empty).",
    operation_id="businessStatus",
)
async def status(ctx: MockContext, body: BusinessNumbers) -> StatusResponse:
    found = await cached_rows(ctx, "businesses", body.b_no, rules.find_businesses)
    return rules.status_response(body.b_no, found)


@agency.route(
    "POST",
    f"{BASE_PATH}/validate",
    body=ValidateRequest,
    query=ServiceQuery,
    responses={200: ValidateResponse, **_ERRORS},
    summary="사업자등록정보 진위확인 — check number, opening date and representative",
    description="valid 01 with the status row when everything given matches, else 02.",
    operation_id="businessValidate",
)
async def validate(ctx: MockContext, body: ValidateRequest) -> ValidateResponse:
    numbers = [business.b_no for business in body.businesses]
    found = await cached_rows(ctx, "businesses", numbers, rules.find_businesses)
    rows = [rules.validate_row(given, found.get(given.b_no)) for given in body.businesses]
    valid = sum(1 for row in rows if row.valid == messages.VALID)
    return ValidateResponse(request_cnt=len(rows), valid_cnt=valid, data=rows)


@agency.route(
    "POST",
    f"{BASE_PATH}/registry",
    body=BusinessNumbers,
    query=ServiceQuery,
    responses={200: RegistryResponse, **_ERRORS},
    summary="Registration details of up to 100 numbers (mock extension, NOT part of the real API)",
    description=(
        "Not offered by the real NTS API: stands in for the registry data that Work24 and KOTRA "
        "autofill from (상호, 대표자, 개업일, 주소, 전화, 팩스). Unregistered numbers get a row "
        "with only b_no."
    ),
    operation_id="businessRegistry",
)
async def registry(ctx: MockContext, body: BusinessNumbers) -> RegistryResponse:
    found = await cached_rows(ctx, "businesses", body.b_no, rules.find_businesses)
    rows = [rules.registry_row(b_no, found.get(b_no)) for b_no in body.b_no]
    matched = sum(1 for b_no in body.b_no if b_no in found)
    return RegistryResponse(request_cnt=len(rows), match_cnt=matched, data=rows)


def create_app(
    database_url: str = IN_MEMORY_URL,
    *,
    service_keys: Sequence[str] = (DEFAULT_SERVICE_KEY,),
    **options: Any,
) -> Starlette:
    """A new NTS mock app; ``service_keys`` are the serviceKey values it accepts."""
    return agency.create_app(database_url, service_keys=frozenset(service_keys), **options)
