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
    counts = {name: len(page_steps(DOCS / name, f"docs/{name}")) for name in PAGES}
    assert all(counts.values()), counts


def test_red_marker_is_read(tmp_path: Path) -> None:
    """An expect-fail marker before a bash block makes its commands expected to fail."""
    page = tmp_path / "page.md"
    page.write_text(
        'Run:\n\n<!-- tutorial: expect-fail "ModuleNotFoundError" -->\n'
        "```bash\njust test\n```\n\n```bash\njust check\n```\n",
        encoding="utf-8",
    )
    red, check = page_steps(page, "docs/page.md")
    assert (red.where, red.expect_failure) == ("docs/page.md:5", "ModuleNotFoundError")
    assert (check.where, check.expect_failure) == ("docs/page.md:9", None)


def test_invisible_setup_is_prepended_to_titled_file(tmp_path: Path) -> None:
    """A titled python block gets the invisible setup block just before it."""
    page = tmp_path / "page.md"
    page.write_text(
        "<!-- invisible-code-block: python\nimport os\n-->\n\n"
        '```python title="tests/unit/test_x.py"\ndef test_x() -> None:\n'
        "    assert os.sep\n```\n",
        encoding="utf-8",
    )
    (write,) = page_steps(page, "docs/page.md")
    assert write.path == "tests/unit/test_x.py"
    assert write.text == "import os\n\n\ndef test_x() -> None:\n    assert os.sep\n"
