"""외국인 실명확인: does this name belong to this foreigner registration number?

As the KOSME manual describes NICE's 실명확인 service: the number is used only to check that
name and number belong together and is not kept by the relying party. The answer is a result
code, not an identity: MATCH, MISMATCH, or NOT_FOUND (no such registration).
"""

from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from koreakit import rrn
from koreakit.errors import InvalidIdentifierError
from mocks.framework import MockContext
from mocks.framework.sealing import lookup_hash
from mocks.identity.agency import route
from mocks.identity.errors import IdentityError
from mocks.identity.messages import IdentityErrorCode
from mocks.identity.models import Person
from mocks.identity.results import same_name
from mocks.identity.sites import site_name

RESULT_MESSAGES: Final = {
    "MATCH": "실명확인이 완료되었습니다.",
    "MISMATCH": "입력하신 성명과 외국인등록번호가 일치하지 않습니다.",
    "NOT_FOUND": "실명확인 정보가 없습니다. 외국인등록번호를 확인해 주세요.",
}


class ForeignerCheck(BaseModel):
    model_config = ConfigDict(extra="forbid")

    site_code: str
    name: str = Field(min_length=1, max_length=100, description="이름 as on the registration card")
    foreigner_number: str = Field(description="외국인등록번호, 13 digits (hyphen allowed)")


class ForeignerCheckResult(BaseModel):
    result: Literal["MATCH", "MISMATCH", "NOT_FOUND"]
    message: str
    name: str
    foreigner_number_masked: str = Field(description="750620-5******")


@route(
    "POST",
    "/foreigner/real-name",
    body=ForeignerCheck,
    ok=ForeignerCheckResult,
    errors=(403,),
    summary="외국인 실명확인 — check a name against a foreigner registration number",
    description="400 INVALID_FOREIGNER_NUMBER for a malformed number or a citizen's number.",
)
async def check_foreigner(ctx: MockContext, body: ForeignerCheck) -> ForeignerCheckResult:
    site_name(body.site_code)
    try:
        number = rrn.validate_foreigner(body.foreigner_number, today=ctx.clock.now().date())
    except InvalidIdentifierError as error:
        raise IdentityError(
            400,
            IdentityErrorCode.INVALID_FOREIGNER_NUMBER,
            field="foreigner_number",
            message=error.message_ko,
        ) from None
    person = await (await ctx.session()).scalar(
        select(Person).where(Person.number_hash == lookup_hash(number.number))
    )
    if person is None:
        result: Literal["MATCH", "MISMATCH", "NOT_FOUND"] = "NOT_FOUND"
    elif same_name(body.name, person.name) or (
        person.name_en and same_name(body.name, person.name_en)
    ):
        result = "MATCH"
    else:
        result = "MISMATCH"
    return ForeignerCheckResult(
        result=result,
        message=RESULT_MESSAGES[result],
        name=body.name.strip(),
        foreigner_number_masked=number.masked(),
    )
