"""A reader following the playbook's pages in an empty folder, step by step."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from playbook_markdown.blocks import Block, read_page
from playbook_markdown.site_address import site_address

from tests.support.reader_shell import reader_environment
from tests.support.shell_server import (
    ServerStoppedError,
    answers,
    start_server,
    stop_server,
    wait_until_answers,
)
from tests.support.site_config import nav_pages, site_config
from tests.tutorial.pyproject import merge_pyproject
from tests.tutorial.steps import Step, page_steps

TIMEOUT_S = 900
SERVER_START_S = 300
PLAYBOOK_SECTIONS = ("Get started", "Playbook")
FINAL_CHECK = "uv run just check"
CLONED = "quickstart.md"
"""The page that clones this repository instead of building a project of one's own."""
REPO_NAME = site_config()["repo_name"]
"""The repository's clone is `<site address><REPO_NAME>.git` on the site."""


class ReplayError(AssertionError):
    """A step did not do what its page says; the message starts with page and line."""


def playbook_pages(mkdocs_yml: Path) -> list[str]:
    """The pages of the playbook's nav sections, in nav order."""
    config = site_config(mkdocs_yml)
    pages: list[str] = []
    for section in config["nav"]:
        for title, entries in section.items():
            if title in PLAYBOOK_SECTIONS:
                pages += nav_pages(entries)
    return pages


def replayed_blocks(docs: Path, pages: list[str]) -> list[Block]:
    """Every block of `pages`, in the order the replay meets them."""
    return [block for name in pages for block in read_page(docs / name)]


def matches(expected: str, printed: str) -> bool:
    """Whether `printed` is the expected output, each `...` standing for any text."""
    parts = [re.escape(part) for part in expected.strip().split("...")]
    return re.fullmatch(".*?".join(parts), printed.strip(), flags=re.DOTALL) is not None


@dataclass
class Account:
    """What the replay did, one line per step."""

    lines: list[str] = field(default_factory=list)
    ran: int = 0
    red: int = 0
    """Steps that failed as their page says they do (`data-replay="fails: TEXT"`)."""
    skipped: list[str] = field(default_factory=list)
    compared: int = 0
    """Output blocks compared with what their command block printed."""

    def record(self, step: Step, outcome: str) -> None:
        """Log one step as `where  outcome  what`."""
        if outcome == "skipped":
            self.skipped.append(step.detail)
        else:
            self.ran += 1
            self.red += outcome == "red"
        self.lines.append(f"{step.where:<28} {outcome:<8} {step.describe()}")


@dataclass
class Replay:
    """The reader's shell: a working folder, a clean environment, running servers."""

    work: Path
    site_url: str
    """The address of the served site whose pages the reader follows: they print its
    clone of this repository where their source writes the local site's."""
    cwd: Path = field(init=False)
    env: dict[str, str] = field(init=False)
    servers: list[subprocess.Popen[str]] = field(default_factory=list)
    printed: dict[str, str] = field(default_factory=dict)
    """What the commands of the last shell block printed, by where that block starts."""
    account: Account = field(default_factory=Account)

    def __post_init__(self) -> None:
        """A new HOME inside the working folder; start in an empty `project` folder."""
        self.env = reader_environment(self.work / "home")
        self.cwd = self.work / "project"
        self.cwd.mkdir(parents=True, exist_ok=True)

    def replay(self, docs: Path, pages: list[str]) -> Account:
        """Every page in order (the cloning one in its own folder), then a check."""
        for name in pages:
            if name == CLONED:
                reader_folder, self.cwd = self.cwd, self.work / "clone"
                self.cwd.mkdir(exist_ok=True)
                self.replay_page(docs / name)
                self.cwd = reader_folder
            else:
                self.replay_page(docs / name)
        self.run(Step("(after the last page)", "run", FINAL_CHECK))
        return self.account

    def replay_page(self, path: Path) -> None:
        """Carry out a page's steps; stop its servers when it ends."""
        try:
            for step in page_steps(path):
                self.run(step)
        finally:
            self.stop_servers()

    def run(self, step: Step) -> None:
        """Carry out one step; raise ReplayError unless it does what its page says."""
        if step.action == "skip":
            self.account.record(step, "skipped")
            return
        if step.action == "cd":
            target = (self.cwd / step.detail).resolve()
            if not target.is_dir():
                raise ReplayError(f"{step.where}: `{step.text}`: no folder {target}")
            self.cwd = target
        elif step.action == "write":
            target = self.cwd / step.detail
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(step.text, encoding="utf-8")
        elif step.action == "merge":
            problems = merge_pyproject(self.cwd / "pyproject.toml", step.text)
            if problems:
                raise ReplayError(f"{step.where}: " + "; ".join(problems))
        elif step.action == "output":
            printed = self.printed.get(step.block)
            if printed is None:
                raise ReplayError(
                    f"{step.where}: the output block shows what the block at"
                    f" {step.block} prints, but no command of that block ran"
                )
            if not matches(step.text, printed):
                raise ReplayError(
                    f"{step.where}: the commands above printed\n{printed}\n"
                    f"but the page shows\n{step.text}"
                )
            self.account.compared += 1
        elif step.action == "serves":
            self.serve(step)
        else:
            self.command(step)
        self.account.record(step, "red" if step.action == "fails" else "ok")

    def shell_command(self, step: Step) -> str:
        """The command as the served site prints it (its own repository address)."""
        return site_address(step.text, self.site_url, REPO_NAME)

    def command(self, step: Step) -> None:
        """Run a command with bash; it must pass, or fail as the page says it does."""
        done = subprocess.run(
            ["bash", "-c", self.shell_command(step)],
            cwd=self.cwd,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
        if step.block not in self.printed:
            self.printed = {step.block: ""}
        self.printed[step.block] += done.stdout
        output = done.stdout + done.stderr
        tail = "\n".join(output.strip().splitlines()[-30:])
        if step.action == "fails":
            if done.returncode == 0 or step.detail not in output:
                raise ReplayError(
                    f"{step.where}: `{step.text}` should fail printing"
                    f" {step.detail!r}, as the page says, but exited"
                    f" {done.returncode} in {self.cwd}\n{tail}"
                )
        elif done.returncode != 0:
            raise ReplayError(
                f"{step.where}: `{step.text}` exited {done.returncode}"
                f" in {self.cwd}\n{tail}"
            )
        elif step.text.startswith("git commit"):
            self.assert_committed(step)

    def assert_committed(self, step: Step) -> None:
        """After a commit, Git sees nothing left over: all committed or ignored."""
        status = subprocess.run(
            ["git", "status", "--porcelain"],
            cwd=self.cwd,
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        if status:
            raise ReplayError(
                f"{step.where}: after the commit, Git still sees\n{status}"
            )

    def serve(self, step: Step) -> None:
        """Start a server the page leaves running; wait until its URL answers.

        What it prints goes to a file: a pipe that nobody reads fills up, and a server
        that logs each request then stops answering.
        """
        if answers(step.detail):
            raise ReplayError(
                f"{step.where}: {step.detail} answers before `{step.text}` starts:"
                " another process holds its port; stop it and run again"
            )
        log = self.work / "servers.log"
        with log.open("a", encoding="utf-8") as printed:
            server = start_server(step.text, self.cwd, self.env, printed)
        self.servers.append(server)
        try:
            wait_until_answers(server, step.detail, SERVER_START_S)
        except (ServerStoppedError, TimeoutError) as error:
            output = log.read_text(encoding="utf-8")[-3000:]
            raise ReplayError(
                f"{step.where}: `{step.text}` {error}\n{output}"
            ) from None

    def stop_servers(self) -> None:
        """Stop every server the page started."""
        for server in self.servers:
            stop_server(server)
        self.servers.clear()
