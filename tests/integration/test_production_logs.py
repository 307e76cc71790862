"""A deployed service (APP_ENV=production) prints nothing but JSON lines."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx2


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_every_line_of_a_production_run_is_json(sqlite_db_path: Path) -> None:
    """Start, one request, SIGTERM: uvicorn's lines and ours all parse as JSON."""
    port = free_port()
    env = {
        "PATH": os.environ["PATH"],
        "APP_ENV": "production",
        "SQLITE_DB_PATH": str(sqlite_db_path),
        "PORT": str(port),
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "python_service"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        status = 0
        deadline = time.monotonic() + 15
        while status != 200 and time.monotonic() < deadline:
            try:
                status = httpx2.get(f"http://127.0.0.1:{port}/health").status_code
            except httpx2.TransportError:
                time.sleep(0.05)
    finally:
        server.send_signal(signal.SIGTERM)
        output, _ = server.communicate(timeout=15)

    assert status == 200
    events = [json.loads(line) for line in output.splitlines()]
    messages = [event["event"] for event in events]
    assert f"Uvicorn running on http://127.0.0.1:{port} (Press CTRL+C to quit)" in (
        messages
    )
    assert "request" in messages
    assert "Shutting down" in messages
