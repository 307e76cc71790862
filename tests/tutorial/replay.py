"""Carry out the tutorial pages' steps in a fresh folder; stop at the first failure."""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from tests.tutorial.pyproject import merge_pyproject
from tests.tutorial.steps import Step, page_steps

PAGES = ["quickstart.md", "phase-1-setup.md", "phase-2-tdd.md"]
TIMEOUT = 600
CHECK = re.compile(r"^(uv run )?just check\b")


class ReplayError(AssertionError):
    """A step failed; the message names the page and line it came from."""


@dataclass
class Account:
    """What the replay did with each step."""

    lines: list[str] = field(default_factory=list)
    ran: int = 0
    skipped: int = 0

    def record(self, step: Step, outcome: str, reason: str = "") -> None:
        """Log one step as `where  outcome  what  (reason)`."""
        if outcome == "skipped":
            self.skipped += 1
        else:
            self.ran += 1
        why = f"  ({reason})" if reason else ""
        self.lines.append(f"{step.where:<26} {outcome:<8} {step.describe()}{why}")

    def summary(self) -> str:
        """The closing line of the step account."""
        return f"tutorial: {self.ran} steps run, {self.skipped} skipped"


@dataclass
class Replay:
    """A reader following the pages, in a folder of their own."""

    root: Path
    cwd: Path = field(init=False)
    lost: str | None = None
    ran_check: bool = False
    account: Account = field(default_factory=Account)

    def __post_init__(self) -> None:
        """Start in the empty root folder."""
        self.cwd = self.root

    def environment(self) -> dict[str, str]:
        """The caller's environment, less its virtualenv, plus the project's .venv/bin.

        The project's own `just` (rust-just, a dev dependency the page adds) stands in
        for the one the Tooling page installs globally.
        """
        env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
        outer = os.environ.get("VIRTUAL_ENV")
        path = [p for p in env["PATH"].split(os.pathsep) if not outer or outer not in p]
        env["PATH"] = os.pathsep.join([str(self.cwd / ".venv" / "bin"), *path])
        return env

    def run(self, step: Step) -> None:
        """Carry out one step, or record why not; raise ReplayError on failure."""
        if step.kind == "skip":
            self.account.record(step, "skipped", step.reason)
        elif self.lost is not None:
            reason = f"runs in {self.lost}/, which a skipped step would have made"
            self.account.record(step, "skipped", reason)
        elif step.kind == "cd":
            self.change_directory(step)
        elif step.kind == "write":
            target = self.cwd / step.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(step.text, encoding="utf-8")
            self.account.record(step, "written")
        elif step.kind == "toml":
            problems = merge_pyproject(self.cwd / "pyproject.toml", step.text)
            if problems:
                raise ReplayError(f"{step.where}: " + "; ".join(problems))
            self.account.record(step, "merged")
        else:
            self.command(step)

    def change_directory(self, step: Step) -> None:
        """Follow `cd`, or remember the folder that a skipped step would have made."""
        target = self.cwd / step.path
        if target.is_dir():
            self.cwd = target.resolve()
            self.account.record(step, "ok")
        else:
            self.lost = step.path
            self.account.record(step, "skipped", "a skipped step would have made it")

    def command(self, step: Step) -> None:
        """Run a command with bash; check its exit status against the page."""
        done = subprocess.run(
            ["bash", "-c", step.text],
            cwd=self.cwd,
            env=self.environment(),
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        output = done.stdout + done.stderr
        tail = "\n".join(output.strip().splitlines()[-25:])
        expected = step.expect_failure
        if expected is None and done.returncode != 0:
            failed = f"`{step.text}` exited {done.returncode} in {self.cwd}"
            raise ReplayError(f"{step.where}: {failed}\n{tail}")
        if expected is not None and (done.returncode == 0 or expected not in output):
            raise ReplayError(
                f"{step.where}: `{step.text}` should fail with {expected!r} (the page "
                f"says so) but exited {done.returncode}\n{tail}"
            )
        self.ran_check = self.ran_check or (
            expected is None and bool(CHECK.match(step.text))
        )
        if expected is None:
            self.account.record(step, "ok")
        else:
            self.account.record(step, "red", f"fails with {expected}, as the page says")

    def replay(self, docs: Path) -> Account:
        """Carry out every step of the pages, then `just check` if none ran it."""
        for name in PAGES:
            self.lost = None  # each page starts where the reader really is
            for step in page_steps(docs / name):
                self.run(step)
        if not self.ran_check:
            self.command(Step("(replayer: final check)", "run", "just check"))
        return self.account
