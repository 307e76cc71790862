"""Run `python -m python_service` as a real process on a free loopback port."""

from __future__ import annotations

import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx2

STARTUP_TIMEOUT_S = 15.0


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class ServiceProcess:
    """A started service: its base URL, and everything it printed once stopped."""

    url: str
    output: str = field(default="")


@contextmanager
def running_service(
    python: str, env: dict[str, str], cwd: Path | None = None
) -> Iterator[ServiceProcess]:
    """Start the service with `python`, wait until /health answers 200, then SIGTERM.

    `env` is the whole environment; `PORT` is set to a free port.
    """
    port = free_port()
    server = subprocess.Popen(
        [python, "-m", "python_service"],
        env={**env, "PORT": str(port)},
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    service = ServiceProcess(f"http://127.0.0.1:{port}")
    try:
        _wait_until_healthy(service.url, server)
        yield service
    finally:
        server.send_signal(signal.SIGTERM)
        service.output, _ = server.communicate(timeout=15)


def _wait_until_healthy(url: str, server: subprocess.Popen[str]) -> None:
    """Poll /health until 200; fail with the process's output if it never comes."""
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    with httpx2.Client() as http:  # one client: making one takes ~25 ms
        while time.monotonic() < deadline and server.poll() is None:
            try:
                if http.get(f"{url}/health").status_code == 200:
                    return
            except httpx2.TransportError:
                time.sleep(0.05)
    server.kill()
    output, _ = server.communicate(timeout=15)
    raise AssertionError(f"the service at {url} never answered /health:\n{output}")
