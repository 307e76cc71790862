"""The harness fails, naming file and line, on each kind of broken sample.

The samples are tests/docs/broken/docs/*.md, checked against the stand-in files next
to them (pyproject.toml, justfile, .env.example, Dockerfile), never the real docs.
"""

from __future__ import annotations

import traceback
from pathlib import Path

import pytest
from pytest_examples import EvalExample

from tests.docs.account import Tally, unaccounted
from tests.docs.checks import CHECKERS
from tests.docs.fences import scan
from tests.docs.pages import Block, Page, load_page
from tests.docs.python_run import run_block
from tests.docs.python_static import static_problems
from tests.docs.repo import Repo

BROKEN = Repo(Path(__file__).parent / "broken")


def line_of(page: Page, needle: str) -> int:
    """The page line holding `needle`."""
    lines = page.path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if needle in line)


def block_at(page: Page, needle: str) -> Block:
    """The block holding `needle`."""
    line = line_of(page, needle)
    for example in page.block_examples():
        block: Block = example.parsed
        if block.first_line <= line <= block.last_line:
            return block
    raise LookupError(needle)


@pytest.fixture(name="python_page")
def fixture_python_page() -> Page:
    """The broken Python samples, freshly parsed (a fresh namespace)."""
    return load_page(BROKEN.root / "docs" / "python.md", BROKEN.root)


@pytest.fixture(name="files_page")
def fixture_files_page() -> Page:
    """The broken samples of other kinds."""
    return load_page(BROKEN.root / "docs" / "files.md", BROKEN.root)


@pytest.fixture(name="static", scope="module")
def fixture_static(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """ruff, ruff format, mypy and drift results for the broken Python page."""
    page = load_page(BROKEN.root / "docs" / "python.md", BROKEN.root)
    return static_problems([page], BROKEN, tmp_path_factory.mktemp("static"))


def problems_of(page: Page, needle: str) -> str:
    """The problems the kind's checker reports for the block holding `needle`."""
    block = block_at(page, needle)
    return "\n".join(CHECKERS[block.kind or ""](block, BROKEN))


def test_failing_assert_traceback_points_at_page_line(
    python_page: Page, eval_example: EvalExample
) -> None:
    """A failing assert raises, and its traceback's last frame is the page line."""
    block = block_at(python_page, "assert total == 3")
    with pytest.raises(AssertionError) as caught:
        run_block(block, python_page, eval_example, BROKEN)
    frame = traceback.extract_tb(caught.value.__traceback__)[-1]
    assert (frame.filename, frame.lineno) == (
        str(python_page.path),
        line_of(python_page, "assert total == 3"),
    )


def test_wrong_printed_output_is_reported(
    python_page: Page, eval_example: EvalExample
) -> None:
    """A `#>` line that differs from what the block prints fails with a diff."""
    block = block_at(python_page, "print(1 + 1)")
    with pytest.raises(pytest.fail.Exception) as caught:
        run_block(block, python_page, eval_example, BROKEN)
    assert f"docs/python.md:{block.line}: printed output differs" in str(caught.value)
    assert "+#> 2" in str(caught.value)


def test_lint_error_names_page_line(
    python_page: Page, static: dict[str, list[str]]
) -> None:
    """ruff's unused import is reported at the import's page line."""
    block = block_at(python_page, "import os")
    line = line_of(python_page, "import os")
    assert f"docs/python.md:{line}:8: F401" in "\n".join(static[block.where])


def test_type_error_names_page_line(
    python_page: Page, static: dict[str, list[str]]
) -> None:
    """mypy's error is reported at the assignment's page line."""
    block = block_at(python_page, 'count: int = "three"')
    line = line_of(python_page, 'count: int = "three"')
    assert f"mypy: docs/python.md:{line}: error: Incompatible types" in "\n".join(
        static[block.where]
    )


def test_unformatted_block_shows_ruff_format_diff(
    python_page: Page, static: dict[str, list[str]]
) -> None:
    """A block ruff format would change fails with a diff at the page line."""
    block = block_at(python_page, "answer=42")
    report = "\n".join(static[block.where])
    assert "not formatted as `ruff format` would" in report
    assert f"@@ -{block.first_line} +{block.first_line} @@" in report
    assert "+answer = 42" in report


def test_drifted_python_block_shows_diff(
    python_page: Page, static: dict[str, list[str]]
) -> None:
    """A titled Python block that is not an excerpt of its file fails with a diff."""
    block = block_at(python_page, 'LOG_LEVEL = "DEBUG"')
    report = "\n".join(static[block.where])
    assert f"{block.where}: the block drifted from .env.example" in report
    assert '-LOG_LEVEL = "DEBUG"' in report


def test_toml_value_differing_from_pyproject(files_page: Page) -> None:
    """A pyproject key whose value differs from the real one is named with both."""
    report = problems_of(files_page, "line-length = 100")
    assert f"{block_at(files_page, 'line-length = 100').where}: keys differ" in report
    assert "tool.ruff.line-length = 100: pyproject.toml has 88" in report


def test_just_recipes_compared_one_by_one(files_page: Page) -> None:
    """A recipe the justfile lacks, and a body that differs, each at its line."""
    report = problems_of(files_page, "deploy:")
    assert f"docs/files.md:{line_of(files_page, 'deploy:')}: recipe 'deploy'" in report
    assert "does not exist in the justfile" in report
    test_line = line_of(files_page, "test:")
    assert f"docs/files.md:{test_line}: recipe 'test': body" in report


def test_shell_commands_name_real_recipes_and_uv_usage(files_page: Page) -> None:
    """`just deploy` is no recipe; `uv export requirements.txt` is rejected by uv."""
    report = problems_of(files_page, "just deploy")
    line = line_of(files_page, "just deploy")
    assert f"docs/files.md:{line}: `just deploy`: the justfile has no recipe" in report
    assert f"docs/files.md:{line + 1}: `uv export requirements.txt`: uv says" in report


def test_drifted_excerpt_shows_diff(files_page: Page) -> None:
    """A titled file listing that is no excerpt of the real file fails with a diff."""
    report = problems_of(files_page, "LOG_LEVEL=DEBUG")
    assert "the block drifted from .env.example" in report
    assert "-LOG_LEVEL=DEBUG\n+LOG_LEVEL=INFO" in report


def test_hadolint_warning_names_page_line(files_page: Page) -> None:
    """hadolint's warning on the shown Dockerfile is reported at the page line."""
    report = problems_of(files_page, "FROM python:latest")
    line = line_of(files_page, "FROM python:latest")
    assert f"docs/files.md:{line} DL3007" in report


def test_untested_fence_and_reasonless_skip_are_unaccounted(files_page: Page) -> None:
    """The scanner reports a fence no checker takes, and a skip without a reason."""
    report = "\n".join(unaccounted(files_page.fences(), files_page.collected_kinds()))
    untested = line_of(files_page, "nobody checks this") - 1
    reasonless = line_of(files_page, "a skip without a reason") - 1
    assert f"docs/files.md:{untested}: no checker verifies a ```text block" in report
    assert f"docs/files.md:{reasonless}: `skip` without a reason" in report


def test_fence_inside_a_markdown_sample_is_content(files_page: Page) -> None:
    """Both parsers see the ````markdown sample as one block, never its inner fence."""
    inner = line_of(files_page, 'raise SystemExit("never run")') - 1
    fences = files_page.fences()
    blocks = [example.parsed for example in files_page.block_examples()]
    assert inner not in {fence.line for fence in fences}
    assert inner not in {block.line for block in blocks}
    assert [fence.line for fence in fences] == [block.line for block in blocks]


def test_titled_blocks_are_collected(files_page: Page) -> None:
    """Blocks with a title="..." attribute are collected (Sybil drops them: #155)."""
    titles = [example.parsed.title for example in files_page.block_examples()]
    assert [t for t in titles if t] == [
        "pyproject.toml",
        "justfile",
        ".env.example",
        "Dockerfile",
    ]


def test_tally_line_counts_blocks() -> None:
    """The summary line counts verified, skipped, failed and not-run blocks."""
    fences = scan(
        '```bash\nx\n```\n<!-- skip: next "why" -->\n```text\ny\n```\n', "p.md"
    )
    tally = Tally(passed={"p.md:1"})
    assert tally.line(fences, broken=set()) == (
        "docs: 2 blocks, 1 verified, 1 skipped with reason"
    )


def test_skip_next_covers_its_fence_past_a_tutorial_marker() -> None:
    """`skip: next` reaches past a tutorial marker, but not past an invisible block."""
    text = (
        '<!-- skip: next "why" -->\n<!-- tutorial: skip "why" -->\n\n```bash\nx\n```\n'
        '<!-- skip: next "why" -->\n<!-- invisible-code-block: python\nimport os\n-->\n'
        "```python\nos.sep\n```\n"
    )
    fences = scan(text, "p.md")
    assert [(f.line, f.skip_reason) for f in fences] == [(4, "why"), (11, None)]
    assert fences[0].comments == (
        '<!-- skip: next "why" -->',
        '<!-- tutorial: skip "why" -->',
    )
