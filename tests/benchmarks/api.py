"""Requests/s and latency of the service on loopback, and the wall time of db-test."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
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
            env |= {"HOST": "127.0.0.1", **environ}
            with running_service(sys.executable, env) as service:
                _load(engine, service.url)


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
