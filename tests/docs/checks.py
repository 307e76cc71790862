"""Which checker verifies a non-Python block, and the file and Dockerfile checkers."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable

from tests.docs.check_just import just_problems
from tests.docs.check_shell import shell_problems
from tests.docs.check_toml import toml_problems
from tests.docs.excerpt import excerpt_problem
from tests.docs.pages import Block
from tests.docs.repo import Repo, tool

Checker = Callable[[Block, Repo], list[str]]


def file_problems(block: Block, repo: Repo) -> list[str]:
    """A block titled with a repository path equals that file or an excerpt of it."""
    problem = excerpt_problem(block, repo, block.title or "")
    return [problem] if problem else []


def dockerfile_problems(block: Block, repo: Repo) -> list[str]:
    """Equal to (an excerpt of) the real Dockerfile, and hadolint finds no warning."""
    problem = excerpt_problem(block, repo, block.title or "Dockerfile")
    problems = [problem] if problem else []
    result = subprocess.run(
        [tool("hadolint"), "--failure-threshold", "warning", "--no-color", "-"],
        input=block.source,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        found = re.sub(
            r"^-:(\d+)",
            lambda m: block.at(int(m.group(1))),
            result.stdout.strip(),
            flags=re.MULTILINE,
        )
        problems.append(
            f"{block.where}: hadolint --failure-threshold warning:\n{found}"
        )
    return problems


CHECKERS: dict[str, Checker] = {
    "toml": toml_problems,
    "just": just_problems,
    "dockerfile": dockerfile_problems,
    "shell": shell_problems,
    "file": file_problems,
}
