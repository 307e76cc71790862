"""A rate limit per client address: a token bucket each, and 429 past it."""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

MAX_CLIENTS = 10_000
"""Buckets kept at most; the least recently seen address loses its bucket first."""


@dataclass
class TokenBucket:
    """Holds up to `burst` tokens, refilled at `per_second`; a request takes one."""

    per_second: float
    burst: int
    tokens: float
    updated: float

    def take(self, now: float) -> float:
        """Take a token and return 0, or return the seconds until there is one."""
        elapsed = now - self.updated
        self.tokens = min(self.burst, self.tokens + elapsed * self.per_second)
        self.updated = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.per_second


class RateLimit:
    """ASGI middleware: one bucket per client address; an empty bucket is a 429."""

    def __init__(
        self,
        app: ASGIApp,
        per_second: float,
        burst: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app = app
        self.per_second = per_second
        self.burst = burst
        self.clock = clock
        self.buckets: OrderedDict[str, TokenBucket] = OrderedDict()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, or answer 429 with Retry-After in whole seconds."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        wait = self._bucket(scope).take(self.clock())
        if wait == 0:
            await self.app(scope, receive, send)
            return
        seconds = math.ceil(wait)
        response = JSONResponse(
            {"detail": f"Too many requests from your address; retry in {seconds} s."},
            status_code=429,
            headers={"Retry-After": str(seconds)},
        )
        await response(scope, receive, send)

    def _bucket(self, scope: Scope) -> TokenBucket:
        """The bucket of the request's client address, made full on first sight."""
        client = scope.get("client")
        address = client[0] if client else ""
        bucket = self.buckets.get(address)
        if bucket is not None:
            self.buckets.move_to_end(address)
            return bucket
        bucket = TokenBucket(self.per_second, self.burst, self.burst, self.clock())
        self.buckets[address] = bucket
        if len(self.buckets) > MAX_CLIENTS:
            self.buckets.popitem(last=False)
        return bucket
