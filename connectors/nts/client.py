"""NtsConnector: the NTS business status, validation and registry calls."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import httpx
import pydantic

from connectors.base import BaseConnector
from connectors.errors import UpstreamRejectedError
from connectors.nts.payloads import (
    ErrorBody,
    RegistryResponse,
    StatusResponse,
    ValidateResponse,
    to_registration,
    to_status,
    to_validation,
    validation_body,
)
from connectors.nts.records import (
    NtsRegistration,
    NtsStatus,
    NtsValidation,
    NtsValidationRequest,
)


class NtsConnector(BaseConnector):
    """Client of ``/api/nts-businessman/v1``; the service key travels in the query string.

    Every method takes any number of items and makes ``ceil(n / 100)`` calls in parallel, the
    API's limit being 100 numbers a request. All three calls are pure reads sent as POST, so
    they are declared idempotent and retried when the agency is briefly unavailable.
    """

    agency = "nts"
    MAX_BATCH = 100
    BASE_PATH = "/api/nts-businessman/v1"

    def __init__(self, client: httpx.AsyncClient, *, service_key: str, **options: Any) -> None:
        super().__init__(client, **options)
        self.service_key = service_key

    async def status(self, numbers: Sequence[str]) -> dict[str, NtsStatus]:
        """상태조회: the status of each number (10 digits), keyed by number."""
        responses = await self._post_batches("/status", "b_no", list(numbers))
        rows = [row for r in responses for row in self.decode(r, StatusResponse).data]
        return {row.b_no: to_status(row) for row in rows}

    async def validate(self, requests: Sequence[NtsValidationRequest]) -> list[NtsValidation]:
        """진위확인: whether each number, opening date and representative match, in order."""
        bodies = [validation_body(request) for request in requests]
        responses = await self._post_batches("/validate", "businesses", bodies)
        return [
            to_validation(row) for r in responses for row in self.decode(r, ValidateResponse).data
        ]

    async def registry(self, numbers: Sequence[str]) -> dict[str, NtsRegistration]:
        """Registry details for autofill (an extension of the mock, not of the real API)."""
        responses = await self._post_batches("/registry", "b_no", list(numbers))
        rows = [row for r in responses for row in self.decode(r, RegistryResponse).data]
        return {row.b_no: to_registration(row) for row in rows}

    async def _post_batches(self, path: str, key: str, items: list[Any]) -> list[httpx.Response]:
        params = {"serviceKey": self.service_key, "returnType": "JSON"}
        if len(items) <= self.MAX_BATCH:  # one call: awaited here, no task to schedule
            one = await self.request(
                "POST", self.BASE_PATH + path, params=params, json={key: items}, idempotent=True
            )
            return [one]
        calls = [
            self.request(
                "POST",
                self.BASE_PATH + path,
                params=params,
                json={key: list(chunk)},
                idempotent=True,
            )
            for chunk in _chunks(items, self.MAX_BATCH)
        ]
        return list(await asyncio.gather(*calls))

    def rejected(self, response: httpx.Response) -> UpstreamRejectedError:
        """Read the NTS error (``status_code``) or the API gateway's key error (``code``)."""
        try:
            body = ErrorBody.model_validate_json(response.content)
        except pydantic.ValidationError:
            return super().rejected(response)
        if body.status_code:
            return UpstreamRejectedError(
                self.agency, response.status_code, body.status_code, body.message or ""
            )
        if body.code is not None:
            return UpstreamRejectedError(
                self.agency, response.status_code, str(body.code), body.msg or ""
            )
        return super().rejected(response)


def _chunks(items: list[Any], size: int) -> list[list[Any]]:
    return [items[start : start + size] for start in range(0, len(items), size)]
