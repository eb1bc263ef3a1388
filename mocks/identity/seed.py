"""Loading people into the identity provider: the default seed and the admin upsert."""

from __future__ import annotations

from sqlalchemy import delete, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from mocks.framework import Clock
from mocks.framework.sealing import code_hash, hash_secret, lookup_hash, seal, seed_salt
from mocks.identity.models import Card, OnePassAccount, Person, PhoneLine, SnsAccount
from mocks.identity.people import PEOPLE
from mocks.identity.records import IdentitySeed, PersonRecord


async def load_seed(session: AsyncSession, clock: Clock) -> None:
    """Insert the seed people (`mocks.identity.people.PEOPLE`) into empty tables."""
    await upsert_people(session, clock, IdentitySeed(people=list(PEOPLE)))


async def upsert_people(session: AsyncSession, clock: Clock, seed: IdentitySeed) -> dict[str, int]:
    """Insert or update people by resident number; their lines, cards and accounts are replaced
    by the record's (a phone line, card or login given to someone else moves to this person)."""
    for record in seed.people:
        person = await _upsert_person(session, record)
        await _replace_belongings(session, person.id, record)
    return {"people": len(seed.people)}


async def _upsert_person(session: AsyncSession, record: PersonRecord) -> Person:
    number = record.number
    found = await session.scalar(
        select(Person).where(Person.number_hash == lookup_hash(number.number))
    )
    person = found or Person(
        number_hash=lookup_hash(number.number), number_sealed=seal(number.number)
    )
    person.name, person.name_en = record.name.strip(), record.name_en.strip()
    person.number_masked = number.masked()
    person.birth_date, person.sex = number.birth_date, number.sex.value
    person.foreigner = number.is_foreigner
    person.nationality = "KR" if not number.is_foreigner else record.nationality
    person.email, person.simple_auth = record.email, ",".join(record.simple_auth)
    if found is None:
        session.add(person)
    await session.flush()
    return person


async def _replace_belongings(session: AsyncSession, person_id: int, record: PersonRecord) -> None:
    phones = [line.phone for line in record.phones]
    cards = [lookup_hash(card.number) for card in record.cards]
    logins = [(sns.provider, sns.login_id) for sns in record.sns]
    await session.execute(
        delete(PhoneLine).where(or_(PhoneLine.person_id == person_id, PhoneLine.phone.in_(phones)))
    )
    await session.execute(
        delete(Card).where(or_(Card.person_id == person_id, Card.number_hash.in_(cards)))
    )
    sns_conditions = [SnsAccount.person_id == person_id] + [
        (SnsAccount.provider == provider) & (SnsAccount.login_id == login)
        for provider, login in logins
    ]
    await session.execute(delete(SnsAccount).where(or_(*sns_conditions)))
    onepass_conditions = [OnePassAccount.person_id == person_id]
    if record.onepass is not None:
        onepass_conditions.append(OnePassAccount.onepass_id == record.onepass.onepass_id)
    await session.execute(delete(OnePassAccount).where(or_(*onepass_conditions)))
    session.add_all(_belongings(person_id, record))
    await session.flush()


def _belongings(
    person_id: int, record: PersonRecord
) -> list[PhoneLine | Card | SnsAccount | OnePassAccount]:
    rows: list[PhoneLine | Card | SnsAccount | OnePassAccount] = [
        PhoneLine(
            phone=line.phone, carrier=line.carrier, person_id=person_id, pass_app=line.pass_app
        )
        for line in record.phones
    ]
    for card in record.cards:
        number_hash = lookup_hash(card.number)
        rows.append(
            Card(
                number_hash=number_hash,
                last4=card.number[-4:],
                issuer=card.issuer,
                kind=card.kind,
                expiry=card.expiry,
                password_hash=code_hash(number_hash, card.password_2),
                person_id=person_id,
            )
        )
    for sns in record.sns:
        salt = seed_salt(sns.provider, sns.login_id, sns.password)
        rows.append(
            SnsAccount(
                provider=sns.provider,
                login_id=sns.login_id,
                password_hash=hash_secret(sns.password, salt),
                email=sns.email,
                share_mobile=sns.share_mobile,
                person_id=person_id,
            )
        )
    if record.onepass is not None:
        salt = seed_salt("onepass", record.onepass.onepass_id, record.onepass.password)
        rows.append(
            OnePassAccount(
                onepass_id=record.onepass.onepass_id,
                password_hash=hash_secret(record.onepass.password, salt),
                person_id=person_id,
            )
        )
    return rows
