"""The harness fails, naming page and line, on each kind of broken sample.

The samples are tests/docs/broken/docs/*.md, checked against the stand-in files next
to them (pyproject.toml, justfile, .env.example), never the real docs.
"""

from __future__ import annotations

import traceback
from pathlib import Path

import pytest
from playbook_markdown.blocks import read_page
from pytest_examples import EvalExample
from sybil import Sybil
from sybil.example import SybilFailure

from tests.docs.collect import Tally
from tests.docs.evaluators import DRAFT_UNCHECKED
from tests.docs.parsers import PARSERS

BROKEN = Path(__file__).parent / "broken"
PYTHON_PAGE = BROKEN / "docs" / "python.md"
FILES_PAGE = BROKEN / "docs" / "files.md"


def line_of(page: Path, needle: str) -> int:
    """The page line holding `needle`."""
    lines = page.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if needle in line)


def fence_above(page: Path, needle: str) -> int:
    """The line of the opening fence of the block holding `needle`."""
    line = line_of(page, needle)
    return max(block.line for block in read_page(page) if block.line < line)


def failures(page: Path, eval_example: EvalExample) -> dict[int, str]:
    """Line -> failure of each example of `page`, evaluated in order as Sybil does."""
    document = Sybil(parsers=PARSERS).parse(page)
    document.namespace.update(eval_example=eval_example)
    found: dict[int, str] = {}
    for example in document.examples():
        try:
            example.evaluate()
        except SybilFailure as failure:
            found[example.line] = failure.result
        except AssertionError as error:
            found[example.line] = "".join(traceback.format_exception(error))
        except pytest.skip.Exception as skip:
            found[example.line] = f"skipped: {skip.msg}"
    return found


@pytest.fixture(name="python_failures")
def fixture_python_failures(eval_example: EvalExample) -> dict[int, str]:
    """What the broken Python page reports, by block line."""
    return failures(PYTHON_PAGE, eval_example)


@pytest.fixture(name="files_failures")
def fixture_files_failures(eval_example: EvalExample) -> dict[int, str]:
    """What the broken page of other kinds reports, by block line."""
    return failures(FILES_PAGE, eval_example)


def test_failing_assert_traceback_points_at_page_line(
    eval_example: EvalExample,
) -> None:
    """A failing assert raises, and its traceback's last frame is the page line."""
    document = Sybil(parsers=PARSERS).parse(PYTHON_PAGE)
    document.namespace.update(eval_example=eval_example)
    line = fence_above(PYTHON_PAGE, "assert total == 3")
    example = next(ex for ex in document.examples() if ex.line == line)
    with pytest.raises(AssertionError) as caught:
        example.evaluate()
    frame = traceback.extract_tb(caught.value.__traceback__)[-1]
    assert (frame.filename, frame.lineno) == (
        str(PYTHON_PAGE),
        line_of(PYTHON_PAGE, "assert total == 3"),
    )


def test_wrong_printed_output_is_reported(python_failures: dict[int, str]) -> None:
    """A `#>` line that differs from what the block prints fails with a diff."""
    line = fence_above(PYTHON_PAGE, "print(1 + 1)")
    assert f"docs/python.md:{line}: printed output differs" in python_failures[line]
    assert "+#> 2" in python_failures[line]


def test_lint_error_names_page_line(python_failures: dict[int, str]) -> None:
    """ruff's unused import is reported at the import's page line."""
    line = line_of(PYTHON_PAGE, "import os")
    report = python_failures[fence_above(PYTHON_PAGE, "import os")]
    assert f"docs/python.md:{line}: ruff check: F401" in report


def test_type_error_names_page_line(python_failures: dict[int, str]) -> None:
    """mypy's error is reported at the assignment's page line."""
    line = line_of(PYTHON_PAGE, 'count: int = "three"')
    report = python_failures[fence_above(PYTHON_PAGE, 'count: int = "three"')]
    assert f"docs/python.md:{line}: mypy: error: Incompatible types" in report


def test_unformatted_block_shows_ruff_format_diff(
    python_failures: dict[int, str],
) -> None:
    """A block ruff format would change fails with a diff at the page line."""
    line = line_of(PYTHON_PAGE, "answer=42")
    report = python_failures[fence_above(PYTHON_PAGE, "answer=42")]
    assert "not formatted as `ruff format` would" in report
    assert f"@@ -{line} +{line} @@" in report
    assert "+answer = 42" in report


def test_titled_python_block_is_its_file(python_failures: dict[int, str]) -> None:
    """A titled Python block that is not its file fails with a diff, and is not run."""
    line = fence_above(PYTHON_PAGE, 'LOG_LEVEL = "DEBUG"')
    assert f"docs/python.md:{line}: differs from .env.example" in python_failures[line]
    assert '-LOG_LEVEL = "DEBUG"' in python_failures[line]


def test_section_differing_from_its_file(files_failures: dict[int, str]) -> None:
    """A block showing a marked section fails with a diff at the page's line numbers."""
    changed = line_of(FILES_PAGE, "line-length = 100")
    report = files_failures[fence_above(FILES_PAGE, "line-length = 100")]
    assert "differs from pyproject.toml [ruff] (`just docs-fix` rewrites it" in report
    assert f"@@ -{changed - 1},3 +{changed - 1},3 @@" in report
    assert "-line-length = 100\n+line-length = 88" in report


def test_unknown_section_and_missing_file(files_failures: dict[int, str]) -> None:
    """A section the file does not mark, and a title naming no file, say so."""
    section = files_failures[fence_above(FILES_PAGE, "[tool.nothing]")]
    assert "pyproject.toml has no section 'nowhere': mark it with" in section
    missing = files_failures[fence_above(FILES_PAGE, "no such file")]
    assert "titled 'missing.txt', a file this repository lacks" in missing


def test_whole_file_copy_that_drifted(files_failures: dict[int, str]) -> None:
    """A block titled with a whole file must be all of it."""
    report = files_failures[fence_above(FILES_PAGE, "LOG_LEVEL=DEBUG")]
    assert "-LOG_LEVEL=DEBUG\n+LOG_LEVEL=INFO" in report


def test_justfile_section_compared_exactly(files_failures: dict[int, str]) -> None:
    """A changed recipe body in a shown justfile section fails."""
    report = files_failures[fence_above(FILES_PAGE, "uv run pytest -x")]
    assert "-    uv run pytest -x\n+    uv run pytest" in report


def test_shell_commands_name_real_recipes_and_uv_usage(
    files_failures: dict[int, str],
) -> None:
    """`just deploy` is no recipe; `uv export requirements.txt` is rejected by uv."""
    line = line_of(FILES_PAGE, "uv export requirements.txt") - 1
    report = files_failures[line - 1]
    assert f"docs/files.md:{line}: `just deploy`: the justfile has no recipe" in report
    assert f"docs/files.md:{line + 1}: `uv export requirements.txt`: uv says" in report


def test_prose_command_names_a_real_recipe(files_failures: dict[int, str]) -> None:
    """Inline `just deploy` in the prose fails at its line."""
    line = line_of(FILES_PAGE, "prose that runs `just deploy`")
    assert (
        files_failures[line] == f"docs/files.md:{line}: `just deploy`: no such recipe"
    )


def test_untested_fence_and_unsaid_skip_fail(files_failures: dict[int, str]) -> None:
    """A fence no checker takes fails, and so does a skip the prose does not explain."""
    untested = fence_above(FILES_PAGE, "nobody checks this")
    unsaid = fence_above(FILES_PAGE, "a skip the page does not explain")
    assert "no checker verifies a ```text block" in files_failures[untested]
    assert "say the reason in the page's text too" in files_failures[unsaid]


def test_unknown_setting_and_replay_value_fail(files_failures: dict[int, str]) -> None:
    """A misspelt setting and a replay value the replay lacks are named."""
    misspelt = files_failures[fence_above(FILES_PAGE, "a misspelt setting")]
    assert "data-sektion: no such setting; the settings are title" in misspelt
    replay = files_failures[fence_above(FILES_PAGE, "echo never")]
    assert 'data-replay="skip: old form": write "fails: TEXT"' in replay


def test_a_draft_is_not_compared_but_needs_a_title(
    files_failures: dict[int, str],
) -> None:
    """A draft of a file is not compared with it (a non-Python one is skipped, saying
    so, not counted as verified); a draft of nothing is named."""
    draft = files_failures[fence_above(FILES_PAGE, "a draft")]
    assert draft == "skipped: " + DRAFT_UNCHECKED.format(title="justfile")
    untitled = files_failures[fence_above(FILES_PAGE, "drafted nothing")]
    assert '"draft" goes alone on a block titled with the file it drafts' in untitled


def test_a_python_draft_is_linted(python_failures: dict[int, str]) -> None:
    """An unused import in a draft fails at its page line, as in any Python block."""
    line = fence_above(PYTHON_PAGE, "VALUE_IN_A_DRAFT")
    assert "ruff check: F401" in python_failures[line]


def test_said_skip_skips_a_block_nothing_checks(
    files_failures: dict[int, str],
) -> None:
    """`data-skip` whose reason the page says skips a kind no checker takes."""
    line = fence_above(FILES_PAGE, "a skipped sample")
    assert files_failures[line] == "skipped: shown as an example only"


def test_output_block_follows_a_command(files_failures: dict[int, str]) -> None:
    """An ```output block must show what the shell block right above prints."""
    report = files_failures[line_of(FILES_PAGE, "```output")]
    assert "shows what the shell block right above it prints; no block" in report


def test_toml_that_does_not_parse(files_failures: dict[int, str]) -> None:
    """An untitled TOML block must parse."""
    assert "TOML does not parse" in files_failures[fence_above(FILES_PAGE, "[unclosed")]


def test_settings_in_the_plain_fence_form_fail(files_failures: dict[int, str]) -> None:
    """`data-` settings outside the brace form would print the fence as text."""
    line = line_of(FILES_PAGE, '```toml title="pyproject.toml" data-section="ruff"')
    assert "superfences renders this fence as text" in files_failures[line]


def test_fence_inside_a_markdown_sample_is_content() -> None:
    """The ````markdown sample is one block, never its inner fence."""
    inner = line_of(FILES_PAGE, 'raise SystemExit("never run")') - 1
    blocks = read_page(FILES_PAGE)
    assert inner not in {block.line for block in blocks}
    assert blocks[-1].language == "markdown"


def test_tally_line_counts_blocks() -> None:
    """The summary line counts verified, skipped and failed blocks."""
    tally = Tally({"a": "passed", "b": "skipped", "c": "failed", "d": "passed"})
    assert tally.line() == "docs: 4 blocks, 2 verified, 1 skipped with reason, 1 failed"
