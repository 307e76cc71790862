"""`just fuzz`: serve on SQLite, then PostgreSQL if configured, and fuzz each one.

Schemathesis reads the service's own /openapi.json, generates requests from it (valid
and invalid ones) and checks every answer against it (`--checks all`). The seed and
the number of examples are fixed, so a run is repeatable and takes well under a minute.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from python_service.storage.sqlite_schema import deploy_sqlite_plan

from tests.integration.service_process import running_service
from tests.support.paths import ROOT

SEED = 2
MAX_EXAMPLES = 100
"""Per operation and phase: some 300 to 400 cases over the three operations."""
SERVICE = {
    "APP_ENV": "test",
    "LOG_LEVEL": "WARNING",
    "HOST": "127.0.0.1",
    "RATE_LIMIT_PER_S": "0",  # off: one address sends every case, as fast as it can
}


def fuzz(base_url: str, scratch: Path) -> int:
    """Run Schemathesis against `base_url`; return its exit code (0: no failure)."""
    command = [
        "schemathesis",
        "run",
        f"{base_url}/openapi.json",
        "--checks=all",
        f"--seed={SEED}",
        f"--max-examples={MAX_EXAMPLES}",
        "--generation-database=none",
        "--no-color",
    ]
    print("fuzz: $", " ".join(command), flush=True)
    # Schemathesis keeps a cache of past failures in its working folder: not here.
    return subprocess.run(command, cwd=scratch, check=False).returncode


def main() -> int:
    """Fuzz each engine; 1 if a run failed or PostgreSQL is required but unset."""
    engines: dict[str, dict[str, str]] = {}
    failed = []
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        deploy_sqlite_plan(ROOT / "db" / "sqlite", scratch / "app.sqlite")
        engines["sqlite"] = {
            "DATABASE_URL": "",
            "SQLITE_DB_PATH": str(scratch / "app.sqlite"),
        }
        if postgres := os.environ.get("TEST_DATABASE_URL"):
            engines["postgres"] = {"DATABASE_URL": postgres}
        elif os.environ.get("REQUIRE_POSTGRES", "") not in ("", "0"):
            print("fuzz: REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not")
            failed.append("postgres")
        else:
            print("fuzz: postgres skipped (TEST_DATABASE_URL is not set)")
        for engine, database in engines.items():
            print(f"fuzz: {engine}", flush=True)
            env = {**os.environ, **SERVICE, **database}
            with running_service(sys.executable, env, cwd=ROOT) as service:
                if fuzz(service.url, scratch) != 0:
                    failed.append(engine)
    if failed:
        print(f"fuzz: FAILED on {', '.join(failed)}")
        return 1
    print(f"fuzz: no failure on {', '.join(engines)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
