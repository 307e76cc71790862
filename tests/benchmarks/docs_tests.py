"""Docs tests: blocks per kind, wall time of the docs harness, ms per block."""

from __future__ import annotations

import subprocess
import time
from collections import Counter
from pathlib import Path

from tests.docs.account import page_fences

ROOT = Path(__file__).resolve().parents[2]
COMMAND = ["uv", "run", "pytest", "tests/docs", "-q", "-p", "no:cacheprovider"]


def main() -> None:
    """Count the fences by kind, time one docs-test run, print the numbers."""
    fences = page_fences(ROOT)
    kinds = Counter(
        "skipped" if fence.skip_reason else (fence.kind or "unchecked")
        for fence in fences
    )
    for kind, count in sorted(kinds.items()):
        print(f"blocks {kind:<12} {count:>5}")
    print(f"blocks {'total':<12} {len(fences):>5}")
    start = time.perf_counter()
    result = subprocess.run(
        COMMAND, cwd=ROOT, capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - start
    lines = result.stdout.strip().splitlines()
    for line in [line for line in lines if line.startswith("docs: ")] + lines[-1:]:
        print(f"pytest  {line}")
    print(f"docs-test wall time   {seconds:6.2f} s  ({' '.join(COMMAND)})")
    print(f"per block             {1000 * seconds / max(len(fences), 1):6.1f} ms")
