"""PSW2xx: each rule fails on a folder broken one way; its message says how."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.folders import Break, How, edit


def pyproject(old: str, new: str) -> How:
    """The change that replaces `old` with `new` in `pyproject.toml`."""
    return edit("pyproject.toml", old, new)


BREAKS = [
    Break(
        "PSW201",
        pyproject('"--import-mode=importlib", ', ""),
        'Add `"--import-mode=importlib"` to `addopts`',
    ),
    Break(
        "PSW202",
        pyproject('"--strict-markers", ', ""),
        '`"--strict-markers"` in `addopts`',
    ),
    Break("PSW202", pyproject("xfail_strict = true", ""), "`xfail_strict = true`"),
    Break(
        "PSW202",
        pyproject('filterwarnings = ["error"]', ""),
        '`filterwarnings = ["error"]`',
    ),
    Break("PSW203", pyproject('"N", "W", "UP"]', '"N", "W"]'), "lacks `UP`"),
    Break(
        "PSW204",
        pyproject("[tool.mypy]\nstrict = true", "[tool.mypy]"),
        "Add `strict = true` under `[tool.mypy]`",
    ),
    Break(
        "PSW205",
        pyproject("fail_under = 90", "fail_under = 80"),
        "`fail_under = 80` is under",
    ),
    Break("PSW205", pyproject("fail_under = 90", ""), "Add `fail_under = 90`"),
]


@pytest.mark.parametrize("broken", BREAKS, ids=str)
def test_rule_fails(project: Path, broken: Break) -> None:
    """The folder fails this rule (and only the ones the change must break too)."""
    failed = broken.apply_to(project)

    assert sorted([broken.rule, *broken.also]) == sorted(failed)
    assert broken.says in failed[broken.rule]
