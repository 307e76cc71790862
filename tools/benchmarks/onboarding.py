"""Time a newcomer: clone, `uv sync --locked`, the README's start and test commands."""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
import time
from pathlib import Path

from tests.support.paths import ROOT
from tests.support.shell_server import (
    ServerStoppedError,
    start_server,
    stop_server,
    wait_until_answers,
)

DOCS_URL = "http://127.0.0.1:8000/"
SERVE_DEADLINE_S = 180.0
CHECK_TARGET_S = 60.0
TOTAL_TARGET_S = 300.0
NEWCOMER_BLOCK = re.compile(
    r"<!-- newcomer-commands -->(?P<block>.*?)<!-- /newcomer-commands -->", re.S
)


def readme_commands(readme: str) -> tuple[str, list[str]]:
    """The README's newcomer commands: serve the docs, then the checks."""
    found = NEWCOMER_BLOCK.search(readme)
    if found is None:
        raise SystemExit("onboarding: README.md has no newcomer-commands markers")
    commands = [
        line.split("#", 1)[0].strip()
        for line in found["block"].splitlines()
        if line.startswith("uv run ")
    ]
    if len(commands) < 2:
        raise SystemExit(f"onboarding: expected a start and a check, got {commands}")
    return commands[0], commands[1:]


def environment() -> dict[str, str]:
    """This environment without the caller's virtualenv (a newcomer has none)."""
    return {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}


def timed(command: str, cwd: Path) -> float:
    """Run a command with bash, fail loudly if it fails, return its wall time."""
    started = time.perf_counter()
    subprocess.run(["bash", "-c", command], cwd=cwd, env=environment(), check=True)
    return time.perf_counter() - started


def time_to_docs(command: str, cwd: Path) -> float:
    """Start the docs server, wait until it answers on port 8000, stop it; the wait."""
    started = time.perf_counter()
    server = start_server(command, cwd, environment(), subprocess.DEVNULL)
    try:
        wait_until_answers(server, DOCS_URL, SERVE_DEADLINE_S)
        return time.perf_counter() - started
    except (ServerStoppedError, TimeoutError) as error:
        raise SystemExit(f"onboarding: `{command}` {error}") from None
    finally:
        stop_server(server)


def main() -> None:
    """Print each step's wall time beside the playbook's targets."""
    with tempfile.TemporaryDirectory(prefix="onboarding-") as scratch:
        clone = Path(scratch) / "python-service-workflow"
        times = {"git clone": timed(f"git clone --quiet file://{ROOT} {clone}", ROOT)}
        start, checks = readme_commands((clone / "README.md").read_text("utf-8"))
        times["uv sync --locked"] = timed("uv sync --locked --quiet", clone)
        times[start] = time_to_docs(start, clone)
        for check in checks:
            times[check] = timed(check, clone)
    for step, seconds in times.items():
        target = ""
        if "just check" in step:
            verdict = "ok" if seconds < CHECK_TARGET_S else "OVER TARGET"
            target = f"< {CHECK_TARGET_S:.0f} s {verdict}"
        print(f"onboarding: {step:<28} {seconds:7.1f} s {target}")
    total = sum(times.values())
    verdict = "ok" if total < TOTAL_TARGET_S else "OVER TARGET"
    print(
        f"onboarding: {'total':<28} {total:7.1f} s < {TOTAL_TARGET_S:.0f} s {verdict}"
    )
