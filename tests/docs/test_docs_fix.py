"""A shown file changes: docs-test fails at its page line with a diff; docs-fix heals.

Runs the real docs wiring (docs/conftest.py) in a small repository of its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import DOCS, ROOT

PAGE = (
    '# A page\n\n```text title="notes.txt"\none\n```\n\n'
    "```python\nprint(1 + 1)\n#> 2\n```\n"
)


def docs_run(repo: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    """`pytest docs` in `repo`, as `just docs-test` (or, with a flag, docs-fix) runs."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "docs",
            "-q",
            "-p",
            "no:cacheprovider",
            *flags,
        ],
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(name="repo")
def fixture_repo(tmp_path: Path) -> Path:
    """A repository with one page showing `notes.txt`, wired like this one."""
    (tmp_path / "docs").mkdir()
    shutil.copy(DOCS / "conftest.py", tmp_path / "docs" / "conftest.py")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "justfile").write_text("default:\n    @true\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("one\n", encoding="utf-8")
    (tmp_path / "docs" / "page.md").write_text(PAGE, encoding="utf-8")
    return tmp_path


def test_changed_file_fails_then_docs_fix_updates_the_page(repo: Path) -> None:
    """Green, then red with page line and diff after the file changes, then fixed."""
    assert docs_run(repo).returncode == 0
    (repo / "notes.txt").write_text("two\n", encoding="utf-8")

    failed = docs_run(repo)
    assert failed.returncode == 1
    assert "docs/page.md:3: differs from notes.txt" in failed.stdout
    assert "@@ -4 +4 @@\n-one\n+two" in failed.stdout

    assert docs_run(repo, "--update-examples").returncode == 0
    page = (repo / "docs" / "page.md").read_text(encoding="utf-8")
    assert page == PAGE.replace("\none\n", "\ntwo\n")
    assert docs_run(repo).returncode == 0


def test_docs_fix_formats_python_and_refreshes_its_output(repo: Path) -> None:
    """An unformatted block with a wrong `#>` line fails; docs-fix rewrites both."""
    page = repo / "docs" / "page.md"
    page.write_text(PAGE.replace("print(1 + 1)\n#> 2", "print(1+1)\n#> 3"), "utf-8")
    failed = docs_run(repo)
    assert "not formatted as `ruff format` would" in failed.stdout
    assert "printed output differs from the #> lines" in failed.stdout

    assert docs_run(repo, "--update-examples").returncode == 0
    assert page.read_text(encoding="utf-8") == PAGE
    assert docs_run(repo).returncode == 0
