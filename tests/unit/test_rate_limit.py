"""The rate limit: a token bucket per client address, and 429 with Retry-After."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from python_service.api import rate_limit
from python_service.api.rate_limit import RateLimit, TokenBucket


class Clock:
    """A clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        """The current time, in seconds."""
        return self.now


async def hello(request: Request) -> PlainTextResponse:
    """The app behind the limit."""
    return PlainTextResponse("hello")


def limited(clock: Clock, per_second: float = 1.0, burst: int = 2) -> RateLimit:
    """An app that answers `hello`, behind a rate limit that reads `clock`."""
    app = Starlette(routes=[Route("/", hello)])
    return RateLimit(app, per_second=per_second, burst=burst, clock=clock)


def test_a_full_bucket_serves_the_burst_then_says_when() -> None:
    """Two tokens: two requests pass; the third learns it may retry in 1/rate s."""
    bucket = TokenBucket(per_second=4.0, burst=2, tokens=2, updated=0.0)

    waits = [bucket.take(now=0.0) for _ in range(3)]

    assert waits == [0.0, 0.0, 0.25]


def test_the_bucket_refills_at_the_rate_up_to_the_burst() -> None:
    """An hour idle leaves the bucket full, not an hour's worth of tokens."""
    bucket = TokenBucket(per_second=1.0, burst=2, tokens=0, updated=0.0)

    bucket.take(now=3600.0)

    assert bucket.tokens == 1


def test_past_the_burst_is_429_with_retry_after() -> None:
    """The third request in the same instant is refused, saying when to come back."""
    client = TestClient(limited(Clock()))

    statuses = [client.get("/").status_code for _ in range(2)]
    refused = client.get("/")

    assert statuses == [200, 200]
    assert (refused.status_code, refused.headers["retry-after"]) == (429, "1")
    assert refused.json() == {
        "detail": "Too many requests from your address; retry in 1 s."
    }


def test_retry_after_is_whole_seconds_rounded_up() -> None:
    """At 0.4 requests a second the next token is 2.5 s away: Retry-After is 3."""
    client = TestClient(limited(Clock(), per_second=0.4, burst=1))

    client.get("/")

    assert client.get("/").headers["retry-after"] == "3"


def test_the_client_may_come_back_after_retry_after() -> None:
    """Waiting the time Retry-After gave is enough."""
    clock = Clock()
    client = TestClient(limited(clock))
    for _ in range(2):
        client.get("/")

    clock.now += int(client.get("/").headers["retry-after"])

    assert client.get("/").status_code == 200


def test_each_address_has_its_own_bucket() -> None:
    """One client spending its burst does not refuse another."""
    app = limited(Clock())
    noisy = TestClient(app, client=("192.0.2.1", 50000))
    quiet = TestClient(app, client=("192.0.2.2", 50000))
    for _ in range(3):
        noisy.get("/")

    assert quiet.get("/").status_code == 200


def test_the_least_recently_seen_address_is_forgotten_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past MAX_CLIENTS buckets the oldest goes, so memory stays bounded."""
    monkeypatch.setattr(rate_limit, "MAX_CLIENTS", 2)
    app = limited(Clock())
    for address in ["192.0.2.1", "192.0.2.2", "192.0.2.1", "192.0.2.3"]:
        TestClient(app, client=(address, 50000)).get("/")

    assert list(app.buckets) == ["192.0.2.1", "192.0.2.3"]
