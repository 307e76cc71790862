"""Shell blocks: bash parses them, each `just` names a recipe, uv accepts each flag."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from functools import cache
from itertools import dropwhile
from pathlib import Path

from playbook_markdown.blocks import Block

from tests.docs.problem import Problem
from tests.support.shell_script import script_commands
from tests.support.tools import tool


@cache
def recipes(justfile: Path) -> frozenset[str]:
    """Recipe and alias names of a justfile, as `just --dump` reads them."""
    dump = subprocess.run(
        [tool("just"), "--justfile", str(justfile), "--dump", "--dump-format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    parsed = json.loads(dump.stdout)
    return frozenset(parsed["recipes"]) | frozenset(parsed["aliases"])


@cache
def uv_says(args: tuple[str, ...]) -> str | None:
    """uv's complaint about `uv <args> --help` (clap checks subcommand and flags)."""
    done = subprocess.run(
        [tool("uv"), *args, "--help"], capture_output=True, text=True, check=False
    )
    return done.stderr.strip() if done.returncode else None


def command_problems(argv: list[str], known: frozenset[str]) -> list[str]:
    """What is wrong with one command: an unknown recipe, or uv usage uv rejects.

    After `uv run` (or `uvx`), uv's own flags come first, then the command it runs,
    which is checked in turn.
    """
    if argv[0] == "uvx":
        argv = ["uv", "tool", "run", *argv[1:]]
    if argv[0] == "just":
        names = [arg for arg in argv[1:] if not arg.startswith("-") and "=" not in arg]
        if names and names[0] not in known:
            return [f"`just {names[0]}`: the justfile has no recipe {names[0]!r}"]
        return []
    if argv[0] != "uv":
        return []
    args, command = argv[1:], []
    for runner in (["run"], ["tool", "run"]):
        if args[: len(runner)] == runner:
            rest = args[len(runner) :]
            own = len(rest) - len(list(dropwhile(lambda a: a.startswith("-"), rest)))
            args, command = runner + rest[:own], rest[own:]
    said = uv_says(tuple(args))
    problems = [f"`{shlex.join(argv)}`: uv says {said}"] if said else []
    return problems + (command_problems(command, known) if command else [])


def shell_problems(block: Block, justfile: Path) -> list[Problem]:
    """bash -n, then each command's recipe names and uv usage."""
    script = block.source
    syntax = subprocess.run(
        ["bash", "-n"], input=script, capture_output=True, text=True, check=False
    )
    problems = []
    if syntax.returncode != 0:
        text = re.sub(r"line (\d+)", lambda m: block.at(int(m[1])), syntax.stderr)
        problems.append(Problem(block.where, f"bash -n rejects it: {text.strip()}"))
    known = recipes(justfile)
    for line, argv in script_commands(script):
        problems += [Problem(block.at(line), p) for p in command_problems(argv, known)]
    return problems
