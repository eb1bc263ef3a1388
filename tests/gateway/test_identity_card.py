"""카드본인확인 through the graph: a personal card verifies at once; a 법인카드 is refused with
the KOTRA manual's message."""

from __future__ import annotations

from typing import Any

from mocks.identity import people
from tests.gateway.conftest import Stack

START = """
mutation Start($input: IdentityVerificationStartInput!) {
  identityVerificationStart(input: $input) {
    verification { step method verified verificationId person { name residentNumberMasked } }
    errors { code field message }
  }
}
"""
CONSENTS = {"personalInfo": True, "uniqueId": True, "serviceTerms": True}
CORPORATE_CARD_MESSAGE = "법인카드, 가짜카드, 신분카드 등은 본인확인이 불가능합니다."  # seed 002


def card_of(
    person: people.PersonRecord, index: int, birth_date: str, sex_digit: str
) -> dict[str, Any]:
    card = person.cards[index]
    return {
        "issuer": card.issuer,
        "cardNumber": card.number,
        "expiry": people.CARD_EXPIRY,
        "password2": people.CARD_PASSWORD_2,
        "name": person.name,
        "birthDate": birth_date,
        "sexDigit": sex_digit,
        "consents": CONSENTS,
    }


HONG_CARD = card_of(people.HONG_GILDONG, 0, "1980-12-10", "1")
YU_CORPORATE_CARD = card_of(people.YU_JEONGYEOL, 1, "1965-08-27", "1")


async def start(stack: Stack, card: dict[str, Any], **headers: str) -> dict[str, Any]:
    result = await stack.gateway.execute(START, {"input": {"card": card}}, **headers)
    payload: dict[str, Any] = result["data"]["identityVerificationStart"]
    return payload


async def test_personal_card_verifies_the_person_at_once(stack: Stack) -> None:
    payload = await start(stack, HONG_CARD)
    assert payload["errors"] == []
    flow = payload["verification"]
    assert (flow["step"], flow["method"], flow["verified"]) == ("VERIFIED", "CARD", True)
    assert flow["person"] == {"name": "홍길동", "residentNumberMasked": "801210-1******"}
    assert flow["verificationId"]


async def test_corporate_card_is_refused_with_the_seeds_message(stack: Stack) -> None:
    # when 유정열 uses KOTRA's 법인카드
    payload = await start(stack, YU_CORPORATE_CARD)
    # then
    [error] = payload["errors"]
    assert (error["code"], error["field"]) == ("CORPORATE_CARD", ["input", "card", "cardNumber"])
    assert error["message"] == CORPORATE_CARD_MESSAGE
    assert payload["verification"] is None


async def test_corporate_card_refusal_is_explained_in_english(stack: Stack) -> None:
    payload = await start(stack, YU_CORPORATE_CARD, **{"Accept-Language": "en"})
    assert payload["errors"][0]["message"].startswith("Corporate cards cannot be used")


async def test_card_number_with_a_bad_check_digit_is_refused_before_the_provider(
    stack: Stack,
) -> None:
    number = HONG_CARD["cardNumber"]
    bad = number[:-1] + str((int(number[-1]) + 1) % 10)
    payload = await start(stack, {**HONG_CARD, "cardNumber": bad})
    assert payload["errors"][0]["code"] == "INVALID_CARD_NUMBER"
    calls = (await stack.identity.get("/__admin/calls")).json()["calls"]
    assert calls.get("POST /card/verifications", 0) == 0
