"""Retry policy for safe upstream calls: exponential backoff with full jitter."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a safe call is retried after the agency was unavailable.

    ``attempts`` counts the first try; the n-th retry waits a random time in
    ``[0, min(max_backoff, base_backoff * 2**n)]`` (full jitter, so replicas do not retry in step).
    """

    attempts: int = 3
    base_backoff: float = 0.05
    max_backoff: float = 1.0
    rng: random.Random = field(default_factory=random.Random, compare=False)

    def backoff(self, retry: int) -> float:
        """Seconds to wait before retry number ``retry`` (0-based)."""
        return self.rng.uniform(0, min(self.max_backoff, self.base_backoff * 2**retry))


NO_RETRY = RetryPolicy(attempts=1)
