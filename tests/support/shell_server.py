"""A shell command serving until stopped: in its own session, awaited, stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import IO


class ServerStoppedError(RuntimeError):
    """The command exited before its URL answered."""


def start_server(
    command: str, cwd: Path, env: dict[str, str], output: IO[str] | int
) -> subprocess.Popen[str]:
    """Run `command` with bash in a new session (so all it starts can be stopped)."""
    return subprocess.Popen(
        ["bash", "-c", command],
        cwd=cwd,
        env=env,
        stdout=output,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def answers(url: str) -> bool:
    """Whether anything answers at `url` now."""
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except OSError:
        return False


def wait_until_answers(
    server: subprocess.Popen[str], url: str, deadline_s: float
) -> None:
    """Return once `url` answers; raise ServerStoppedError or TimeoutError first."""
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise ServerStoppedError(f"exited {server.returncode} before serving {url}")
        if answers(url):
            return
        time.sleep(0.25)
    raise TimeoutError(f"nothing answered at {url} in {deadline_s:.0f} s")


def stop_server(server: subprocess.Popen[str]) -> None:
    """Stop the server's whole session: SIGTERM, then SIGKILL after 15 s."""
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
