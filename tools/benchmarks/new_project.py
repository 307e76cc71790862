"""Time the template: `copier copy`, then `git init` and `just check` in the project."""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from tools.benchmarks.onboarding import timed

from tests.support.paths import ROOT
from tests.support.tools import tool

ANSWERS = {"defaults": "", "sqlite-only": "--data postgres=false"}
ROUNDS = 3


def one_project(answers: str, scratch: Path) -> tuple[float, float]:
    """Seconds to make the project, and to its first green `just check`."""
    project = scratch / "project"
    copy = timed(
        f"{tool('copier')} copy --trust --defaults --quiet --vcs-ref=HEAD {answers} "
        f"{ROOT} {project}",
        scratch,
    )
    check = timed("git init --quiet && uv run --quiet just check >/dev/null", project)
    return copy, check


def main() -> None:
    """Print the median of a few rounds for each set of answers."""
    for name, answers in ANSWERS.items():
        rounds = []
        for _ in range(ROUNDS):
            with tempfile.TemporaryDirectory(prefix="new-project-") as scratch:
                rounds.append(one_project(answers, Path(scratch)))
        copy = statistics.median(c for c, _ in rounds)
        check = statistics.median(k for _, k in rounds)
        total = statistics.median(c + k for c, k in rounds)
        print(
            f"new_project: {name:<12} copier copy {copy:5.1f} s, "
            f"first just check {check:5.1f} s, total {total:5.1f} s "
            f"(median of {ROUNDS})"
        )
