"""The author's loop: docs-test and check against their targets, ms per page block."""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.support.paths import ROOT

RUNS = 3
"""Timed runs of each command, after one untimed run that warms the caches."""
TARGETS = {"docs-test": 10.0, "check": 25.0}
"""Seconds the author waits, at most, after editing a page, and before a commit."""
COPIES = 10
"""The larger page set: every page of docs/ this many times."""
TALLY = re.compile(r"^docs: (\d+) blocks, \d+ verified, \d+ skipped with reason", re.M)


def run(recipe: str, root: Path, env: dict[str, str]) -> tuple[float, str]:
    """Wall seconds and output of `uv run just RECIPE` in `root`; exit if it fails."""
    start = time.perf_counter()
    done = subprocess.run(
        ["uv", "run", "just", recipe],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        print(done.stdout[-6_000:], done.stderr[-3_000:], sep="\n")
        sys.exit(
            f"docs_loop: `uv run just {recipe}` in {root} exited {done.returncode}"
        )
    return seconds, done.stdout


def timed(recipe: str, root: Path, env: dict[str, str]) -> tuple[list[float], str]:
    """RUNS wall times of a recipe after one warm-up run, and the last run's output."""
    run(recipe, root, env)
    runs = [run(recipe, root, env) for _ in range(RUNS)]
    return [seconds for seconds, _ in runs], runs[-1][1]


def blocks(output: str, root: Path) -> int:
    """The block count of the docs run's closing line; exit if it printed none."""
    found = TALLY.search(output)
    if found is None:
        print(output[-6_000:])
        sys.exit(f"docs_loop: the docs run in {root} printed no `docs: N blocks` line")
    return int(found[1])


def pages(root: Path) -> list[Path]:
    """The pages under root/docs: Markdown files, whose code blocks are checked."""
    return sorted((root / "docs").rglob("*.md"))


def scratch_copy(scratch: Path) -> Path:
    """A Git repository of this one's tracked files, each page of docs/ COPIES times."""
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    copy = scratch / ROOT.name
    for name in filter(None, tracked.split("\0")):
        source, target = ROOT / name, copy / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            target.symlink_to(source.readlink())
        elif source.is_file():
            shutil.copy2(source, target)
    # Pages draw trees of the files Git tracks: the copy tracks the same ones.
    for git in (["init", "--quiet"], ["add", "--all"]):
        subprocess.run(["git", *git], cwd=copy, check=True)
    for page in pages(copy):
        for number in range(2, COPIES + 1):
            shutil.copy2(page, page.with_name(f"{page.stem}-copy{number}.md"))
    return copy


def loop_times() -> None:
    """Print the wall times of docs-test and check beside their targets."""
    print(f"docs_loop: wall time, {RUNS} runs after one warm-up, median")
    for recipe, target in TARGETS.items():
        times, _ = timed(recipe, ROOT, dict(os.environ))
        runs = " ".join(f"{seconds:5.1f}" for seconds in times)
        median = statistics.median(times)
        print(
            f"docs_loop: uv run just {recipe:<10} {runs} s  median {median:5.1f} s"
            f"  (target <= {target:.0f} s)",
            flush=True,
        )


def block_costs() -> None:
    """Print blocks, wall time and ms per block of docs-blocks at 1x and COPIES x."""
    here = dict(os.environ)
    # The copy runs in this repository's environment as it is: a sync would point the
    # editable installs at the copy.
    there = here | {
        "UV_PROJECT_ENVIRONMENT": str(ROOT / ".venv"),
        "UV_NO_SYNC": "1",
        "VIRTUAL_ENV": str(ROOT / ".venv"),
    }
    print(f"docs_loop: uv run just docs-blocks, {RUNS} runs after one warm-up, median")
    print(
        f"docs_loop: {'size':>5} {'pages':>5} {'blocks':>7}"
        f" {'wall s':>7} {'ms/block':>9}"
    )
    counts: list[int] = []
    medians: list[float] = []
    with tempfile.TemporaryDirectory(prefix="docs-loop-") as scratch:
        sizes = {
            "today": (ROOT, here),
            f"{COPIES}x": (scratch_copy(Path(scratch)), there),
        }
        for size, (root, env) in sizes.items():
            times, output = timed("docs-blocks", root, env)
            counts.append(blocks(output, root))
            medians.append(median := statistics.median(times))
            print(
                f"docs_loop: {size:>5} {len(pages(root)):>5} {counts[-1]:>7}"
                f" {median:7.1f} {1000 * median / counts[-1]:9.1f}",
                flush=True,
            )
    if counts[1] != COPIES * counts[0]:
        sys.exit(
            f"docs_loop: the copy checked {counts[1]} blocks, not {COPIES} x"
            f" {counts[0]}: its run did not read the copy's pages"
        )
    added = 1000 * (medians[1] - medians[0]) / (counts[1] - counts[0])
    print(
        "docs_loop: ms/block = wall / blocks, pytest's start included;"
        f" {added:.1f} ms per block added from today to {COPIES}x"
    )


def main() -> None:
    """The author's loop against its targets, then the cost of a block at two sizes."""
    loop_times()
    block_costs()
