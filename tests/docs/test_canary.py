"""`just canary`'s pure parts: the upgrades between two uv.lock texts, and the bisection
that names the upgrades breaking a recipe in a logarithmic number of runs."""

from __future__ import annotations

import math

import pytest

from tools.canary.bisection import breaking_set
from tools.canary.lock_diff import Upgrade, upgrades

OLD_LOCK = """\
version = 1
requires-python = ">=3.12"

[[package]]
name = "python-service"
version = "0.1.0"
source = { editable = "." }

[[package]]
name = "ruff"
version = "0.17.6"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "mkdocs"
version = "1.6.1"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "gone"
version = "1.0"
source = { registry = "https://pypi.org/simple" }
"""
NEW_LOCK = (
    OLD_LOCK.replace('"0.17.6"', '"0.18.0"').replace('name = "gone"', 'name = "new"')
    + """
[[package]]
name = "mkdocs"
version = "2.0.0"
source = { registry = "https://pypi.org/simple" }
"""
)


def test_upgrades_are_the_packages_locked_in_both_at_other_versions() -> None:
    """Unchanged, added and removed packages are no upgrades; a fork lists both."""
    found = upgrades(OLD_LOCK, NEW_LOCK)

    assert found == [
        Upgrade("mkdocs", "1.6.1", "1.6.1, 2.0.0"),
        Upgrade("ruff", "0.17.6", "0.18.0"),
    ]
    assert [str(each) for each in found][1] == "ruff 0.17.6 -> 0.18.0"
    assert [each.requirement for each in found] == ["mkdocs", "ruff==0.18.0"]


def test_no_upgrades_between_equal_locks() -> None:
    """The same lock twice: nothing to report."""
    assert upgrades(OLD_LOCK, OLD_LOCK) == []


@pytest.mark.parametrize("count", [1, 2, 3, 5, 8, 13, 64, 100])
def test_one_culprit_in_at_most_log2_n_plus_one_runs(count: int) -> None:
    """Wherever the breaking upgrade stands among `count`, it is found, and alone."""
    names = [f"package-{index}" for index in range(count)]
    for culprit in names:
        runs: list[list[str]] = []

        def fails(subset: list[str], culprit: str = culprit) -> bool:
            runs.append(subset)
            return culprit in subset

        assert breaking_set(names, fails) == [culprit]
        assert len(runs) <= math.ceil(math.log2(count)) + 1, culprit


@pytest.mark.parametrize("pair", [(0, 1), (2, 9), (0, 15), (14, 15), (5, 6)])
def test_two_upgrades_that_break_only_together(pair: tuple[int, int]) -> None:
    """Neither alone fails: both are named, in the upgrades' order, in few runs."""
    names = [f"package-{index}" for index in range(16)]
    together = {names[index] for index in pair}
    runs: list[list[str]] = []

    def fails(subset: list[str]) -> bool:
        runs.append(subset)
        return together <= set(subset)

    assert breaking_set(names, fails) == [names[index] for index in pair]
    assert len(runs) <= 2 * (math.log2(16) + 1)
