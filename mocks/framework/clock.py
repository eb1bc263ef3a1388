"""The mock clock: real time in Asia/Seoul unless a test freezes or advances it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _seoul() -> tzinfo:
    try:
        return ZoneInfo("Asia/Seoul")
    except ZoneInfoNotFoundError:  # no tz database installed; Korea has had no DST since 1988
        return timezone(timedelta(hours=9), "KST")


SEOUL: tzinfo = _seoul()


class Clock:
    """Time source of one mock agency.

    Every time-dependent rule reads :meth:`now`. The admin API can freeze the clock at an
    instant, move it forward (a frozen clock moves its instant; a running one gains an offset)
    or return it to real time.
    """

    def __init__(self) -> None:
        self._frozen_at: datetime | None = None
        self._offset = timedelta(0)

    def now(self) -> datetime:
        """The current instant, timezone-aware, in Asia/Seoul."""
        if self._frozen_at is not None:
            return self._frozen_at
        return datetime.now(SEOUL) + self._offset

    @property
    def frozen(self) -> bool:
        return self._frozen_at is not None

    def freeze(self, at: datetime) -> None:
        """Stop the clock at ``at``; a naive value is read as Seoul local time."""
        aware = at.replace(tzinfo=SEOUL) if at.tzinfo is None else at
        self._frozen_at = aware.astimezone(SEOUL)

    def advance(self, seconds: float) -> None:
        delta = timedelta(seconds=seconds)
        if self._frozen_at is not None:
            self._frozen_at += delta
        else:
            self._offset += delta

    def reset(self) -> None:
        """Back to real time."""
        self._frozen_at = None
        self._offset = timedelta(0)
