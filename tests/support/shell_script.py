"""The one reading of a shell block: its commands, and each command's simple commands.

The docs tests check the simple commands; the tutorial replay runs the commands.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator

SEPARATORS = {"&&", "||", ";", "|", "&", "(", ")", ";;"}
HEREDOC = re.compile(r"<<-?\s*['\"]?(\w+)")
ASSIGNMENT = re.compile(r"^\w+=")


def command_lines(script: str) -> list[tuple[int, str]]:
    """(line from 1, text) of each command: continuations joined, heredocs kept whole.

    Blank lines and comment lines are left out; a heredoc's body and closing word
    follow its command's line in the text.
    """
    lines = script.splitlines()
    found: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        start = index
        logical = lines[index].rstrip()
        while logical.endswith("\\") and index + 1 < len(lines):
            index += 1
            logical = logical[:-1].rstrip() + " " + lines[index].strip()
        index += 1
        body: list[str] = []
        if heredoc := HEREDOC.search(logical):
            while index < len(lines):
                body.append(lines[index])
                index += 1
                if body[-1].strip() == heredoc[1]:
                    break
        if logical.strip() and not logical.lstrip().startswith("#"):
            found.append((start + 1, "\n".join([logical.strip(), *body])))
    return found


def simple_commands(command: str) -> list[list[str]]:
    """The argv of each simple command on a command's first line, minus assignments."""
    lexer = shlex.shlex(command.split("\n", 1)[0], posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    try:
        tokens = list(lexer)
    except ValueError:
        return []
    found: list[list[str]] = []
    argv: list[str] = []
    for token in [*tokens, ";"]:
        if token in SEPARATORS or set(token) <= set("&|;()<>"):
            while argv and ASSIGNMENT.match(argv[0]):
                argv.pop(0)
            if argv:
                found.append(argv)
            argv = []
        else:
            argv.append(token)
    return found


def script_commands(script: str) -> Iterator[tuple[int, list[str]]]:
    """(line from 1, argv) of every simple command of a script, in order."""
    for line, command in command_lines(script):
        for argv in simple_commands(command):
            yield line, argv
