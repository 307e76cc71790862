"""PSW2xx and PSW3xx: every spelling a tool accepts gets the reference's verdicts."""

from __future__ import annotations

import functools
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from psw_review import skipped_rules
from psw_review.checks.tools import RUFF_RULES, family_gaps
from psw_review.settings.mypy import MypySettings, mypy_settings
from psw_review.settings.ruff import RuffSettings, ruff_settings

from tests.folders import delete, edit, failures, write
from tests.spelled_settings import LACKING, PASSING, WINNING
from tests.spellings import Spelling

MAKEFILE = """\
.PHONY: fmt fmt-check lint typecheck test check

# Format the code
fmt:
\tuv run ruff format src tests

# Check the format, rewriting nothing
fmt-check:
\tuv run ruff format --check src tests

lint: ## Lint the code
\tuv run ruff check src tests

# Check the types
typecheck:
\tuv run mypy src tests

# Run the tests
test:
\t@uv run pytest

# Everything CI checks
check: fmt-check lint typecheck test
"""


@pytest.mark.parametrize("spelling", PASSING, ids=str)
def test_spelling_passes_like_the_reference(project: Path, spelling: Spelling) -> None:
    """Written there, the settings pass every rule, and the tool read them there."""
    spelling.apply_to(project)

    assert {} == failures(project)
    assert spelling.reads == spelling.read_from(project)


@pytest.mark.parametrize("case", WINNING, ids=lambda case: case[0].name)
def test_the_file_the_tool_reads_decides(
    project: Path, case: tuple[Spelling, str, str]
) -> None:
    """A file the tool reads first, without the setting, fails: the message names it."""
    spelling, rule, says = case
    spelling.apply_to(project)

    failed = failures(project)

    assert [rule] == sorted(failed)
    assert says in failed[rule]
    assert spelling.reads == spelling.read_from(project)


@pytest.mark.parametrize("case", LACKING, ids=lambda case: case[0].name)
def test_a_spelling_lacking_rules_fails_naming_them(
    project: Path, case: tuple[Spelling, str, str]
) -> None:
    """Settings that leave out rules fail: the message names the file and the rules."""
    spelling, rule, says = case
    spelling.apply_to(project)

    failed = failures(project)

    assert [rule] == sorted(failed)
    assert says in failed[rule]


def test_pytest_ini_without_options_fails_both_pytest_rules(project: Path) -> None:
    """An empty `pytest.ini` is still pytest's settings: it wins, and it lacks all."""
    write("pytest.ini", "[pytest]\n")(project)

    failed = failures(project)

    assert ["PSW201", "PSW202"] == sorted(failed)
    assert "in `[pytest]` in `pytest.ini`" in failed["PSW201"]


@pytest.mark.parametrize(
    "case",
    [
        ("ruff.toml", "lint.select = [\n", "PSW203", "ruff.toml"),
        ("pytest.ini", "[pytest\naddopts = -ra\n", "PSW201", "pytest.ini"),
        (".coveragerc", "[report\nfail_under = 90\n", "PSW205", ".coveragerc"),
        (
            "pyrightconfig.json",
            '{"typeCheckingMode": }',
            "PSW204",
            "pyrightconfig.json",
        ),
    ],
    ids=lambda case: case[0],
)
def test_a_file_its_tool_cannot_read_fails_naming_it(
    project: Path, case: tuple[str, str, str, str]
) -> None:
    """The project's settings file is broken: the rule fails with the tool's words."""
    name, text, rule, says = case
    write(name, text)(project)

    failed = failures(project)

    assert rule in failed
    assert says in failed[rule]


def test_home_config_does_not_decide(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A strict `~/.config/mypy/config` does not pass a project without settings."""
    home = tmp_path / "home"
    (home / ".config" / "mypy").mkdir(parents=True)
    (home / ".config" / "mypy" / "config").write_text("[mypy]\nstrict = True\n")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    (tmp_path / "project").mkdir()

    found = mypy_settings(tmp_path / "project")

    assert isinstance(found, MypySettings)
    assert found.path is None
    assert found.lacking


def test_makefile_passes_the_task_rules(project: Path) -> None:
    """A Makefile with the playbook's targets passes; make has no `dotenv-load`."""
    delete("justfile")(project)
    write("Makefile", MAKEFILE)(project)

    assert {} == failures(project)
    assert "make has no `dotenv-load`" in skipped_rules(project)["PSW303"]


def test_makefile_project_needs_no_rust_just(project: Path) -> None:
    """Without `rust-just`, PSW305 is skipped with its reason, not failed."""
    delete("justfile")(project)
    write("Makefile", MAKEFILE)(project)
    edit("pyproject.toml", '"rust-just>=1.36"', "")(project)

    assert ["PSW102"] == sorted(failures(project))
    assert "runs its tasks with make (`Makefile`)" in skipped_rules(project)["PSW305"]


def test_makefile_lacking_a_target_fails(project: Path) -> None:
    """PSW301 judges a Makefile's targets as it judges a justfile's recipes."""
    delete("justfile")(project)
    write("Makefile", MAKEFILE.replace("# Check the types\ntypecheck:", "types:"))(
        project
    )

    failed = failures(project)

    assert ["PSW301"] == sorted(failed)
    assert "Missing targets in the Makefile: `typecheck`" in failed["PSW301"]


OTHERS = ("B", "SIM", "C4", "E4", "E7", "RUF")
"""Selectors beside the six: other families, and parts of `E` alone."""


@settings(max_examples=30, deadline=None)
@given(
    dropped=st.sets(st.sampled_from(RUFF_RULES), max_size=2),
    others=st.sets(st.sampled_from(OTHERS)),
    extend=st.booleans(),
    data=st.data(),
)
def test_ruff_selection_passes_iff_it_covers_the_families(
    dropped: set[str], others: set[str], extend: bool, data: st.DataObject
) -> None:
    """In any order, by `select` or `extend-select`: pass iff all six are covered.

    A family `extend-select` leaves to ruff's default rules is covered when that set
    selects it as a family: it holds at least half the family's stable rules.
    """
    chosen = sorted((set(RUFF_RULES) - dropped) | others)
    selected = data.draw(st.permutations(chosen))
    key = "extend-select" if extend else "select"
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "ruff.toml").write_text(f"[lint]\n{key} = {selected!r}\n")
        found = ruff_settings(Path(folder))
        assert isinstance(found, RuffSettings)

        gaps = family_gaps(found)

    covered = set(selected) | (families_by_default() if extend else set())
    assert (not gaps) == (set(RUFF_RULES) <= covered)


@functools.cache
def families_by_default() -> set[str]:
    """The Phase 1 families ruff's default rules select: at least half their rules."""
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "ruff.toml").write_text("")
        found = ruff_settings(Path(folder))
    assert isinstance(found, RuffSettings)
    assert found.enabled == found.defaults
    families = {
        family: {code for code in found.stable if re.fullmatch(rf"{family}\d+", code)}
        for family in RUFF_RULES
    }
    return {
        family
        for family, stable in families.items()
        if 2 * len(stable & found.enabled) >= len(stable)
    }
