"""A deployed service (APP_ENV=production) prints nothing but JSON lines."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from tests.integration.service_process import running_service


def test_every_line_of_a_production_run_is_json(sqlite_db_path: Path) -> None:
    """Start, one request (the health check), SIGTERM: every line parses as JSON."""
    env = {
        "PATH": os.environ["PATH"],
        "APP_ENV": "production",
        "SQLITE_DB_PATH": str(sqlite_db_path),
    }

    with running_service(sys.executable, env) as service:
        pass

    events = [json.loads(line) for line in service.output.splitlines()]
    messages = [event["event"] for event in events]
    assert f"Uvicorn running on {service.url} (Press CTRL+C to quit)" in messages
    assert "request" in messages
    assert "Shutting down" in messages
