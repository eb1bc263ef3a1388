"""카드본인확인: a personal credit or check card in one's own name proves the person.

Corporate cards are refused before anything else is compared, with the KOTRA manual's
message ("법인카드, 가짜카드, 신분카드 등은 본인확인이 불가능합니다.").
"""

from __future__ import annotations

import hmac
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from mocks.framework import MockContext
from mocks.framework.identifiers import new_id
from mocks.framework.sealing import code_hash, lookup_hash
from mocks.identity import messages
from mocks.identity.agency import route
from mocks.identity.errors import IdentityError
from mocks.identity.messages import IdentityErrorCode
from mocks.identity.models import Card, Person, Verification
from mocks.identity.records import CardIssuer
from mocks.identity.results import identity_result, require_consents, same_name
from mocks.identity.schemas import ServiceConsents, VerificationCompleted
from mocks.identity.sites import site_name

_C = IdentityErrorCode


class CardVerification(BaseModel):
    model_config = ConfigDict(extra="forbid")

    site_code: str
    issuer: CardIssuer = Field(description="카드사: BC, SHINHAN, HYUNDAI, LOTTE, SAMSUNG, NH, …")
    card_number: str = Field(description="카드번호, 15–16 digits (spaces and hyphens allowed)")
    expiry: str = Field(pattern=r"^(0[1-9]|1[0-2])\d{2}$", description="유효기간 MMYY")
    password_2: str = Field(pattern=r"^\d{2}$", description="카드 비밀번호 앞 2자리")
    name: str = Field(min_length=1, max_length=60)
    birth_date: str = Field(pattern=r"^\d{6}$", description="생년월일 YYMMDD")
    sex_digit: str = Field(pattern=r"^[1-8]$", description="주민등록번호 뒷자리 첫 숫자")
    consents: ServiceConsents


def _luhn_ok(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c) * (2 if i % 2 == 1 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _card_number(value: str) -> str:
    digits = value.replace(" ", "").replace("-", "")
    if not (digits.isascii() and digits.isdigit() and 15 <= len(digits) <= 16 and _luhn_ok(digits)):
        raise IdentityError(400, _C.INVALID_CARD_NUMBER, field="card_number")
    return digits


def _expired(expiry: str, now: datetime) -> bool:
    month, year = int(expiry[:2]), 2000 + int(expiry[2:])
    return (year, month) < (now.year, now.month)


def _matches(body: CardVerification, card: Card, person: Person) -> bool:
    return (
        card.issuer == body.issuer
        and card.expiry == body.expiry
        and hmac.compare_digest(card.password_hash, code_hash(card.number_hash, body.password_2))
        and same_name(body.name, person.name)
        and person.number_masked[:8] == f"{body.birth_date}-{body.sex_digit}"
    )


@route(
    "POST",
    "/card/verifications",
    body=CardVerification,
    ok=VerificationCompleted,
    errors=(403, 422),
    summary="카드본인확인 — verify a person by their own personal credit or check card",
    description=(
        "422 CORPORATE_CARD for a 법인카드 (with the manual's message), 422 CARD_MISMATCH when "
        "any detail differs, 422 CARD_EXPIRED past the card's validity."
    ),
)
async def verify_card(ctx: MockContext, body: CardVerification) -> VerificationCompleted:
    site_name(body.site_code)
    require_consents(body.consents)
    number_hash = lookup_hash(_card_number(body.card_number))
    session = await ctx.session()
    card = await session.get(Card, number_hash)
    if card is not None and card.kind == "corporate":
        raise IdentityError(422, _C.CORPORATE_CARD, field="card_number")
    person = None if card is None else await session.get(Person, card.person_id)
    if card is None or person is None or not _matches(body, card, person):
        raise IdentityError(422, _C.CARD_MISMATCH)
    now = ctx.clock.now()
    if _expired(card.expiry, now):
        raise IdentityError(422, _C.CARD_EXPIRED, field="expiry")
    verification = Verification(
        id=new_id("crd"),
        kind="card",
        method="card",
        site_code=body.site_code,
        status="verified",
        person_id=person.id,
        provider=card.issuer,
        wrong_tries=0,
        resends=0,
        created_at=now,
        expires_at=now,
        completed_at=now,
    )
    session.add(verification)
    return VerificationCompleted(
        message=messages.VERIFIED_MESSAGE, result=identity_result(verification, person)
    )
