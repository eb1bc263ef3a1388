"""One-time codes: sent by SMS (the outbox) or shown on screen, kept as a keyed hash bound to the
record they were sent for, refused once expired, and locking that record after too many wrong
tries.

The record is an agency's own table (an identity verification, a 금융인증서 session) with the
columns of `CodeHolder`; `OneTimeCodes` holds the agency's try limit and the errors it answers.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from mocks.framework.errors import AgencyError
from mocks.framework.sealing import code_hash


class CodeHolder(Protocol):
    """A record a code is sent for: the columns the code rules read and write."""

    id: str
    code_hash: str | None
    code_expires_at: datetime | None
    wrong_tries: int

    def lock(self) -> None:
        """Too many wrong codes: the record cannot be finished any more (its status)."""


def new_code(digits: int = 6) -> str:
    """A random code of ``digits`` digits, leading zeros kept."""
    return f"{secrets.randbelow(10**digits):0{digits}d}"


@dataclass(frozen=True, slots=True)
class OneTimeCodes:
    """An agency's rules for the codes of one kind of record, and the errors that answer them.

    Attributes:
        max_wrong_tries: the wrong code that reaches it locks the record.
        error: the agency's error type, raised with one of its codes:
        expired: 410 once ``code_expires_at`` has passed;
        wrong: 422 with the tries left;
        too_many_tries: 423 (``tries_left`` 0) for the wrong code that locks the record.
    """

    max_wrong_tries: int
    error: type[AgencyError]
    expired: StrEnum
    wrong: StrEnum
    too_many_tries: StrEnum

    def issue(self, holder: CodeHolder) -> str:
        """A new 6-digit code for ``holder``, to send; the previous one stops working."""
        code = new_code()
        holder.code_hash = code_hash(holder.id, code)
        return code

    def tries_left(self, holder: CodeHolder) -> int:
        return self.max_wrong_tries - holder.wrong_tries

    def refuse_expired(self, holder: CodeHolder, now: datetime, field: str = "code") -> None:
        """Raises: the agency's error, 410 ``expired``, once the code's time is up."""
        if holder.code_expires_at is not None and now > holder.code_expires_at:
            raise self.error(410, self.expired, field=field)

    def check(self, holder: CodeHolder, code: str, now: datetime) -> None:
        """Accept ``code`` if it is the holder's unexpired code.

        Raises:
            AgencyError: 410 ``expired``; else a wrong code, counted (`wrong_try`).
        """
        self.refuse_expired(holder, now)
        expected = holder.code_hash
        if expected is None or not hmac.compare_digest(expected, code_hash(holder.id, code)):
            raise self.wrong_try(holder)

    def wrong_try(self, holder: CodeHolder) -> AgencyError:
        """Count a wrong code; the error to raise (422, or 423 when this one locks)."""
        holder.wrong_tries += 1
        left = self.tries_left(holder)
        if left <= 0:
            holder.code_hash = None
            holder.lock()
            return self.error(423, self.too_many_tries, field="code", tries_left=0)
        return self.error(422, self.wrong, field="code", tries_left=left)
