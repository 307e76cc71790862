"""`just ci` is what CI runs, as the README lists; its first block is two commands."""

from __future__ import annotations

import json
import os
import re
import subprocess
import tomllib

from tests.support.paths import ROOT
from tests.support.tools import tool

BLOCK = re.compile(r"<!-- ci:recipes -->\n```bash\n(?P<commands>.*?)```", re.DOTALL)


def dependencies(recipe: str) -> list[str]:
    """The recipes `recipe` depends on, in order, as `just` reads the justfile."""
    dump = subprocess.run(
        [tool("just"), "--justfile", str(ROOT / "justfile"), "--dump"]
        + ["--dump-format", "json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = json.loads(dump)["recipes"][recipe]
    return [dependency["recipe"] for dependency in found["dependencies"]]


def test_readme_lists_the_ci_recipes_in_order() -> None:
    """Each line of the README's block is `uv run just NAME`, one per recipe of `ci`."""
    found = BLOCK.search((ROOT / "README.md").read_text("utf-8"))
    assert found, "README.md has no ci:recipes block"
    listed = re.findall(r"^uv run just ([\w-]+)", found["commands"], re.MULTILINE)

    assert listed == dependencies("ci")


def test_readme_starts_with_a_newcomers_two_commands() -> None:
    """Its first block: read the playbook, then `check`, which proves the pages too."""
    readme = (ROOT / "README.md").read_text("utf-8")
    first = re.search(r"```bash\n(?P<commands>.*?)```", readme, re.DOTALL)
    assert first, "README.md has no bash block"
    commands = [line.split("#")[0].strip() for line in first["commands"].splitlines()]

    assert commands == ["uv run just docs", "uv run just check"]
    assert "docs-blocks" in dependencies("check")


def test_ci_calls_just_ci_last() -> None:
    """`.ci/run` installs and starts services, then hands over to `just ci`."""
    lines = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    commands = [line for line in lines if line and not line.startswith(("#", " "))]

    assert commands[-1] == "uv run just ci"


def test_uv_is_pinned_in_the_form_ci_reads() -> None:
    """`[tool.uv] required-version` is one exact version, which `.ci/run` installs, and
    the uv running these tests is it."""
    pinned = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["uv"]
    version = re.fullmatch(r"==(\d+\.\d+\.\d+)", pinned["required-version"])
    uv = os.environ.get("UV") or tool("uv")
    running = subprocess.run([uv, "--version"], capture_output=True, text=True)

    assert version, "required-version is not `==X.Y.Z`, the form .ci/run reads"
    assert running.stdout.startswith(f"uv {version[1]} ")
