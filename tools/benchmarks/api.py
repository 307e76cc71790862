"""Requests/s and latency of the service on loopback, and the wall time of db-test."""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx2

from tests.integration.service_process import running_service
from tests.support.paths import ROOT

REQUESTS = 1_000
"""Per route and engine: 1,000 POST /users and 1,000 GET /users/{id}."""
THREADS = 4
DEADLINE_S = 20.0
LOAD_CLIENTS = 32
"""The load run: this many clients at once, each with its own connection..."""
LOAD_SECONDS = 30.0
"""...for this long, each creating a user and reading it back, over and over."""
SERVICE_LIMITS = {"RATE_LIMIT_PER_S": "1000000", "RATE_LIMIT_BURST": "1000000"}
"""The rate limit runs but never refuses: one address sends all of the load here."""


def main() -> None:
    """Time `just db-test`, then load each configured engine and print the numbers."""
    if shutil.which("sqitch") is None:
        print("db-test: skipped (sqitch is not installed); the API needs its database")
        return
    start = time.perf_counter()
    subprocess.run(["just", "db-test"], cwd=ROOT, check=True, capture_output=True)
    print(f"db-test wall time: {time.perf_counter() - start:.2f} s")
    with tempfile.TemporaryDirectory() as scratch:
        database = Path(scratch) / "app.sqlite"
        pristine = os.environ.get("SQLITE_TEST_DB_PATH") or "var/test.sqlite"
        shutil.copy(ROOT / pristine, database)
        engines = {"sqlite": {"SQLITE_DB_PATH": str(database), "DATABASE_URL": ""}}
        if postgres := os.environ.get("TEST_DATABASE_URL"):
            engines["postgres"] = {"DATABASE_URL": postgres}
        else:
            print("postgres: skipped (TEST_DATABASE_URL is not set)")
        for engine, environ in engines.items():
            env = {**os.environ, "APP_ENV": "production", "LOG_LEVEL": "WARNING"}
            env |= {"HOST": "127.0.0.1", **SERVICE_LIMITS, **environ}
            with running_service(sys.executable, env) as service:
                _load(engine, service.url)
                print(f"{engine:8} {asyncio.run(_clients_at_once(service.url))}")


def _load(engine: str, base_url: str) -> None:
    """POST then GET, REQUESTS each, from THREADS threads; print rate and latency."""
    run_id = time.time_ns()
    posted = _measure(
        base_url,
        lambda http, i: http.post(
            "/users", json={"email": f"bench{run_id}.{i}@example.com", "name": "Bench"}
        ),
    )
    ids = [int(response.json()["id"]) for response in posted.responses]
    got = _measure(base_url, lambda http, i: http.get(f"/users/{ids[i % len(ids)]}"))
    for route, result in (("POST /users", posted), ("GET /users/{id}", got)):
        print(f"{engine:8} {route:16} {result.summary()}")


@dataclass(frozen=True)
class _Result:
    """One measured batch: its wall time, each request's latency and response."""

    seconds: float
    latencies: list[float]
    responses: list[httpx2.Response]

    def summary(self) -> str:
        """Requests/s, p50 and p99 latency, and how many answers were 2xx."""
        rate = len(self.latencies) / self.seconds
        cuts = [cut * 1000 for cut in statistics.quantiles(self.latencies, n=100)]
        ok = sum(1 for response in self.responses if response.is_success)
        return (
            f"{rate:6.0f} req/s  p50 {cuts[49]:6.2f} ms  p99 {cuts[98]:6.2f} ms"
            f"  ({ok}/{len(self.responses)} 2xx)"
        )


def _measure(
    base_url: str, request: Callable[[httpx2.Client, int], httpx2.Response]
) -> _Result:
    deadline = time.monotonic() + DEADLINE_S

    def worker(offset: int) -> list[tuple[float, httpx2.Response]]:
        timed: list[tuple[float, httpx2.Response]] = []
        with httpx2.Client(base_url=base_url, timeout=10) as http:
            for i in range(offset, REQUESTS, THREADS):
                if time.monotonic() > deadline:
                    break
                start = time.perf_counter()
                response = request(http, i)
                timed.append((time.perf_counter() - start, response))
        return timed

    start = time.perf_counter()
    with ThreadPoolExecutor(THREADS) as pool:
        batches = list(pool.map(worker, range(THREADS)))
    seconds = time.perf_counter() - start
    timed = [item for batch in batches for item in batch]
    return _Result(seconds, [t for t, _ in timed], [r for _, r in timed])


async def _clients_at_once(base_url: str) -> str:
    """LOAD_CLIENTS clients for LOAD_SECONDS: req/s, p50, p99 and the errors."""
    run_id = time.time_ns()
    latencies: list[float] = []
    errors = 0

    async def timed(request: Awaitable[httpx2.Response]) -> httpx2.Response | None:
        """Await the request, record its latency; an error answer or none counts."""
        nonlocal errors
        start = time.perf_counter()
        try:
            response = await request
        except httpx2.HTTPError:
            response = None
        latencies.append(time.perf_counter() - start)
        errors += response is None or not response.is_success
        return response

    async def client(number: int) -> None:
        async with httpx2.AsyncClient(base_url=base_url, timeout=10) as http:
            for i in itertools.count():
                if time.monotonic() > deadline:
                    return
                email = f"load{run_id}.{number}.{i}@example.com"
                posted = await timed(
                    http.post("/users", json={"email": email, "name": "L"})
                )
                if posted is not None and posted.is_success:
                    await timed(http.get(f"/users/{posted.json()['id']}"))

    start = time.perf_counter()
    deadline = time.monotonic() + LOAD_SECONDS
    await asyncio.gather(*(client(number) for number in range(LOAD_CLIENTS)))
    seconds = time.perf_counter() - start
    cuts = [cut * 1000 for cut in statistics.quantiles(latencies, n=100)]
    return (
        f"{LOAD_CLIENTS} clients, {seconds:.0f} s"
        f"  {len(latencies) / seconds:6.0f} req/s"
        f"  p50 {cuts[49]:6.2f} ms  p99 {cuts[98]:6.2f} ms"
        f"  ({errors}/{len(latencies)} errors)"
    )
