"""bash/console blocks: they parse, name real recipes, and use uv as installed."""

from __future__ import annotations

import re
import shlex
import subprocess
from collections.abc import Iterator
from functools import cache

from tests.docs.pages import Block
from tests.docs.repo import Repo, tool

SEPARATORS = {"&&", "||", ";", "|", "&", "(", ")", ";;"}
HEREDOC = re.compile(r"<<-?\s*['\"]?(\w+)")
VALUE_OPTION = re.compile(r"^\s+(?:(-\w), )?(--[\w-]+)(?: <[^>]+>)", re.MULTILINE)
ASSIGNMENT = re.compile(r"^\w+=")
INLINE_JUST = re.compile(r"`(?:uv run )?just (\w[\w-]*)[^`]*`")


def script_of(block: Block) -> str:
    """The shell text of a block: a console block keeps only its `$ ` commands."""
    if block.language != "console":
        return block.source
    lines = block.source.splitlines()
    return "\n".join(line[2:] if line.startswith("$ ") else "" for line in lines) + "\n"


def commands(script: str) -> Iterator[tuple[int, list[str]]]:
    """(line offset, argv) of each simple command, heredoc bodies left out."""
    lines = script.splitlines()
    index = 0
    while index < len(lines):
        start = index
        logical = lines[index]
        while logical.endswith("\\") and index + 1 < len(lines):
            index += 1
            logical = logical[:-1] + " " + lines[index]
        index += 1
        heredoc = HEREDOC.search(logical)
        if heredoc:
            while index < len(lines) and lines[index].strip() != heredoc.group(1):
                index += 1
            index += 1
        lexer = shlex.shlex(logical, posix=True, punctuation_chars=True)
        lexer.whitespace_split = True
        try:
            tokens = list(lexer)
        except ValueError:
            continue
        argv: list[str] = []
        for token in [*tokens, ";"]:
            if token in SEPARATORS or set(token) <= set("&|;()<>"):
                while argv and ASSIGNMENT.match(argv[0]):
                    argv.pop(0)
                if argv:
                    yield start, argv
                argv = []
            else:
                argv.append(token)


@cache
def uv_error(args: tuple[str, ...]) -> str | None:
    """clap's complaint about `uv <args> --help` (subcommand, flags, arity), if any."""
    result = subprocess.run(
        [tool("uv"), *args, "--help"], capture_output=True, text=True, check=False
    )
    if result.returncode == 0:
        return None
    return (result.stderr or result.stdout).strip().splitlines()[0]


@cache
def value_options(subcommand: tuple[str, ...]) -> frozenset[str]:
    """Options of `uv <subcommand>` that take a value, read from its help text."""
    text = subprocess.run(
        [tool("uv"), *subcommand, "--help"], capture_output=True, text=True, check=False
    ).stdout
    return frozenset(
        name for pair in VALUE_OPTION.findall(text) for name in pair if name
    )


def split_run(
    args: list[str], subcommand: tuple[str, ...]
) -> tuple[list[str], list[str]]:
    """Split `uv run` arguments into uv's own options and the command it runs."""
    takes_value = value_options(subcommand)
    index = 0
    while index < len(args) and args[index].startswith("-"):
        index += 2 if args[index] in takes_value else 1
    return args[:index], args[index:]


def command_problems(argv: list[str], repo: Repo) -> list[str]:
    """What is wrong with one command: an unknown recipe, or uv usage uv rejects."""
    if argv[0] == "uvx":
        argv = ["uv", "tool", "run", *argv[1:]]
    if argv[0] == "just":
        names = [arg for arg in argv[1:] if not arg.startswith("-") and "=" not in arg]
        if names and names[0] not in repo.recipes:
            return [f"`just {names[0]}`: the justfile has no recipe {names[0]!r}"]
        return []
    if argv[0] != "uv":
        return []
    args = argv[1:]
    for runner in (("run",), ("tool", "run")):
        if tuple(args[: len(runner)]) == runner:
            options, command = split_run(args[len(runner) :], runner)
            error = uv_error((*runner, *options))
            problems = [f"`{shlex.join(argv)}`: uv says {error}"] if error else []
            return problems + (command_problems(command, repo) if command else [])
    error = uv_error(tuple(args))
    return [f"`{shlex.join(argv)}`: uv says {error}"] if error else []


def shell_problems(block: Block, repo: Repo) -> list[str]:
    """bash -n, then each command's recipe names and uv usage."""
    script = script_of(block)
    syntax = subprocess.run(
        ["bash", "-n"], input=script, capture_output=True, text=True, check=False
    )
    problems = []
    if syntax.returncode != 0:
        lines = re.sub(
            r"line (\d+)",
            lambda m: block.at(int(m.group(1))),
            syntax.stderr.strip(),
        )
        problems.append(f"{block.where}: bash -n rejects the block: {lines}")
    for offset, argv in commands(script):
        for problem in command_problems(argv, repo):
            problems.append(f"{block.at(offset + 1)}: {problem}")
    return problems


def prose_recipe_problems(text: str, rel: str, repo: Repo) -> list[str]:
    """Inline code such as `just test` in the prose must name a real recipe."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        for match in INLINE_JUST.finditer(line):
            if match.group(1) not in repo.recipes:
                problems.append(
                    f"{rel}:{number}: `{match.group(0).strip('`')}`: no such recipe"
                )
    return problems
