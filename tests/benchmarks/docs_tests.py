"""Docs tests: wall time of our harness and of pytest-examples alone, ms per block."""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from playbook_markdown.blocks import read_page

from tests.support.paths import DOCS, ROOT

RUNS = 3
PAGES = 10
SIZES = (100, 1_000)
PYTEST = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
INDEX = '# Synthetic pages\n\n```toml\n[tool.example]\nname = "synthetic"\n```\n'
BLOCK = '''Block {i}, a few lines as a page shows them.

```python
from decimal import Decimal


def total_{i}(prices: list[Decimal], rate: Decimal) -> Decimal:
    """The sum of the prices, with tax at `rate`."""
    return sum(prices, Decimal(0)) * (1 + rate)


print(total_{i}([Decimal("1.50"), Decimal("{i}")], Decimal("0.2")))
#> {printed}
```

'''
EXAMPLES = '''"""pytest-examples alone, shaped like pydantic's tests/test_docs.py."""

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples


@pytest.mark.parametrize("example", list(find_examples("docs")), ids=str)
def test_docs_examples(example: CodeExample, eval_example: EvalExample) -> None:
    eval_example.set_config(line_length=88, target_version="py312")
    eval_example.lint(example)  # black's format check, then ruff check
    eval_example.run_print_check(example)
'''
OURS = ["docs"]
ALONE = ["test_examples.py"]
TALLY = re.compile(r"^docs: (\d+) blocks, (\d+) verified, (\d+) skipped", re.MULTILINE)
PASSED = re.compile(r"(\d+) passed")


@dataclass(frozen=True)
class PageSet:
    """Pages under `root/docs`, with their blocks counted."""

    name: str
    root: Path
    blocks: int
    python: int


def page_set(name: str, root: Path) -> PageSet:
    """Count the blocks, and the untitled Python blocks, of the pages under `root`."""
    blocks = [
        block for page in (root / "docs").rglob("*.md") for block in read_page(page)
    ]
    python = [b for b in blocks if b.kind == "python" and b.title is None]
    return PageSet(name, root, len(blocks), len(python))


def synthetic(scratch: Path, python: int) -> PageSet:
    """A repository wired like ours: an index page, and `python` blocks over PAGES."""
    root = scratch / f"python-{python}"
    (root / "docs").mkdir(parents=True)
    shutil.copy(DOCS / "conftest.py", root / "docs" / "conftest.py")
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    (root / "justfile").write_text("default:\n    @true\n", encoding="utf-8")
    (root / "test_examples.py").write_text(EXAMPLES, encoding="utf-8")
    (root / "docs" / "index.md").write_text(INDEX, encoding="utf-8")
    for page in range(PAGES if python else 0):
        numbers = range(page * python // PAGES, (page + 1) * python // PAGES)
        text = f"# Page {page}\n\n" + "".join(
            BLOCK.format(i=i, printed=(Decimal("1.50") + i) * Decimal("1.2"))
            for i in numbers
        )
        page_path = root / "docs" / f"page_{page:02}.md"
        page_path.write_text(text.rstrip() + "\n", encoding="utf-8")
    name = f"synthetic: {python:,} Python, {PAGES} pages" if python else "empty"
    return page_set(name, root)


def checked(
    pages: PageSet, args: list[str], run: subprocess.CompletedProcess[str]
) -> None:
    """Exit non-zero unless the run passed and checked every block it should."""
    if args == OURS:
        tally = TALLY.search(run.stdout)
        expected, found = pages.blocks, int(tally[1]) if tally else -1
    else:
        passed = PASSED.search(
            run.stdout.strip().splitlines()[-1] if run.stdout else ""
        )
        expected, found = pages.python, int(passed[1]) if passed else 0
    if run.returncode == 0 and found == expected:
        return
    print(run.stdout[-6_000:], run.stderr[-3_000:], sep="\n")
    sys.exit(
        f"docs_tests: `pytest {' '.join(args)}` in {pages.root} exited"
        f" {run.returncode}, checked {found} blocks of {expected}; fix it before timing"
    )


def seconds(pages: PageSet, args: list[str]) -> float:
    """Median wall time of RUNS runs, after one untimed run that warms mypy's cache."""
    times = []
    for attempt in range(RUNS + 1):
        start = time.perf_counter()
        run = subprocess.run(
            [*PYTEST, *args],
            cwd=pages.root,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            check=False,
        )
        if attempt:
            times.append(time.perf_counter() - start)
        checked(pages, args, run)
    return statistics.median(times)


def cell(total: float | None, empty: float, added: int) -> str:
    """`  12.34 s   5.6 ms`: total seconds, and ms per block added to the empty set."""
    if total is None:
        return f"{'-':>9} {'-':>9}"
    per_block = f"{1000 * (total - empty) / added:6.1f} ms" if added else "-"
    return f"{total:7.2f} s {per_block:>9}"


def main() -> None:
    """Time both harnesses on each page set and print the table."""
    with tempfile.TemporaryDirectory(prefix="docs-bench-") as scratch:
        empty = synthetic(Path(scratch), 0)
        sets = [
            page_set("real pages (docs/)", ROOT),
            *(synthetic(Path(scratch), n) for n in SIZES),
        ]
        ours = {p.name: seconds(p, OURS) for p in [empty, *sets]}
        alone = {p.name: seconds(p, ALONE) for p in [empty, *sets[1:]]}
    print(
        f"wall time of `python -m pytest`, median of {RUNS} runs per cell, each run"
        " green with every block counted; mypy cache warm (one untimed run first)"
    )
    print(f"{'page set':<34} {'blocks':>6} {'python':>6} | {'ours':^19} | alone")
    for pages in [empty, *sets]:
        added = pages.blocks - empty.blocks
        print(
            f"{pages.name:<34} {pages.blocks:>6} {pages.python:>6}"
            f" | {cell(ours[pages.name], ours[empty.name], added)}"
            f" | {cell(alone.get(pages.name), alone[empty.name], added)}"
        )
    print(
        "ours = `pytest docs` (Sybil; batched ruff check, ruff format, mypy; run);"
        " alone = pytest-examples over the same blocks (black, ruff per block; run)"
    )
    small, large = (p.name for p in sets[1:])
    spread = SIZES[1] - SIZES[0]
    print(
        "ms/added = (t(n) - t(empty)) / blocks added to `empty` (one page, one toml"
        " block); with no Python block ours starts neither ruff nor mypy, so their"
        " one start is in ms/added"
    )
    print(
        f"marginal cost, {SIZES[0]:,} -> {SIZES[1]:,} blocks:"
        f" ours {1000 * (ours[large] - ours[small]) / spread:.1f} ms/block,"
        f" pytest-examples {1000 * (alone[large] - alone[small]) / spread:.1f} ms/block"
    )
