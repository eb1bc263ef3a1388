"""CircuitBreaker states: closed → open → half-open → closed or open again."""

from __future__ import annotations

from connectors.breaker import BreakerState, CircuitBreaker


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def opened(clock: FakeClock) -> CircuitBreaker:
    breaker = CircuitBreaker(failure_threshold=3, reset_timeout=10, clock=clock)
    for _ in range(3):
        breaker.record_failure()
    return breaker


def test_breaker_opens_after_the_threshold_of_consecutive_failures() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(failure_threshold=3, clock=clock)
    breaker.record_failure()
    breaker.record_failure()
    assert breaker.allow()
    breaker.record_failure()
    assert not breaker.allow()


def test_a_success_resets_the_failure_count() -> None:
    breaker = CircuitBreaker(failure_threshold=2, clock=FakeClock())
    breaker.record_failure()
    breaker.record_success()
    breaker.record_failure()
    assert breaker.state is BreakerState.CLOSED


def test_after_the_reset_timeout_exactly_one_probe_passes() -> None:
    clock = FakeClock()
    breaker = opened(clock)
    clock.now = 10
    assert breaker.state is BreakerState.HALF_OPEN
    assert breaker.allow()
    assert not breaker.allow()


def test_a_successful_probe_closes_the_breaker() -> None:
    clock = FakeClock()
    breaker = opened(clock)
    clock.now = 10
    breaker.allow()
    breaker.record_success()
    assert breaker.state is BreakerState.CLOSED


def test_a_failed_probe_reopens_for_another_timeout() -> None:
    clock = FakeClock()
    breaker = opened(clock)
    clock.now = 10
    breaker.allow()
    breaker.record_failure()
    clock.now = 15
    assert breaker.state is BreakerState.OPEN
    clock.now = 20
    assert breaker.state is BreakerState.HALF_OPEN


def test_a_cancelled_probe_frees_the_slot() -> None:
    clock = FakeClock()
    breaker = opened(clock)
    clock.now = 10
    breaker.allow()
    breaker.record_cancelled()
    assert breaker.allow()
