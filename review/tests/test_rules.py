"""The catalogue: each rule's text, URL and failing folder; whole folders reviewed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from psw_review import CHECKLISTS_URL, SITE_URL, failed_rules, skipped_rules
from repo_review.checks import get_check_description, get_check_url
from repo_review.processor import collect_all

from tests import (
    test_ci,
    test_container,
    test_justfile,
    test_project,
    test_secrets,
    test_tools,
)
from tests.folders import REPOSITORY, failures
from tests.shapes import uv

RULES = {
    code: check
    for code, check in collect_all().checks.items()
    if code.startswith("PSW")
}

BARE_UV_INIT_FAILS = [
    *("PSW101", "PSW103", "PSW104", "PSW105"),
    *("PSW201", "PSW202", "PSW203", "PSW204", "PSW205"),
    *("PSW301", "PSW305"),
    *("PSW401", "PSW402"),
    *("PSW601", "PSW602"),
]
"""What a project fresh from `uv init --lib` fails; the rest are skipped."""


def test_rule_ids_are_psw_and_three_digits() -> None:
    """IDs are PSW plus three digits; the first digit is the family."""
    assert all(re.fullmatch(r"PSW\d{3}", code) for code in RULES)
    assert 25 == len(RULES)


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_has_text_and_url(code: str) -> None:
    """Each rule has a one-line description and the URL of its Checklists item."""
    check = RULES[code]

    assert "\n" not in get_check_description(code, check)
    assert f"{CHECKLISTS_URL}#{code}" == get_check_url(code, check)


def test_every_rule_has_a_failing_folder() -> None:
    """The test modules break each rule at least once."""
    modules = (
        test_project,
        test_tools,
        test_justfile,
        test_secrets,
        test_container,
        test_ci,
    )
    broken = {b.rule for module in modules for b in module.BREAKS}

    assert sorted(RULES) == sorted(broken)


def test_site_url_is_the_sites() -> None:
    """The rules' URLs start with `site_url` of mkdocs.yml (the published site's)."""
    mkdocs = (REPOSITORY / "mkdocs.yml").read_text(encoding="utf-8")

    assert f'site_url: &site_url !ENV [SITE_URL, "{SITE_URL}"]' in mkdocs.splitlines()


def test_passing_copy_passes_every_rule(project: Path) -> None:
    """The copy the rule tests break passes every rule before they do."""
    assert {} == failed_rules(project)


def test_copy_outside_git_passes_every_rule(project: Path) -> None:
    """Outside a Git work tree, "committed" rules ask only for the files."""
    shutil.rmtree(project / ".git")

    assert {} == failed_rules(project)


def test_this_repository_passes_every_rule() -> None:
    """The reference passes its own checklists."""
    assert {} == failed_rules(REPOSITORY)


def test_bare_uv_init_lib_fails_but_skips_the_container(tmp_path: Path) -> None:
    """A library fresh from `uv init --lib` has no service: the container rules skip."""
    bare = uv_init(tmp_path, "--lib")

    assert BARE_UV_INIT_FAILS == sorted(failures(bare))
    skipped = skipped_rules(bare)
    assert skipped["PSW501"].startswith(
        "a library: a `[build-system]`, no `Dockerfile`"
    )
    assert ["requires PSW501"] * 5 == [skipped[f"PSW50{n}"] for n in range(2, 7)]


def test_bare_uv_init_app_fails_without_a_dockerfile(tmp_path: Path) -> None:
    """An application fresh from `uv init --app` may be a service: it needs an image."""
    bare = uv_init(tmp_path, "--app")

    assert sorted([*BARE_UV_INIT_FAILS, "PSW501"]) == sorted(failures(bare))
    assert "No `Dockerfile`" in failures(bare)["PSW501"]


def uv_init(folder: Path, kind: str) -> Path:
    """A project fresh from `uv init KIND`, in `folder/bare`, offline."""
    subprocess.run(
        [uv(), "init", kind, "--no-workspace", "--python", sys.executable, "bare"],
        cwd=folder,
        env={**os.environ, "UV_OFFLINE": "1"},
        capture_output=True,
        check=True,
    )
    return folder / "bare"
