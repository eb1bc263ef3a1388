"""The `ResidentNumber` input scalar: format and birth date are checked at parse time, before any
agency is called; the legacy check digit is not (numbers since October 2020 have none); the
number is never repeated in a response or a log line, and it can never be answered."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from graphql import GraphQLInterfaceType, GraphQLObjectType, get_named_type

from gateway.schema import schema
from gateway.schema.scalars import SCALARS, ResidentNumber
from koreakit import rrn
from tests.gateway.conftest import Stack
from tests.gateway.gov24.support import APPLY, START, form, logged_in, nonce, start
from tests.mocks.gov24.support import HONG, holder

BAD_FORMAT = "801210-123456"  # 12 digits
BAD_DATE = "801310-1234567"  # month 13
FUTURE = "991231-4234567"  # 2099-12-31 (the 7th digit 4 puts it in the 2000s)
POST_2020 = ("박새봄", "0101013482958")
"""A number of the post-October-2020 kind: random tail, so the legacy check digit fails."""


async def agency_calls(stack: Stack) -> int:
    calls = (await stack.mocks["gov24"].get("/__admin/calls")).json()["calls"]
    return sum(calls.values())


async def start_raw(stack: Stack, number: str, **headers: str) -> dict[str, Any]:
    who = await holder(stack.pki, HONG)
    proof = who.proof(await nonce(stack))
    result: dict[str, Any] = await stack.gateway.execute(
        START, {"input": {"proof": proof, "residentNumber": number}}, **headers
    )
    return result


@pytest.mark.parametrize(
    ("number", "reason"),
    [(BAD_FORMAT, "RRN_FORMAT"), (BAD_DATE, "RRN_BIRTH_DATE"), (FUTURE, "RRN_BIRTH_DATE")],
)
async def test_a_bad_number_is_refused_before_any_agency_is_called(
    stack: Stack, number: str, reason: str
) -> None:
    # given a mock that has been called by nobody
    assert await agency_calls(stack) == 0
    # when a login is started with a malformed number
    result = await start_raw(stack, number)
    # then the whole operation is refused as bad input, naming the reason
    assert result.get("data") is None
    [error] = result["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["reason"] == reason
    assert "주민등록번호" in error["message"]
    assert "residentNumber" in error["message"]
    # and the agency was never called
    assert await agency_calls(stack) == 0


async def test_the_refusal_is_in_english_on_request(stack: Stack) -> None:
    result = await start_raw(stack, BAD_DATE, **{"Accept-Language": "en"})
    assert "not a real date" in result["errors"][0]["message"]


async def test_an_inline_literal_is_refused_too(stack: Stack) -> None:
    # given the number written into the document instead of a variable
    who = await holder(stack.pki, HONG)
    proof = who.proof(await nonce(stack))
    document = (
        "mutation($proof: CertificateProofInput!) { gov24IssuanceStart(input: "
        f'{{proof: $proof, residentNumber: "{BAD_DATE}"}}) {{ errors {{ code }} }} }}'
    )
    # when it is sent
    result = await stack.gateway.execute(document, {"proof": proof})
    # then it is refused as bad input without repeating the number
    [error] = result["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert BAD_DATE not in json.dumps(result, ensure_ascii=False)
    assert await agency_calls(stack) == 0


async def test_a_refused_number_is_never_echoed_in_the_answer_or_the_logs(
    stack: Stack, caplog: pytest.LogCaptureFixture
) -> None:
    # given numbers that fail in the form of the issuance, not only at login
    _, issuance, _ = await logged_in(stack)
    refused = [BAD_FORMAT, BAD_DATE, "8013101234567", FUTURE]
    with caplog.at_level(logging.DEBUG):
        answers = [await start_raw(stack, n) for n in refused]
        answers.append(
            await stack.gateway.execute(
                APPLY, {"input": form(issuance["id"], residentNumber=BAD_DATE)}
            )
        )
    # then every answer is a BAD_USER_INPUT and no text repeats any of the numbers
    text = json.dumps(answers, ensure_ascii=False) + caplog.text
    assert all(a["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT" for a in answers)
    for number in refused:
        assert number not in text
        assert number.replace("-", "") not in text
        assert number.replace("-", "")[6:] not in text  # not even the tail


async def test_a_number_without_a_legacy_check_digit_is_accepted(stack: Stack) -> None:
    # given a person approved with a post-2020 number (its last digit fails the old checksum)
    digits = POST_2020[1]
    assert not rrn.validate(digits).checksum_ok
    granted = await stack.mocks["gov24"].post(
        "/__admin/approvals",
        json={
            "name": POST_2020[0],
            "resident_number": digits,
            "method": "mobile",
            "phone": "010-7777-0001",
        },
    )
    assert granted.status_code == 201, granted.text
    # when they log in with it
    started = await start(stack, await holder(stack.pki, POST_2020), digits)
    # then the gateway let it through and the agency logged them in
    assert started["errors"] == []
    assert started["issuance"]["step"] == "IDENTITY_CHECK"


def test_serialising_a_resident_number_raises() -> None:
    serialize = SCALARS[ResidentNumber].serialize
    assert serialize is not None
    with pytest.raises(TypeError, match="input-only") as raised:
        serialize(rrn.validate(HONG[1]))
    assert HONG[1] not in str(raised.value)


def test_no_field_of_the_graph_answers_a_resident_number() -> None:
    # every output field of every object and interface type of the schema
    outputs = [
        f"{named.name}.{name}"
        for named in schema._schema.type_map.values()
        if isinstance(named, GraphQLObjectType | GraphQLInterfaceType)
        for name, field in named.fields.items()
        if get_named_type(field.type).name == "ResidentNumber"
    ]
    assert outputs == []
    assert "ResidentNumber" in schema._schema.type_map  # and the scalar is in the schema


async def test_the_parsed_number_reaches_the_agency_whole(stack: Stack) -> None:
    # a hyphenated number is accepted and logs in the right person
    started = await start(stack, await holder(stack.pki, HONG), f"{HONG[1][:6]}-{HONG[1][6:]}")
    assert started["errors"] == []
    assert started["issuance"]["approval"]["residentNumberMasked"] == "801210-1******"
