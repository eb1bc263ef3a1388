"""기존 회원의 통합회원 전환: old ID and password → choose the account → password reset (필수) →
revised terms (필수) → an unaffiliated general member, who registers the affiliation again."""

from __future__ import annotations

from typing import Any

from mocks.kotra import seed
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import LOGIN, MEMBER_FIELDS, TERMS, advance_clock, data, log_in

LEGACY_LOGIN = """
mutation ($input: KotraLegacyLoginInput!) {
  kotraLegacyLogin(input: $input) {
    conversion { id name accounts { loginId memberClass homepage companyName joinedOn converted } }
    errors { code message } } }"""
CONVERT = f"""
mutation ($input: KotraLegacyConvertInput!) {{
  kotraLegacyConvert(input: $input) {{ member {{ {MEMBER_FIELDS} }} sessionToken message
    errors {{ code field }} }} }}"""
CONVERTED = (
    "고객님께서 KOTRA 통합 일반회원(기업미소속)으로 가입이 완료되었습니다. "
    "통합회원체계 변경에 따라 기존 기업회원들은 모두 소속기업을 재등록해주셔야 합니다. "
    "아래의 '소속기업 등록'버튼을 클릭하신 후 "
    "기업 범용 인증서 혹은 소속기업에서 등록된 승인 비밀번호 (6자리)를 입력해주시면 "
    "KOTRA 통합 일반회원(기업소속)으로 전환됩니다."
)


async def legacy_login(stack: Stack, password: str = seed.LEGACY_PASSWORD) -> dict[str, Any]:
    variables = {"input": {"loginId": "yoonharim", "password": password}}
    payload: dict[str, Any] = (await data(stack, LEGACY_LOGIN, variables))["kotraLegacyLogin"]
    return payload


async def convert(stack: Stack, flow_id: str, **changes: Any) -> dict[str, Any]:
    given = {
        "id": flow_id,
        "loginId": "yoonharim",
        "password": "Harim-new-pass1!",
        "passwordConfirm": "Harim-new-pass1!",
        "terms": TERMS,
    } | changes
    payload: dict[str, Any] = (await data(stack, CONVERT, {"input": given}))["kotraLegacyConvert"]
    return payload


async def test_legacy_login_lists_the_persons_accounts(stack: Stack) -> None:
    payload = await legacy_login(stack)
    conversion = payload["conversion"]
    assert conversion["name"] == "윤하림"
    assert [(a["loginId"], a["memberClass"]) for a in conversion["accounts"]] == [
        ("yoonharim", "기업 정회원"),
        ("yoonharim2", "개인회원"),
    ]


async def test_a_wrong_legacy_password_is_refused(stack: Stack) -> None:
    payload = await legacy_login(stack, "wrong")
    assert payload["errors"][0]["code"] == "LEGACY_LOGIN_FAILED"


async def test_conversion_makes_an_unaffiliated_general_member(stack: Stack) -> None:
    flow_id = (await legacy_login(stack))["conversion"]["id"]
    payload = await convert(stack, flow_id)
    assert payload["errors"] == []
    member = payload["member"]
    assert (member["loginId"], member["memberClass"], member["company"]) == (
        "yoonharim",
        "GENERAL",
        None,
    )
    assert payload["sessionToken"]
    assert payload["message"] == CONVERTED
    again = await legacy_login(stack)
    assert again["errors"][0]["code"] == "LEGACY_ALREADY_CONVERTED"


async def test_conversion_requires_a_new_password_and_the_revised_terms(stack: Stack) -> None:
    flow_id = (await legacy_login(stack))["conversion"]["id"]
    weak = await convert(stack, flow_id, password="legacy", passwordConfirm="legacy")
    assert weak["errors"][0]["code"] == "INVALID_PASSWORD"
    no_terms = await convert(stack, flow_id, terms=TERMS | {"termsOfUse": False})
    assert no_terms["errors"][0]["code"] == "TERMS_REQUIRED"


async def test_the_chosen_account_may_be_the_other_one(stack: Stack) -> None:
    flow_id = (await legacy_login(stack))["conversion"]["id"]
    stranger = await convert(stack, flow_id, loginId=seed.HONG_LOGIN_ID)
    assert stranger["errors"][0] == {"code": "LEGACY_LOGIN_FAILED", "field": ["input", "loginId"]}
    payload = await convert(stack, flow_id, loginId="yoonharim2")
    assert payload["member"]["loginId"] == "yoonharim2"


AFFILIATE = """
mutation ($input: KotraAffiliationInput!) {
  kotraAffiliationRegister(input: $input) {
    member { memberClass company { name } } errors { code } } }"""


async def test_a_converted_member_registers_the_affiliation_again(stack: Stack) -> None:
    flow_id = (await legacy_login(stack))["conversion"]["id"]
    token = (await convert(stack, flow_id))["sessionToken"]
    variables = {
        "input": {"businessNumber": seed.EDS_NUMBER, "approvalPassword": seed.EDS_APPROVAL_PASSWORD}
    }
    payload = await data(stack, AFFILIATE, variables, Authorization=f"Bearer {token}")
    member = payload["kotraAffiliationRegister"]["member"]
    assert (member["memberClass"], member["company"]["name"]) == (
        "GENERAL_APPROVAL_PASSWORD",
        "(주)한국이디에스",
    )


async def test_the_password_reset_must_be_confirmed(stack: Stack) -> None:
    flow_id = (await legacy_login(stack))["conversion"]["id"]
    payload = await convert(stack, flow_id, passwordConfirm="Harim-new-pass2!")
    assert payload["errors"] == [
        {"code": "PASSWORD_MISMATCH", "field": ["input", "passwordConfirm"]}
    ]
    assert payload["member"] is None


async def test_the_converted_member_logs_in_with_the_new_password_only(stack: Stack) -> None:
    # given yoonharim converted with a new password
    flow_id = (await legacy_login(stack))["conversion"]["id"]
    assert (await convert(stack, flow_id))["errors"] == []
    # then the integrated login takes the new password, not the old one
    await log_in(stack, "yoonharim", "Harim-new-pass1!")
    old = {"input": {"loginId": "yoonharim", "password": seed.LEGACY_PASSWORD}}
    assert (await data(stack, LOGIN, old))["kotraLogin"]["errors"][0]["code"] == "LOGIN_FAILED"


async def test_a_conversion_expires_after_thirty_minutes(stack: Stack) -> None:
    flow_id = (await legacy_login(stack))["conversion"]["id"]
    await advance_clock(stack, 31 / (24 * 60))
    payload = await convert(stack, flow_id)
    assert payload["errors"][0]["code"] == "FLOW_EXPIRED"
