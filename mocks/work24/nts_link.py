"""가입인증's NTS check, with the overnight link: Work24 sees NTS changes the next day.

The manual (seed 000 §1.3.4.3 ①): "국세청 정보는 익일 새벽 연계되므로, 당일 정보가 변경된
경우에는 익일 재가입 시도 필요". Work24 keeps the registration as it last linked it
(`NtsLink`). A record the NTS changed before today (Asia/Seoul, Work24's mock clock) has been
linked: it is checked with the NTS validate API and the link refreshed. A record changed today
is not linked yet: the check uses the previous link, and a business with none is unknown.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from mocks.framework import SEOUL, MockContext
from mocks.framework.peer_calls import nts_request, nts_validate
from mocks.work24.errors import Work24Error
from mocks.work24.messages import Work24ErrorCode
from mocks.work24.models import NtsLink

_C = Work24ErrorCode


def opening_date_digits(value: str, field: str = "opening_date") -> str:
    """``2023-11-01`` or ``20231101`` → ``20231101``. Raises: OPENING_DATE_REQUIRED."""
    digits = value.strip().replace("-", "").replace(".", "")
    if not re.fullmatch(r"\d{8}", digits):
        raise Work24Error(400, _C.OPENING_DATE_REQUIRED, field=field)
    try:
        date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        raise Work24Error(400, _C.OPENING_DATE_REQUIRED, field=field) from None
    return digits


def required_identity(representative_name: str, opening_date: str) -> tuple[str, str]:
    """대표자 성명 and 개업일, both required (in that order)."""
    name = " ".join(representative_name.split())
    if not name:
        raise Work24Error(400, _C.REPRESENTATIVE_REQUIRED, field="representative_name")
    if not opening_date.strip():
        raise Work24Error(400, _C.OPENING_DATE_REQUIRED, field="opening_date")
    return name, opening_date_digits(opening_date)


async def _registry_row(ctx: MockContext, number: str) -> dict[str, str] | None:
    answer = await nts_request(ctx, "registry", {"b_no": [number]})
    rows = answer.get("data") or []
    row: dict[str, str] | None = rows[0] if rows and rows[0].get("p_nm") else None
    return row


def _linked_overnight(updated_at: str, now: datetime) -> bool:
    changed = datetime.fromisoformat(updated_at)
    changed = changed.replace(tzinfo=SEOUL) if changed.tzinfo is None else changed
    return changed.astimezone(SEOUL).date() < now.astimezone(SEOUL).date()


def _refresh(link: NtsLink | None, number: str, row: dict[str, str], now: datetime) -> NtsLink:
    link = link or NtsLink(business_number=number)
    link.representative_name = row.get("p_nm2") or row["p_nm"]
    link.opening_date = row["start_dt"]
    link.company_name = row.get("b_nm", "")
    link.zip_code = row.get("zip_code", "")
    link.address = row.get("b_adr", "")
    link.business_phone = row.get("b_tel", "")
    link.industry_code = row.get("industry_code", "")
    link.nts_updated_at = datetime.fromisoformat(row["updated_at"])
    link.linked_at = now
    return link


async def check(ctx: MockContext, number: str, name: str, opened: str) -> NtsLink:
    """The linked registration when 대표자 성명 and 개업일 match it. Raises: NTS_MISMATCH."""
    db, now = await ctx.session(), ctx.clock.now()
    link = await db.get(NtsLink, number)
    row = await _registry_row(ctx, number)
    if row is not None and row.get("updated_at") and _linked_overnight(row["updated_at"], now):
        given = {"b_no": number, "start_dt": opened, "p_nm": name}
        if not (await nts_validate(ctx, [given]))[0].valid:
            raise Work24Error(422, _C.NTS_MISMATCH, field="representative_name")
        link = _refresh(link, number, row, now)
        db.add(link)
        return link
    if link is None or not _same(link, name, opened):
        raise Work24Error(422, _C.NTS_MISMATCH, field="representative_name")
    return link


def _same(link: NtsLink, name: str, opened: str) -> bool:
    return "".join(link.representative_name.split()) == "".join(name.split()) and (
        link.opening_date == opened
    )


async def linked(ctx: MockContext, number: str) -> NtsLink | None:
    """The registration as Work24 linked it (what 정보입력 shows)."""
    return await (await ctx.session()).get(NtsLink, number)
