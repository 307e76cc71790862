"""The replayer itself: a broken command fails the replay at its page and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.tutorial.replay import PAGES, Replay, ReplayError
from tests.tutorial.steps import page_steps

DOCS = Path(__file__).resolve().parents[2] / "docs"
INIT = "uv init --package python-service --python 3.12"


@pytest.fixture(name="docs_copy")
def fixture_docs_copy(tmp_path: Path) -> Path:
    """A copy of the tutorial pages in `tmp_path/docs`, free to break."""
    copy = tmp_path / "docs"
    copy.mkdir()
    for name in PAGES:
        shutil.copy(DOCS / name, copy / name)
    return copy


def test_broken_phase_1_command_names_page_and_line(
    docs_copy: Path, tmp_path: Path
) -> None:
    """A misspelt `uv init` flag on Phase 1 fails the replay at that very line."""
    page = docs_copy / "phase-1-setup.md"
    lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines, 1) if line.startswith(INIT))
    lines[number - 1] = lines[number - 1].replace("--package", "--pakage")
    page.write_text("".join(lines), encoding="utf-8")
    workdir = tmp_path / "work"
    workdir.mkdir()
    with pytest.raises(ReplayError) as failure:
        Replay(workdir).replay(docs_copy)
    assert str(failure.value).startswith(f"docs/phase-1-setup.md:{number}: ")


def test_every_tutorial_page_has_steps() -> None:
    """Each tutorial page yields steps, so an unparsed page cannot pass silently."""
    counts = {name: len(page_steps(DOCS / name)) for name in PAGES}
    assert all(counts.values()), counts


def test_red_marker_is_read(tmp_path: Path) -> None:
    """A `data-replay="fails: TEXT"` block's commands are expected to fail so."""
    page = tmp_path / "docs" / "page.md"
    page.parent.mkdir()
    page.write_text(
        'Run:\n\n``` { .bash data-replay="fails: ModuleNotFoundError" }\n'
        "just test\n```\n\n```bash\njust check\n```\n",
        encoding="utf-8",
    )
    red, check = page_steps(page)
    assert (red.where, red.expect_failure) == ("docs/page.md:4", "ModuleNotFoundError")
    assert (check.where, check.expect_failure) == ("docs/page.md:8", None)
