"""work24SignupAuthenticate (01 가입 인증): 대표자 성명 and 개업일 checked with the NTS (seen by
Work24 the day after a change), then a 공동인증서 of the five CAs, issued for the business,
with the owner check by the 10-digit number typed without hyphens."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.gateway.conftest import Stack
from tests.gateway.work24.support import (
    AUTHENTICATE,
    HANBIT,
    KOREA_EDS,
    authenticate,
    certificate,
    issue,
    run,
    start,
)

NTS_MISMATCH = (  # seed 000 §1.3.4.3 ①
    "국세청에 등록된 사업자등록정보와 일치하지 않습니다. 대표자성명과 개업일을 "
    "재확인해주시기 바랍니다. 정보변경이 필요한 경우 국세청으로 문의하십시오."
)
OWNER_MISMATCH = (  # seed 000 §1.3.4.3 ②
    "인증서 정보와 입력하신 주민등록번호(사업자번호)가 일치하지 않습니다. "
    "확인 후 다시 입력해 주시기 바랍니다."
)

KIND_NOT_ACCEPTED = (  # seed 000 §1.3.3.1 ③ and its bullet
    "회원 가입하려는 “사업자등록번호”로 발급 받은 공동인증서로 확인 - 5개 공동인증서 "
    "발급기관 (금융결제원, 한국증권전산, 한국정보인증, 한국전자인증, 한국무역정보통신) "
    "공동인증서 사용 가능"
)
TYPED_NUMBER_FORMAT = (  # seed 000 §1.3.4.2, its two lines
    "인증서 소유자 확인을 위한 주민등록(사업자등록)번호를 입력하십시오. "
    "(공백이나 '-' 없이 숫자만 입력)"
)


def codes(payload: dict[str, object]) -> list[str]:
    errors = payload["errors"]
    assert isinstance(errors, list)
    return [error["code"] for error in errors]


async def test_representative_name_is_required(stack: Stack) -> None:
    signup = await start(stack, HANBIT)
    given = {"id": signup["id"], "openedOn": HANBIT["opened"]}
    payload = await run(stack, AUTHENTICATE, "work24SignupAuthenticate", given)
    assert payload["errors"][0]["code"] == "REPRESENTATIVE_REQUIRED"
    assert payload["errors"][0]["message"] == "대표자 성명을 입력해 주세요."
    assert payload["errors"][0]["field"] == ["input", "representativeName"]
    assert payload["signup"]["step"] == "AUTHENTICATION"


async def test_opening_date_is_required(stack: Stack) -> None:
    signup = await start(stack, HANBIT)
    given = {"id": signup["id"], "representativeName": HANBIT["rep"]}
    payload = await run(stack, AUTHENTICATE, "work24SignupAuthenticate", given)
    assert payload["errors"][0]["message"] == "개업일을 입력해 주세요."
    assert payload["errors"][0]["field"] == ["input", "openedOn"]


async def test_a_mismatch_with_the_nts_answers_the_manuals_message(stack: Stack) -> None:
    signup = await start(stack, HANBIT)
    issued = await issue(stack, HANBIT["number"], HANBIT["name"])
    cert = await certificate(stack, issued, HANBIT["number"])
    wrong = {**HANBIT, "opened": "2010-03-16"}
    payload = await authenticate(stack, signup["id"], wrong, cert)
    assert payload["errors"][0]["code"] == "NTS_MISMATCH"
    assert payload["errors"][0]["message"] == NTS_MISMATCH
    assert payload["signup"]["step"] == "AUTHENTICATION"


async def test_the_mismatch_in_english(stack: Stack) -> None:
    signup = await start(stack, HANBIT)
    given = {"id": signup["id"], "representativeName": "홍길동", "openedOn": HANBIT["opened"]}
    result = await stack.gateway.execute(
        AUTHENTICATE, {"input": given}, **{"Accept-Language": "en"}
    )
    message = result["data"]["work24SignupAuthenticate"]["errors"][0]["message"]
    assert message.startswith("The details do not match the business registration")


async def test_an_nts_change_reaches_work24_the_next_day(stack: Stack) -> None:
    # given both clocks at one instant, and Work24 linked 한빛's registration
    now = datetime.fromisoformat((await stack.nts.get("/__admin/clock")).json()["now"])
    for mock in (stack.mocks["work24"], stack.nts):
        await mock.post("/__admin/clock", json={"now": now.isoformat()})
    issued = await issue(stack, HANBIT["number"], HANBIT["name"])
    first = await start(stack, HANBIT)
    linked = await authenticate(
        stack, first["id"], HANBIT, await certificate(stack, issued, HANBIT["number"])
    )
    assert linked["errors"] == []
    # when the NTS registers a new representative today
    change = {"businesses": [{"b_no": HANBIT["number"], "p_nm": "김새롬"}]}
    assert (await stack.nts.post("/__admin/seed", json=change)).status_code == 200
    renamed = {**HANBIT, "rep": "김새롬"}
    # then Work24 refuses the new name today
    today = await start(stack, HANBIT)
    cert = await certificate(stack, issued, HANBIT["number"])
    assert codes(await authenticate(stack, today["id"], renamed, cert)) == ["NTS_MISMATCH"]
    # and accepts it tomorrow
    await stack.mocks["work24"].post(
        "/__admin/clock", json={"now": (now + timedelta(days=1)).isoformat()}
    )
    tomorrow = await start(stack, HANBIT)
    cert = await certificate(stack, issued, HANBIT["number"])
    accepted = await authenticate(stack, tomorrow["id"], renamed, cert)
    assert accepted["errors"] == []
    assert accepted["signup"]["step"] == "TERMS"


async def test_a_certificate_is_required(stack: Stack) -> None:
    signup = await start(stack, HANBIT)
    payload = await authenticate(stack, signup["id"], HANBIT, None)
    assert codes(payload) == ["CERTIFICATE_REQUIRED"]


@pytest.mark.parametrize("ca", ["yessign", "signkorea", "kica", "crosscert", "tradesign"])
async def test_a_corporate_certificate_of_each_of_the_five_cas_is_accepted(
    stack: Stack, ca: str
) -> None:
    signup = await start(stack, HANBIT)
    issued = await issue(stack, HANBIT["number"], HANBIT["name"], ca=ca)
    payload = await authenticate(
        stack, signup["id"], HANBIT, await certificate(stack, issued, HANBIT["number"])
    )
    assert payload["errors"] == []
    assert payload["signup"]["step"] == "TERMS"


async def test_a_personal_certificate_is_not_accepted(stack: Stack) -> None:
    signup = await start(stack, HANBIT)
    issued = await issue(stack, "8012101234562", "홍길동", kind="personal", ca="crosscert")
    payload = await authenticate(
        stack, signup["id"], HANBIT, await certificate(stack, issued, HANBIT["number"])
    )
    assert codes(payload) == ["KIND_NOT_ACCEPTED"]
    assert payload["errors"][0]["message"] == KIND_NOT_ACCEPTED


async def test_a_revoked_certificate_is_refused_with_the_cas_reason(stack: Stack) -> None:
    signup = await start(stack, HANBIT)
    issued = await issue(stack, HANBIT["number"], HANBIT["name"])
    revoked = await stack.pki.post(f"/certificates/{issued['serial']}/revoke", json={})
    assert revoked.status_code == 200, revoked.text
    payload = await authenticate(
        stack, signup["id"], HANBIT, await certificate(stack, issued, HANBIT["number"])
    )
    assert codes(payload) == ["CERTIFICATE_REFUSED"]
    assert payload["errors"][0]["reason"] == "REVOKED"


async def test_the_owner_check_number_is_typed_without_hyphens(stack: Stack) -> None:
    signup = await start(stack, HANBIT)
    issued = await issue(stack, HANBIT["number"], HANBIT["name"])
    cert = await certificate(stack, issued, "220-81-00016")
    payload = await authenticate(stack, signup["id"], HANBIT, cert)
    assert codes(payload) == ["TYPED_NUMBER_FORMAT"]
    assert payload["errors"][0]["message"] == TYPED_NUMBER_FORMAT
    assert payload["errors"][0]["field"] == ["input", "certificate", "typedNumber"]


async def test_a_wrong_typed_number_answers_the_manuals_message(stack: Stack) -> None:
    signup = await start(stack, HANBIT)
    issued = await issue(stack, HANBIT["number"], HANBIT["name"])
    cert = await certificate(stack, issued, KOREA_EDS["number"])
    payload = await authenticate(stack, signup["id"], HANBIT, cert)
    assert codes(payload) == ["OWNER_MISMATCH"]
    assert payload["errors"][0]["message"] == OWNER_MISMATCH


async def test_a_certificate_issued_for_another_business_is_refused(stack: Stack) -> None:
    signup = await start(stack, HANBIT)
    issued = await issue(stack, KOREA_EDS["number"], KOREA_EDS["name"])
    cert = await certificate(stack, issued, KOREA_EDS["number"])
    payload = await authenticate(stack, signup["id"], HANBIT, cert)
    assert codes(payload) == ["OWNER_MISMATCH"]
