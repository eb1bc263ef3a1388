"""The ``/__admin`` API every mock shares: reset, seed, clock, outbox, faults, call counts.

Errors are ``{"error": <code>, "detail": ...}``: 400 for bad JSON, 422 for invalid input,
404 for an unknown fault id.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from mocks.framework.faults import FaultSpec
from mocks.framework.outbox import clear_messages, list_messages
from mocks.framework.runtime import AgencyRuntime

if TYPE_CHECKING:
    from mocks.framework.agency import MockAgency

ModelT = TypeVar("ModelT", bound=BaseModel)
Endpoint = Callable[[Request], Awaitable[Response]]


class ClockUpdate(BaseModel):
    """``{"now": "<iso>"}`` freezes the clock there; ``{"advance_seconds": N}`` moves it on."""

    model_config = ConfigDict(extra="forbid")

    now: datetime | None = None
    advance_seconds: float | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> ClockUpdate:
        if (self.now is None) == (self.advance_seconds is None):
            raise ValueError("give exactly one of 'now' or 'advance_seconds'")
        return self


class OutboxQuery(BaseModel):
    to: str | None = None
    channel: Literal["sms", "email"] | None = None


class AdminInputError(Exception):
    def __init__(self, response: Response) -> None:
        self.response = response


def _invalid(error: ValidationError) -> AdminInputError:
    detail = error.errors(include_url=False, include_context=False, include_input=False)
    return AdminInputError(JSONResponse({"error": "invalid_input", "detail": detail}, 422))


async def parse_body(request: Request, model: type[ModelT]) -> ModelT:
    try:
        return model.model_validate_json(await request.body())
    except ValidationError as error:
        if any(detail["type"] == "json_invalid" for detail in error.errors()):
            body = {"error": "bad_json", "detail": "the request body is not valid JSON"}
            raise AdminInputError(JSONResponse(body, 400)) from error
        raise _invalid(error) from error


def _admin(handler: Endpoint) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        try:
            return await handler(request)
        except AdminInputError as error:
            return error.response

    return endpoint


def admin_routes(agency: MockAgency, runtime: AgencyRuntime) -> list[Route]:
    """The admin routes of one app instance, bound to its runtime."""

    async def reset(request: Request) -> Response:
        await agency.reset(runtime)
        return JSONResponse({"ok": True})

    async def seed(request: Request) -> Response:
        if not (await request.body()).strip():
            return JSONResponse({"ok": True, "counts": await agency.reload_seed(runtime)})
        if agency.seed_model is None or agency.upsert is None:
            detail = f"{agency.name} takes no seed records"
            body = {"error": "seed_records_not_supported", "detail": detail}
            return JSONResponse(body, 400)
        payload = await parse_body(request, agency.seed_model)
        try:
            async with runtime.db.unit_of_work() as session:
                counts = await agency.upsert(session, runtime.clock, payload)
        except ValueError as error:  # the agency refused a record; nothing was written
            return JSONResponse({"error": "invalid_input", "detail": str(error)}, 422)
        return JSONResponse({"ok": True, "counts": dict(counts)})

    async def clock(request: Request) -> Response:
        if request.method == "POST":
            update = await parse_body(request, ClockUpdate)
            if update.now is not None:
                runtime.clock.freeze(update.now)
            elif update.advance_seconds is not None:
                runtime.clock.advance(update.advance_seconds)
        elif request.method == "DELETE":
            runtime.clock.reset()
        now = runtime.clock.now().isoformat()
        return JSONResponse({"now": now, "frozen": runtime.clock.frozen})

    async def outbox(request: Request) -> Response:
        async with runtime.db.unit_of_work() as session:
            if request.method == "DELETE":
                return JSONResponse({"ok": True, "deleted": await clear_messages(session)})
            try:
                query = OutboxQuery.model_validate(dict(request.query_params))
            except ValidationError as error:
                raise _invalid(error) from error
            messages = await list_messages(session, to=query.to, channel=query.channel)
        return JSONResponse({"messages": [m.model_dump(mode="json") for m in messages]})

    async def faults(request: Request) -> Response:
        if request.method == "POST":
            fault = runtime.faults.add(await parse_body(request, FaultSpec))
            return JSONResponse({"id": fault.id, "fault": fault.model_dump()})
        if request.method == "DELETE":
            return JSONResponse({"ok": True, "deleted": runtime.faults.clear()})
        return JSONResponse({"faults": [fault.model_dump() for fault in runtime.faults.all()]})

    async def fault(request: Request) -> Response:
        fault_id: int = request.path_params["fault_id"]
        if not runtime.faults.remove(fault_id):
            return JSONResponse({"error": "fault_not_found", "detail": {"id": fault_id}}, 404)
        return JSONResponse({"ok": True, "deleted": 1})

    async def calls(request: Request) -> Response:
        if request.method == "DELETE":
            runtime.calls.reset()
            return JSONResponse({"ok": True})
        return JSONResponse(runtime.calls.snapshot())

    table: list[tuple[str, Endpoint, list[str]]] = [
        ("/__admin/reset", reset, ["POST"]),
        ("/__admin/seed", seed, ["POST"]),
        ("/__admin/clock", clock, ["GET", "POST", "DELETE"]),
        ("/__admin/outbox", outbox, ["GET", "DELETE"]),
        ("/__admin/faults", faults, ["GET", "POST", "DELETE"]),
        ("/__admin/faults/{fault_id:int}", fault, ["DELETE"]),
        ("/__admin/calls", calls, ["GET", "DELETE"]),
    ]
    return [Route(path, _admin(handler), methods=methods) for path, handler, methods in table]
