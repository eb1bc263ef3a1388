"""업종 검색: the industry list the 정보입력 form searches (static data, data/industries.json)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from mocks.framework import MockContext
from mocks.work24.agency import route
from mocks.work24.schemas import Industry, IndustryList

_DATA = Path(__file__).parent / "data" / "industries.json"
MAX_RESULTS = 50


@functools.cache
def industries() -> dict[str, Industry]:
    """Every industry by code, in the file's order."""
    rows = json.loads(_DATA.read_text(encoding="utf-8"))
    return {row["code"]: Industry.model_validate(row) for row in rows}


def search(keyword: str) -> list[Industry]:
    """Industries whose name or code contains ``keyword`` (spaces ignored), at most 50."""
    wanted = "".join(keyword.split())
    found = [
        industry
        for industry in industries().values()
        if wanted in "".join(industry.name.split()) or industry.code.startswith(wanted)
    ]
    return found[:MAX_RESULTS]


class IndustryQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    q: str = Field("", max_length=50, description="part of the name, or a code prefix")


@route("GET", "/industries", ok=IndustryList, summary="업종 검색 — search the industry list")
async def search_industries(ctx: MockContext) -> IndustryList:
    query = IndustryQuery.model_validate(dict(ctx.request.query_params))
    return IndustryList(industries=search(query.q))
