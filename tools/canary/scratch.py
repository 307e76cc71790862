"""A scratch clone of this repository, with its own `.venv`: lock, run recipes."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCK = "uv.lock"


class CanaryError(RuntimeError):
    """A step the canary could not take, with the command's own message."""


class ScratchCopy:
    """A `git clone` of this repository's committed state; nothing here touches ours."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.env = dict(os.environ)
        self.env.pop("VIRTUAL_ENV", None)
        self.env["UV_PROJECT_ENVIRONMENT"] = str(path / ".venv")
        self.run("git", "clone", "--quiet", str(ROOT), str(path), cwd=path.parent)
        self.lock = (path / LOCK).read_text("utf-8")
        """The lock as committed."""

    def run(self, *command: str, cwd: Path | None = None) -> str:
        """A command's output; a failure raises with its message."""
        done = subprocess.run(
            command,
            cwd=cwd or self.path,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise CanaryError(f"`{' '.join(command)}` failed:\n{done.stderr.strip()}")
        return done.stdout

    def reset(self, lock: str) -> None:
        """Put the copy back at its commit, with `lock` as its uv.lock."""
        self.run("git", "checkout", "--quiet", "--", ".")
        self.run("git", "clean", "-fdxq", "-e", "/.venv")
        (self.path / LOCK).write_text(lock, "utf-8")

    def relock(self, *options: str) -> str:
        """`uv lock` with `options` (`--upgrade`, `--upgrade-package=…`); the lock."""
        self.run("uv", "lock", "--quiet", *options)
        return (self.path / LOCK).read_text("utf-8")

    def passes(self, recipe: str, log: Path) -> bool:
        """Whether `uv run --locked just RECIPE` passes; its output goes to `log`."""
        with log.open("w", encoding="utf-8") as output:
            done = subprocess.run(
                ["uv", "run", "--locked", "just", recipe],
                cwd=self.path,
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
                check=False,
            )
        return done.returncode == 0
