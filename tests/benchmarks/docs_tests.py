"""Docs tests: blocks per kind, wall time of the docs harness, ms per block."""

from __future__ import annotations

import subprocess
import time
from collections import Counter

from tests.support.markdown import read_page
from tests.support.paths import DOCS, ROOT

COMMAND = ["uv", "run", "pytest", "docs", "-q", "-p", "no:cacheprovider"]


def main() -> None:
    """Count the blocks by kind, time one docs-test run, print the numbers."""
    blocks = [block for page in sorted(DOCS.rglob("*.md")) for block in read_page(page)]
    kinds = Counter("titled" if block.title else block.kind for block in blocks)
    for kind, count in sorted(kinds.items()):
        print(f"blocks {kind:<12} {count:>5}")
    print(f"blocks {'total':<12} {len(blocks):>5}")
    start = time.perf_counter()
    result = subprocess.run(
        COMMAND, cwd=ROOT, capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - start
    lines = result.stdout.strip().splitlines()
    for line in [line for line in lines if line.startswith("docs: ")] + lines[-1:]:
        print(f"pytest  {line}")
    print(f"docs-test wall time   {seconds:6.2f} s  ({' '.join(COMMAND)})")
    print(f"per block             {1000 * seconds / max(len(blocks), 1):6.1f} ms")
