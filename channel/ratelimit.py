"""A token bucket: a burst of messages, then a steady rate."""
from __future__ import annotations

import time
from typing import Callable


class TokenBucket:
    """Allows `burst` events at once and `per_minute` on average."""

    def __init__(self, per_minute: float, burst: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = max(0.1, float(per_minute)) / 60.0
        self.capacity = max(1, int(burst))
        self._tokens = float(self.capacity)
        self._clock = clock
        self._last = clock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
        self._last = now

    def allow(self) -> bool:
        """Take one token if there is one."""
        self._refill()
        if self._tokens >= 1:
            self._tokens -= 1
            return True
        return False

    def retry_after(self) -> float:
        """Seconds until the next event would be allowed."""
        self._refill()
        return 0.0 if self._tokens >= 1 else round((1 - self._tokens) / self.rate, 1)
